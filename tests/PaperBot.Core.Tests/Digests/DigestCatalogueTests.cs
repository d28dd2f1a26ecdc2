using PaperBot.Core.Digests;
using PaperBot.TestKit;

namespace PaperBot.Core.Tests.Digests;

/// <summary>What a round of digests reads: the newest papers only, so that a catalogue of all arXiv is never held whole.</summary>
public sealed class DigestCatalogueTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_newest_papers_by_arrival_then_publication_are_kept_in_the_stores_order()
    {
        var store = new InMemoryPaperStore();
        await store.SaveAsync(
        [
            PaperBuilder.Paper("old", firstSeen: Day.AddDays(-30)),
            PaperBuilder.Paper("newest", firstSeen: Day),
            PaperBuilder.Paper("bulk, published 2019", firstSeen: Day.AddDays(-1), published: new DateOnly(2019, 5, 1)),
            PaperBuilder.Paper("bulk, published 2025", firstSeen: Day.AddDays(-1), published: new DateOnly(2025, 5, 1)),
            PaperBuilder.Paper("bulk, no date", firstSeen: Day.AddDays(-1)),
            PaperBuilder.Paper("older", firstSeen: Day.AddDays(-2)),
        ]);
        var order = await store.AllAsync().Select(p => p.Title).ToListAsync();

        var catalogue = await DigestCatalogue.LoadAsync(store, limit: 3);
        var everything = await DigestCatalogue.LoadAsync(store, limit: 100);

        var kept = catalogue.Papers.Select(p => p.Title).ToList();
        Assert.Equal(["bulk, published 2019", "bulk, published 2025", "newest"], kept.Order(StringComparer.Ordinal));
        Assert.Equal(order.Where(kept.Contains), kept);
        Assert.Equal(order, everything.Papers.Select(p => p.Title));
        Assert.Equal("newest", catalogue[catalogue.Papers[kept.IndexOf("newest")].Id].Title);
    }
}
