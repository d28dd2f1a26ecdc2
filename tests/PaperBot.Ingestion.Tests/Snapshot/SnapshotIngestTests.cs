using System.IO.Compression;
using System.Text;
using PaperBot.Core.Papers;
using PaperBot.TestKit;

namespace PaperBot.Ingestion.Tests.Snapshot;

public sealed class SnapshotIngestTests : IDisposable
{
    private readonly InMemoryPaperStore store = new();
    private readonly RecordingPaperIndex index = new();
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_snapshot_is_streamed_into_the_catalogue_and_its_malformed_line_reported_by_number()
    {
        var path = await WriteAsync("snap.jsonl", SnapshotLines.Sample);
        using var ingestion = new TestIngestion(store, index);

        var summary = await ingestion.Ingestor.IngestAsync([path]);

        Assert.Equal(3, summary.Read);
        Assert.Equal(3, summary.New);
        var problem = Assert.Single(summary.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("snap.jsonl:3: not a JSON object", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(new IngestInputOutcome(path, "arxiv-snapshot", 3, 1, true), Assert.Single(summary.Inputs));
        var old = await store.FindAsync(new PaperId("math/0102001"));
        Assert.Equal(new DateOnly(2001, 2, 1), old?.Published);
        Assert.Equal("A first test paper on graph neural networks", (await store.FindAsync(new PaperId("2401.00001")))?.Title);
        Assert.Equal(3, index.Count);
        Assert.Equal(await store.RevisionAsync(), index.Commits.Last());
    }

    [Fact]
    public async Task Categories_keep_records_with_one_matching_category()
    {
        var path = await WriteAsync("snap.jsonl", SnapshotLines.Sample);
        Assert.True(CategoryFilter.TryParse("cs.*", out var filter, out _));
        using var ingestion = new TestIngestion(store, index);

        var summary = await ingestion.Ingestor.IngestAsync([path], filter);

        Assert.Equal(3, summary.Read);
        Assert.Equal(1, summary.OutsideCategories);
        Assert.Equal(2, summary.New);
        Assert.Equal(["2401.00001", "math/0102001"], await StoredIdsAsync());
    }

    [Fact]
    public async Task Categories_filter_the_other_formats_too()
    {
        Assert.True(CategoryFilter.TryParse("hep-th", out var filter, out _));
        using var ingestion = new TestIngestion(store, index);

        var summary = await ingestion.Ingestor.IngestAsync([TestData.PathOf("arxiv/query-optimizers.atom")], filter);

        Assert.True(summary.New > 0);
        Assert.Equal(summary.Read, summary.New + summary.Duplicates + summary.OutsideCategories);
        await foreach (var paper in store.AllAsync())
            Assert.Contains("hep-th", paper.Categories);
    }

    [Fact]
    public async Task A_second_ingest_of_the_same_snapshot_adds_nothing()
    {
        var path = await WriteAsync("snap.jsonl", SnapshotLines.Sample);
        using var ingestion = new TestIngestion(store, index, o => o.SnapshotChunkSize = 2);
        await ingestion.Ingestor.IngestAsync([path]);
        var revision = await store.RevisionAsync();
        var commits = index.Commits.Count;

        var again = await ingestion.Ingestor.IngestAsync([path]);

        Assert.Equal((0, 0, 3), (again.New, again.Merged, again.Unchanged));
        Assert.Null(again.Revision);
        Assert.Equal(revision, await store.RevisionAsync());
        Assert.Equal(commits, index.Commits.Count);
    }

    [Fact]
    public async Task A_rerun_after_an_interruption_adds_only_what_is_missing()
    {
        // An ingest killed after its first chunk leaves that chunk stored, as if the start of the file had been ingested.
        var start = await WriteAsync("start.jsonl", SnapshotLines.GraphPaper + "\n");
        var path = await WriteAsync("snap.jsonl", SnapshotLines.Sample);
        using var ingestion = new TestIngestion(store, index);
        await ingestion.Ingestor.IngestAsync([start]);

        var rerun = await ingestion.Ingestor.IngestAsync([path]);

        Assert.Equal((2, 0, 1), (rerun.New, rerun.Merged, rerun.Unchanged));
        Assert.Equal(3, await store.CountAsync());
    }

    [Fact]
    public async Task A_file_cut_off_in_its_last_line_reports_that_line_and_keeps_the_rest()
    {
        var cut = SnapshotLines.Sample + SnapshotLines.GraphPaper.Replace("2401.00001", "2401.00009", StringComparison.Ordinal)[..60];
        var path = await WriteAsync("cut.jsonl", cut);
        using var ingestion = new TestIngestion(store, index);

        var summary = await ingestion.Ingestor.IngestAsync([path]);

        Assert.Equal([3, 6], summary.Problems.Select(p => p.Line));
        Assert.Contains("cut off", summary.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Equal(["2401.00001", "2401.00002", "math/0102001"], await StoredIdsAsync());
    }

    [Fact]
    public async Task A_snapshot_larger_than_a_chunk_is_stored_and_committed_chunk_by_chunk_with_progress()
    {
        var lines = Enumerable.Range(1, 7).Select(i => SnapshotLines.Record($"2402.{i:00000}", $"Paper number {i}", "cs.LG", "A. Author", null, "Mon, 5 Feb 2024 10:00:00 GMT"));
        var path = await WriteAsync("many.jsonl", string.Join('\n', lines));
        using var ingestion = new TestIngestion(store, index, o => (o.SnapshotChunkSize, o.SnapshotCommitEvery) = (3, 3));
        var progress = new SynchronousProgress();

        var summary = await ingestion.Ingestor.IngestAsync([path], progress);

        Assert.Equal(7, summary.New);
        Assert.Equal([3, 3, 1], index.BatchSizes);
        Assert.Equal(3, index.Commits.Count);
        var last = progress.Reports.Last(r => r.Stage == IngestStage.Streaming);
        Assert.Equal(last.Total, last.Done);
        Assert.DoesNotContain(progress.Reports, r => r.Stage == IngestStage.Writing);
    }

    [Fact]
    public async Task A_bulk_load_merges_the_index_once_after_its_last_commit_and_a_small_one_does_not()
    {
        var lines = Enumerable.Range(1, 7).Select(i => SnapshotLines.Record($"2402.{i:00000}", $"Paper number {i}", "cs.LG", "A. Author", null, "Mon, 5 Feb 2024 10:00:00 GMT"));
        var path = await WriteAsync("many.jsonl", string.Join('\n', lines));
        var small = await WriteAsync("small.jsonl", SnapshotLines.GraphPaper);
        using var ingestion = new TestIngestion(store, index, o => (o.SnapshotChunkSize, o.SnapshotCompactAfter) = (3, 5));
        var progress = new SynchronousProgress();

        await ingestion.Ingestor.IngestAsync([path], progress);
        await ingestion.Ingestor.IngestAsync([small]);

        Assert.Equal(1, index.Compactions);
        var compacted = progress.Reports.Last(r => r.Stage == IngestStage.Compacting);
        Assert.Equal((1, 1), (compacted.Done, compacted.Total));
    }

    [Fact]
    public async Task A_paper_repeated_in_a_later_chunk_of_a_first_ingest_is_merged_and_the_index_committed_once()
    {
        var again = SnapshotLines.Record("2401.00001", "A first test paper on graph neural networks", "cs.AI", "Ada Lovelace", null, "Mon, 1 Jan 2024 10:00:00 GMT");
        var path = await WriteAsync("snap.jsonl", string.Join('\n', SnapshotLines.GraphPaper, SnapshotLines.ChemistryPaper, again));
        using var ingestion = new TestIngestion(store, index, o => o.SnapshotChunkSize = 2);

        var summary = await ingestion.Ingestor.IngestAsync([path]);

        Assert.Equal((2, 1), (summary.New, summary.Merged));
        Assert.Equal(["cs.LG", "stat.ML", "cs.AI"], (await store.FindAsync(new PaperId("2401.00001")))?.Categories);
        Assert.Equal(2, await store.CountAsync());
        Assert.Equal([await store.RevisionAsync()], index.Commits);
    }

    [Fact]
    public async Task A_gzip_compressed_snapshot_is_read_the_same()
    {
        var path = folder.File("snap.jsonl.gz");
        await using (var file = File.Create(path))
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(SnapshotLines.Sample));
        using var ingestion = new TestIngestion(store, index);

        var summary = await ingestion.Ingestor.IngestAsync([path]);

        Assert.Equal(3, summary.New);
        Assert.Equal(3, Assert.Single(summary.Problems).Line);
    }

    private async Task<string> WriteAsync(string name, string text)
    {
        var path = folder.File(name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    private async Task<List<string>> StoredIdsAsync()
    {
        var ids = new List<string>();
        await foreach (var paper in store.AllAsync())
            ids.Add(paper.Id.Value);
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }
}
