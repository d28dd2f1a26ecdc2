using Lucene.Net.Index;
using Lucene.Net.Store;
using PaperBot.Core.Papers;
using PaperBot.TestKit;

namespace PaperBot.Search.Tests;

public sealed class LucenePaperIndexTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_new_index_has_no_revision_and_finds_nothing()
    {
        await using var index = TestIndex.Open(folder.Path);

        Assert.Null(await index.RevisionAsync());
        Assert.Empty(await index.SearchAsync("anything", 5));
    }

    [Fact]
    public async Task Committed_papers_are_found_and_the_revision_is_recorded()
    {
        await using var index = TestIndex.Open(folder.Path);
        var paper = PaperBuilder.Paper("Spiking Neural Networks on Chips", "We run spiking networks on neuromorphic chips.", arxivId: "2301.00001");

        await index.IndexAsync([paper]);
        var beforeCommit = await index.SearchAsync("spiking", 5);
        await index.CommitAsync(7);

        Assert.Empty(beforeCommit);
        Assert.Equal(7, await index.RevisionAsync());
        var hit = Assert.Single(await index.SearchAsync("spiking", 5));
        Assert.Equal(paper.Id, hit.Id);
        Assert.Equal(paper.Title, hit.Title);
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public async Task Compacting_keeps_the_revision_and_every_hit_and_survives_reopening()
    {
        var papers = Enumerable.Range(1, 3).Select(i => PaperBuilder.Paper($"Spiking networks part {i}", $"Spiking chips, study {i}.", arxivId: $"2301.0000{i}")).ToArray();
        await using (var index = TestIndex.Open(folder.Path))
        {
            // Three commits leave three segments.
            for (var i = 0; i < papers.Length; i++)
            {
                await index.IndexAsync([papers[i]]);
                await index.CommitAsync(i + 1);
            }
            var before = await index.SearchAsync("spiking", 5);
            Assert.Equal(3, CommittedSegments());

            await index.CompactAsync();

            Assert.Equal(3, await index.RevisionAsync());
            Assert.Equal(before.Select(h => (h.Id, h.Snippet)), (await index.SearchAsync("spiking", 5)).Select(h => (h.Id, h.Snippet)));
        }
        Assert.Equal(1, CommittedSegments());
        await using var reopened = TestIndex.Open(folder.Path);
        Assert.Equal(3, await reopened.RevisionAsync());
        Assert.Equal(3, (await reopened.SearchAsync("spiking", 5)).Count);
    }

    [Fact]
    public async Task Indexing_a_paper_again_replaces_it()
    {
        await using var index = TestIndex.Open(folder.Path);
        var first = PaperBuilder.Paper("Old title about graphs", "Graph neural networks.", arxivId: "2301.00002");
        await index.IndexAsync([first]);
        await index.CommitAsync(1);

        await index.IndexAsync([first with { Title = "New title about diffusion", Abstract = "Diffusion models." }]);
        await index.CommitAsync(2);

        Assert.Empty(await index.SearchAsync("graphs", 5));
        var hit = Assert.Single(await index.SearchAsync("diffusion", 5));
        Assert.Equal("New title about diffusion", hit.Title);
    }

    [Fact]
    public async Task Of_several_papers_with_one_id_in_a_batch_the_last_is_kept()
    {
        await using var index = TestIndex.Open(folder.Path);
        var first = PaperBuilder.Paper("First version about graphs", arxivId: "2301.00003");

        await index.IndexAsync([first, first with { Title = "Second version about graphs" }, PaperBuilder.Paper("Other graphs")]);
        await index.CommitAsync(1);

        var titles = (await index.SearchAsync("graphs", 5)).Select(h => h.Title).Order();
        Assert.Equal(["Other graphs", "Second version about graphs"], titles);
    }

    [Fact]
    public async Task Papers_and_revision_survive_reopening()
    {
        var paper = PaperBuilder.Paper("Contrastive Learning of Visual Representations", "A simple framework.");
        await using (var index = TestIndex.Open(folder.Path))
        {
            await index.IndexAsync([paper]);
            await index.CommitAsync(42);
        }

        await using var reopened = TestIndex.Open(folder.Path);

        Assert.Equal(42, await reopened.RevisionAsync());
        Assert.Equal(paper.Id, Assert.Single(await reopened.SearchAsync("contrastive", 5)).Id);
    }

    [Fact]
    public async Task Closing_without_a_commit_keeps_the_last_commit_only()
    {
        await using (var index = TestIndex.Open(folder.Path))
        {
            await index.IndexAsync([PaperBuilder.Paper("Committed paper on robots")]);
            await index.CommitAsync(3);
            await index.IndexAsync([PaperBuilder.Paper("Uncommitted paper on quantum error correction")]);
        }

        await using var reopened = TestIndex.Open(folder.Path);

        Assert.Equal(3, await reopened.RevisionAsync());
        Assert.Single(await reopened.SearchAsync("robots", 5));
        Assert.Empty(await reopened.SearchAsync("quantum", 5));
    }

    [Fact]
    public async Task Rebuild_drops_everything_indexes_the_stream_and_reports_progress()
    {
        await using var index = await TestIndex.WithAsync(folder.Path, PaperBuilder.Paper("A stale paper about zebras"));
        var papers = Enumerable.Range(0, 2500).Select(i => PaperBuilder.Paper($"Paper number {i} on transformers")).ToList();
        var reported = new List<int>();

        await index.RebuildAsync(TestIndex.Stream(papers), 9, new SynchronousProgress(reported.Add));

        Assert.Equal(9, await index.RevisionAsync());
        Assert.Empty(await index.SearchAsync("zebras", 5));
        Assert.Equal(5, (await index.SearchAsync("transformers", 5)).Count);
        Assert.Single(await index.SearchAsync("\"number 2499\"", 5));
        Assert.Equal([1000, 2000, 2500], reported);
        Assert.Equal(1, CommittedSegments());
    }

    [Fact]
    public async Task Rebuild_keeps_one_document_per_id()
    {
        await using var index = TestIndex.Open(folder.Path);
        var paper = PaperBuilder.Paper("Duplicated paper on mixture of experts");

        await index.RebuildAsync(TestIndex.Stream([paper, paper, paper]), 1);

        Assert.Single(await index.SearchAsync("experts", 10));
    }

    [Fact]
    public async Task A_failed_rebuild_leaves_the_last_commit_and_a_later_commit_does_not_publish_it()
    {
        await using var index = await TestIndex.WithAsync(folder.Path, PaperBuilder.Paper("Kept paper about retrieval"));

        await Assert.ThrowsAsync<IOException>(() => index.RebuildAsync(Failing(), 2));
        await index.IndexAsync([PaperBuilder.Paper("Later paper about retrieval augmentation")]);
        await index.CommitAsync(3);

        Assert.Equal(3, await index.RevisionAsync());
        var titles = (await index.SearchAsync("retrieval", 5)).Select(h => h.Title).Order().ToList();
        Assert.Equal(["Kept paper about retrieval", "Later paper about retrieval augmentation"], titles);
        Assert.Empty(await index.SearchAsync("halfway", 5));
    }

    [Fact]
    public async Task Searches_run_while_papers_are_indexed_and_committed()
    {
        await using var index = await TestIndex.WithAsync(folder.Path, PaperBuilder.Paper("Seed paper about agents"));
        using var stop = new CancellationTokenSource();
        var searches = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var count = 0;
            do
            {
                Assert.NotEmpty(await index.SearchAsync("agents", 10));
                count++;
                await Task.Yield();
            }
            while (!stop.IsCancellationRequested);
            return count;
        })).ToList();

        for (var i = 0; i < 20; i++)
        {
            await index.IndexAsync([PaperBuilder.Paper($"Agents paper {i}")]);
            await index.CommitAsync(i + 2);
        }
        await stop.CancelAsync();
        var counts = await Task.WhenAll(searches);

        Assert.All(counts, c => Assert.True(c > 0));
        Assert.Equal(10, (await index.SearchAsync("agents", 10)).Count);
        Assert.Equal(21, await index.RevisionAsync());
    }

    [Fact]
    public async Task A_second_index_on_the_same_folder_is_refused_with_a_plain_message()
    {
        await using var index = TestIndex.Open(folder.Path);

        var error = Assert.Throws<InvalidOperationException>(() => TestIndex.Open(folder.Path));

        Assert.Contains("open in another process", error.Message, StringComparison.Ordinal);
    }

    private static async IAsyncEnumerable<Paper> Failing()
    {
        await Task.Yield();
        yield return PaperBuilder.Paper("Halfway paper");
        throw new IOException("the store went away");
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the test wants the reports in order, at once.</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    private int CommittedSegments()
    {
        using var directory = FSDirectory.Open(folder.Path);
        using var reader = DirectoryReader.Open(directory);
        return reader.Leaves.Count;
    }
}
