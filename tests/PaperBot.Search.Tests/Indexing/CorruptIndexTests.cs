using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using FSDirectory = Lucene.Net.Store.FSDirectory;
using Lucene.Net.Util;
using PaperBot.TestKit;

namespace PaperBot.Search.Tests.Indexing;

public sealed class CorruptIndexTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_garbled_commit_file_reads_as_no_index_and_a_rebuild_works()
    {
        await CreateIndexAsync();
        foreach (var file in Directory.GetFiles(folder.Path, "segments_*"))
            await File.WriteAllBytesAsync(file, [0x3f, 0xd7, 0x6c, 0x17, 1, 2, 3]);

        await AssertUnusableThenRebuiltAsync();
    }

    [Fact]
    public async Task Truncated_segment_files_read_as_no_index_and_a_rebuild_works()
    {
        await CreateIndexAsync();
        foreach (var file in Directory.GetFiles(folder.Path, "_*"))
        {
            await using var stream = File.Open(file, FileMode.Open);
            stream.SetLength(stream.Length / 2);
        }

        await AssertUnusableThenRebuiltAsync();
    }

    [Fact]
    public async Task Emptying_a_corrupt_index_leaves_files_that_are_not_lucene_files()
    {
        await CreateIndexAsync();
        var notes = folder.File("notes.txt");
        await File.WriteAllTextAsync(notes, "keep me");
        foreach (var file in Directory.GetFiles(folder.Path, "segments_*"))
            await File.WriteAllTextAsync(file, "garbage");

        await using var index = TestIndex.Open(folder.Path);

        Assert.Null(await index.RevisionAsync());
        Assert.Equal("keep me", await File.ReadAllTextAsync(notes));
    }

    [Fact]
    public async Task A_commit_without_a_catalogue_revision_reads_as_no_revision()
    {
        await using (var index = TestIndex.Open(folder.Path))
            await index.IndexAsync([PaperBuilder.Paper("Some paper")]);

        await using var reopened = TestIndex.Open(folder.Path);

        Assert.Null(await reopened.RevisionAsync());
    }

    [Fact]
    public async Task An_index_written_in_another_layout_reads_as_no_revision_so_that_it_is_rebuilt()
    {
        using (var directory = FSDirectory.Open(folder.Path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            writer.SetCommitData(new Dictionary<string, string> { ["catalogueRevision"] = "5" });
            writer.Commit();
        }

        await using var index = TestIndex.Open(folder.Path);

        Assert.Null(await index.RevisionAsync());
    }

    private async Task CreateIndexAsync()
    {
        await using var index = await TestIndex.WithAsync(folder.Path,
            PaperBuilder.Paper("Graph neural networks for molecules", "Message passing over atoms and bonds."));
    }

    private async Task AssertUnusableThenRebuiltAsync()
    {
        await using var index = TestIndex.Open(folder.Path);
        Assert.Null(await index.RevisionAsync());
        Assert.Empty(await index.SearchAsync("graph", 5));

        await index.RebuildAsync(TestIndex.Stream([PaperBuilder.Paper("Graph neural networks for proteins")]), 5);

        Assert.Equal(5, await index.RevisionAsync());
        Assert.Equal("Graph neural networks for proteins", Assert.Single(await index.SearchAsync("graph", 5)).Title);
    }
}
