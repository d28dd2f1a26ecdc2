using Microsoft.Extensions.Options;
using PaperBot.Core.Digests;
using PaperBot.TestKit;

namespace PaperBot.Core.Tests.Digests;

/// <summary>Rounds of digests read the whole store only when the catalogue has changed: at a million papers that read
/// is 20-30 s, and rounds come every minute that someone is due.</summary>
public sealed class DigestCandidatesTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

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
