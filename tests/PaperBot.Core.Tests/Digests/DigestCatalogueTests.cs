using Microsoft.Extensions.Options;
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

    // Rounds read the whole store only when the catalogue has changed: at a million papers that read is 20-30 s, and
    // rounds come every minute that someone is due.
    [Fact]
    public async Task Rounds_on_an_unchanged_catalogue_read_only_its_newest_papers_and_a_change_is_seen_at_once()
    {
        var store = new InMemoryPaperStore();
        await store.SaveAsync([.. Enumerable.Range(0, 6).Select(i => PaperBuilder.Paper($"paper {i}", firstSeen: Day.AddDays(i)))]);
        var candidates = new DigestCandidates(store, Options.Create(new DigestOptions { CandidatePapers = 3 }));

        var first = await candidates.LoadAsync();
        var second = await candidates.LoadAsync();

        Assert.Equal(1, store.AllReads);
        Assert.Equal(["paper 3", "paper 4", "paper 5"], first.Papers.Select(p => p.Title).Order(StringComparer.Ordinal));
        Assert.Equal(first.Papers.Select(p => p.Id), second.Papers.Select(p => p.Id));
        Assert.False(second.GiveBackWhatWasRead());

        await store.SaveAsync([PaperBuilder.Paper("paper 6", firstSeen: Day.AddDays(6))]);
        var third = await candidates.LoadAsync();

        Assert.Equal(2, store.AllReads);
        Assert.Contains("paper 6", third.Papers.Select(p => p.Title));
        Assert.DoesNotContain("paper 3", third.Papers.Select(p => p.Title));
    }
}
