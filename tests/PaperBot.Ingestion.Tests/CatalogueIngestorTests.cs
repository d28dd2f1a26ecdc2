using PaperBot.Core.Papers;
using PaperBot.Ingestion.Arxiv;
using PaperBot.Ingestion.Synthetic;
using PaperBot.TestKit;

namespace PaperBot.Ingestion.Tests;

public sealed class CatalogueIngestorTests
{
    private readonly InMemoryPaperStore store = new();
    private readonly RecordingPaperIndex index = new();

    [Fact]
    public async Task The_seed_pages_become_330_papers_saved_indexed_and_committed()
    {
        using var ingestion = new TestIngestion(store, index);

        var summary = await ingestion.Ingestor.IngestAsync([RepoPaths.Seeds]);

        Assert.Equal(346, summary.Read);
        Assert.Equal(16, summary.Duplicates);
        Assert.Equal(330, summary.New);
        Assert.Equal(0, summary.Merged + summary.Unchanged + summary.Rejected);
        Assert.False(summary.NothingRead);
        Assert.Equal(5, summary.Inputs.Count);
        Assert.All(summary.Inputs, i => Assert.True(i.Ok && i.Format == "seed-page"));
        Assert.Equal(330, await store.CountAsync());
        Assert.Equal(330, index.Count);
        Assert.Equal(await store.RevisionAsync(), Assert.Single(index.Commits));
        Assert.Equal(summary.Revision, await store.RevisionAsync());
    }

    [Fact]
    public async Task Ingesting_the_seeds_again_writes_nothing()
    {
        using var ingestion = new TestIngestion(store, index, o => o.LookupChunkSize = 7);
        await ingestion.Ingestor.IngestAsync([RepoPaths.Seeds]);
        var revision = await store.RevisionAsync();

        var again = await ingestion.Ingestor.IngestAsync([RepoPaths.Seeds]);

        Assert.Equal(0, again.New);
        Assert.Equal(0, again.Merged);
        Assert.Equal(330, again.Unchanged);
        Assert.Null(again.Revision);
        Assert.Equal(330, await store.CountAsync());
        Assert.Equal(revision, await store.RevisionAsync());
        Assert.Single(index.Commits);
    }

    [Fact]
    public async Task A_paper_on_two_pages_keeps_both_sources_and_the_first_pages_fields()
    {
        using var ingestion = new TestIngestion(store, index);

        await ingestion.Ingestor.IngestAsync([RepoPaths.Seeds]);

        var adan = Assert.Single(await store.FindByTitleKeysAsync([PaperTitle.Key("Adan: Adaptive Nesterov Momentum Algorithm for Faster Optimizing Deep Models")]));
        Assert.Equal(["000_c8380908fb70cba8.txt", "003_81c0731f04507e7f.txt"], adan.Sources);
        Assert.Equal(["Xingyu Xie", "Pan Zhou", "Huan Li"], adan.Authors);
        Assert.Contains("Then, Adan adopts NME", adan.Abstract, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2022, 8, 13), adan.Published);
    }

    [Fact]
    public async Task A_folder_of_good_and_bad_files_ingests_the_good_and_reports_each_bad_one()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("nested"));
        File.Copy(Path.Combine(RepoPaths.Seeds, "001_834c3f3e11be93c9.txt"), folder.File("nested/page.txt"));
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        garbage[100] = 0;
        await File.WriteAllBytesAsync(folder.File("garbage.bin"), garbage);
        await File.WriteAllTextAsync(folder.File("empty.txt"), "");
        await File.WriteAllTextAsync(folder.File("cut.atom"), "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Half");
        using var ingestion = new TestIngestion(store, index);

        var summary = await ingestion.Ingestor.IngestAsync([folder.Path]);

        Assert.Equal(80, summary.New);
        Assert.Equal(80, await store.CountAsync());
        Assert.Equal(3, summary.Rejected);
        Assert.Equal(["cut.atom", "empty.txt", "garbage.bin"], summary.Problems.Select(p => Path.GetFileName(p.Origin)).Order(StringComparer.Ordinal));
        Assert.Equal(["cut.atom", "empty.txt", "garbage.bin", "page.txt"], summary.Inputs.Select(i => Path.GetFileName(i.Origin)));
        Assert.Equal([false, false, false, true], summary.Inputs.Select(i => i.Ok));
        Assert.Equal("arxiv-atom", summary.Inputs[0].Format);
        Assert.All(await AllAsync(), p => Assert.Equal(["page.txt"], p.Sources));
    }

    [Fact]
    public async Task Only_bad_inputs_read_nothing_and_write_nothing()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("notes.txt"), "hello world\n");
        await File.WriteAllBytesAsync(folder.File("latin1.txt"), [0x43, 0x61, 0x66, 0xE9, 0x20, 0x28]);
        using var ingestion = new TestIngestion(store, index);

        var summary = await ingestion.Ingestor.IngestAsync([folder.Path, folder.File("missing.txt")]);

        Assert.True(summary.NothingRead);
        Assert.Equal(3, summary.Rejected);
        Assert.Contains(summary.Problems, p => p.Reason.StartsWith("unknown format", StringComparison.Ordinal));
        Assert.Contains(summary.Problems, p => p.Reason.Contains("not UTF-8", StringComparison.Ordinal));
        Assert.Contains(summary.Problems, p => p.Reason.Contains("no such file", StringComparison.Ordinal));
        Assert.Equal(0, await store.CountAsync());
        Assert.Empty(index.Commits);
    }

    [Fact]
    public async Task Seeds_feeds_and_daily_papers_in_one_run_merge_into_one_record_per_paper()
    {
        using var ingestion = new TestIngestion(store, index);

        var summary = await ingestion.Ingestor.IngestAsync([RepoPaths.Seeds, TestData.PathOf("arxiv/query-optimizers.atom"), TestData.PathOf("huggingface/daily_papers.json")]);

        Assert.Equal(330 + 3, summary.New);
        var adan = Assert.Single(await store.FindManyAsync([PaperId.FromArxiv("2208.06677")]));
        Assert.Equal(5, adan.Authors.Count);
        Assert.Equal(["cs.LG", "math.OC"], adan.Categories);
        Assert.Equal(["000_c8380908fb70cba8.txt", "003_81c0731f04507e7f.txt", ArxivAtomParser.Source], adan.Sources);
        var magic = Assert.Single(await store.FindManyAsync([PaperId.FromArxiv("2405.14017")]));
        Assert.Equal(14, magic.Upvotes);
        Assert.Equal("https://huggingface.co/papers/2405.14017", magic.Links.HuggingFace);
        Assert.Empty(await store.FindManyAsync([PaperId.FromTitle(magic.Title)]));
    }

    [Fact]
    public async Task A_later_feed_enriches_a_stored_seed_paper_under_its_stored_id()
    {
        using var ingestion = new TestIngestion(store, index);
        await ingestion.Ingestor.IngestAsync([RepoPaths.Seeds]);
        var before = Assert.Single(await store.FindByTitleKeysAsync([PaperTitle.Key("MagicPose4D: Crafting Articulated Models with Appearance and Motion Control")]));

        var summary = await ingestion.Ingestor.IngestAsync([TestData.PathOf("huggingface/daily_papers.json")]);

        Assert.Equal((1, 1, 0, 1), (summary.New, summary.Merged, summary.Unchanged, summary.Rejected));
        var after = Assert.Single(await store.FindManyAsync([before.Id]));
        Assert.Equal(14, after.Upvotes);
        Assert.Equal(5, after.Authors.Count);
        Assert.Equal(before.Abstract, after.Abstract);
        Assert.Equal(before.FirstSeen, after.FirstSeen);
        Assert.Equal(331, await store.CountAsync());
        Assert.Equal([330, 2], index.BatchSizes);
    }

    [Fact]
    public async Task The_store_and_the_index_work_on_each_batch_at_the_same_time()
    {
        var started = 0;
        index.OnIndexing = () => Interlocked.Increment(ref started);
        var probe = new OverlapProbeStore(store, batch => SpinWait.SpinUntil(() => Volatile.Read(ref started) >= batch, TimeSpan.FromSeconds(5)));
        using var ingestion = new TestIngestion(probe, index, o => o.WriteBatchSize = 100);
        var progress = new SynchronousProgress();

        var summary = await ingestion.Ingestor.IngestAsync([RepoPaths.Seeds], progress);

        Assert.Equal(330, summary.New);
        Assert.Equal([true, true, true, true], probe.Overlapped);
        Assert.Equal([100, 100, 100, 30], index.BatchSizes);
        Assert.Equal(new IngestProgress(IngestStage.Writing, 330, 330), progress.Reports.Last());
        Assert.Contains(new IngestProgress(IngestStage.Reading, 5, 5), progress.Reports);
    }

    [Fact]
    public async Task Papers_parsed_elsewhere_go_in_through_the_same_merge_and_write()
    {
        var papers = SyntheticCatalogue.Generate(1200, seed: 3).Select(s => s.Paper with { FirstSeen = default }).ToList();
        using var ingestion = new TestIngestion(store, index, o => o.WriteBatchSize = 500);

        var first = await ingestion.Ingestor.IngestPapersAsync(papers, "synthetic");
        var second = await ingestion.Ingestor.IngestPapersAsync(papers, "synthetic");

        Assert.Equal((1200, 1200), (first.Read, first.New));
        Assert.Equal([500, 500, 200], index.BatchSizes);
        Assert.Equal((0, 1200), (second.New, second.Unchanged));
        Assert.Equal("synthetic", Assert.Single(first.Inputs).Origin);
        Assert.All(await AllAsync(), p => Assert.NotEqual(default, p.FirstSeen));
    }

    private async Task<List<Paper>> AllAsync()
    {
        var all = new List<Paper>();
        await foreach (var paper in store.AllAsync())
            all.Add(paper);
        return all;
    }
}
