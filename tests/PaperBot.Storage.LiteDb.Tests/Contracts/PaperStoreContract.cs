using PaperBot.Core.Papers;
using static PaperBot.TestKit.PaperBuilder;

namespace PaperBot.Storage.LiteDb.Tests.Contracts;

/// <summary>What every <see cref="IPaperStore"/> must do; run against each implementation by a subclass.</summary>
public abstract class PaperStoreContract : IDisposable
{
    protected abstract IPaperStore Store { get; }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    [Fact]
    public async Task A_saved_paper_is_found_with_every_field_as_it_was()
    {
        var full = new Paper(PaperId.FromArxiv("2305.12345"), "  Spaced  Title ", "", ["Ada Lovelace", "Alan Turing"], ["cs.LG", "stat.ML"],
            new DateOnly(2023, 5, 21), PaperLinks.ForArxiv("2305.12345"), ["seeds.html", "arxiv"],
            new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.FromHours(2)).AddTicks(1234567), 42);
        var sparse = Paper("A paper with nothing else") with { Authors = [], Categories = [], Sources = [], Links = PaperLinks.None };

        await Store.SaveAsync([full, sparse]);

        PaperAssert.Same(full, await Store.FindAsync(full.Id));
        PaperAssert.Same(sparse, await Store.FindAsync(sparse.Id));
    }

    [Fact]
    public async Task An_unknown_id_is_not_found()
    {
        await Store.SaveAsync([Paper("Known")]);

        Assert.Null(await Store.FindAsync(PaperId.FromTitle("Unknown")));
    }

    [Fact]
    public async Task Saving_a_paper_again_replaces_it()
    {
        var first = Paper("Deep Residual Learning", arxivId: "1512.03385", upvotes: 1);
        await Store.SaveAsync([first]);

        await Store.SaveAsync([first with { Abstract = "Revised.", Upvotes = 7 }]);

        var found = await Store.FindAsync(first.Id);
        Assert.Equal("Revised.", found?.Abstract);
        Assert.Equal(7, found?.Upvotes);
        Assert.Equal(1, await Store.CountAsync());
    }

    [Fact]
    public async Task Find_many_returns_each_known_paper_once_and_skips_unknown_ids()
    {
        var a = Paper("Alpha");
        var b = Paper("Beta");
        await Store.SaveAsync([a, b, Paper("Gamma")]);

        var found = await Store.FindManyAsync([b.Id, PaperId.FromTitle("Missing"), a.Id, b.Id]);

        Assert.Equal(Ids(a, b), Ids([.. found]));
        Assert.Empty(await Store.FindManyAsync([]));
    }

    [Fact]
    public async Task Papers_are_found_by_the_key_of_their_title()
    {
        var attention = Paper("Attention Is All You Need!");
        var bert = Paper("BERT: Pre-training of Deep Bidirectional Transformers");
        await Store.SaveAsync([attention, bert, Paper("Something Else")]);

        var found = await Store.FindByTitleKeysAsync([PaperTitle.Key("attention is all you need"), PaperTitle.Key("BERT -- pre-training of deep bidirectional transformers"), "no such title"]);

        Assert.Equal(Ids(attention, bert), Ids([.. found]));
        Assert.Empty(await Store.FindByTitleKeysAsync([]));
    }

    [Fact]
    public async Task A_very_long_title_is_stored_and_found_by_its_key()
    {
        var prefix = string.Concat(Enumerable.Repeat("a very long title about everything ", 40));
        var one = Paper(prefix + "part one");
        var two = Paper(prefix + "part two");
        await Store.SaveAsync([one, two]);

        var found = await Store.FindByTitleKeysAsync([two.TitleKey]);

        Assert.Equal(two.Id, Assert.Single(found).Id);
    }

    [Fact]
    public async Task All_streams_every_paper_in_id_order()
    {
        var papers = Enumerable.Range(0, 2500).Select(i => Paper($"Paper number {i}")).ToList();
        papers.Add(Paper("An arXiv paper", arxivId: "2305.12345"));
        papers.Add(Paper("An old arXiv paper", arxivId: "cs/0112017"));
        await Store.SaveAsync(papers);

        var ids = new List<string>();
        await foreach (var paper in Store.AllAsync())
            ids.Add(paper.Id.Value);

        Assert.Equal(papers.Select(p => p.Id.Value).Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task All_stops_when_cancelled()
    {
        await Store.SaveAsync([Paper("One"), Paper("Two"), Paper("Three")]);
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Store.AllAsync(cancellation.Token))
                await cancellation.CancelAsync();
        });
    }

    [Fact]
    public async Task Count_counts_distinct_papers()
    {
        Assert.Equal(0, await Store.CountAsync());

        await Store.SaveAsync([Paper("One"), Paper("Two")]);
        await Store.SaveAsync([Paper("Two"), Paper("Three")]);

        Assert.Equal(3, await Store.CountAsync());
    }

    [Fact]
    public async Task Every_save_returns_a_higher_revision_and_the_revision_reports_it()
    {
        Assert.Equal(0, await Store.RevisionAsync());

        var first = await Store.SaveAsync([Paper("One")]);
        var second = await Store.SaveAsync([Paper("One")]);
        var third = await Store.SaveAsync([Paper("Two"), Paper("Three")]);

        Assert.True(first > 0);
        Assert.True(second > first);
        Assert.True(third > second);
        Assert.Equal(third, await Store.RevisionAsync());
    }

    [Fact]
    public async Task Concurrent_saves_get_distinct_revisions_and_lose_no_paper()
    {
        var batches = Enumerable.Range(0, 8).Select(b => Enumerable.Range(0, 20).Select(i => Paper($"Batch {b} paper {i}")).ToList()).ToList();

        var revisions = await Task.WhenAll(batches.Select(batch => Task.Run(() => Store.SaveAsync(batch))));

        Assert.Equal(revisions.Length, revisions.Distinct().Count());
        Assert.Equal(revisions.Max(), await Store.RevisionAsync());
        Assert.Equal(160, await Store.CountAsync());
    }

    private static string[] Ids(params Paper[] papers) => [.. papers.Select(p => p.Id.Value).Order(StringComparer.Ordinal)];
}
