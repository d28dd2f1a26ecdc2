using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core.Monitoring;
using PaperBot.Core.Papers;
using PaperBot.Core.Search;
using PaperBot.Search.Analysis;
using PaperBot.Search.Indexing;
using PaperBot.Search.Querying;
using PaperBot.Search.Snippets;

namespace PaperBot.Search;

/// <summary>
/// The catalogue's full-text index on disk: Lucene.Net with BM25. One long-lived writer takes every change; searches
/// run concurrently on searchers that are reopened only after a commit, so they always see a whole catalogue
/// revision and never a half-done rebuild.
/// </summary>
public sealed class LucenePaperIndex : IPaperIndex, IDisposable, IAsyncDisposable
{
    private const int RebuildBatchSize = 1000;

    /// <summary>How many candidates are scored again: enough that a paper ranked lower by the cheap first search
    /// (or without the proximity bonus) can still rise to the top ten.</summary>
    private const int RescoreDepth = 100;

    /// <summary>How many of the best candidates the proximity bonus may reorder: it at most doubles a score, so a
    /// paper further down rarely has the score to reach the top ten.</summary>
    private const int ProximityDepth = 30;
    private const long NoRevision = long.MinValue;

    private readonly FSDirectory directory;
    private readonly Analyzer analyzer = PaperAnalyzers.Create();
    private readonly PaperSimilarity similarity = new();
    private readonly PaperQueryBuilder queries;
    private readonly SearcherManager searchers;
    private readonly double ramBufferMb;
    private readonly PaperBotMetrics metrics;

    /// <summary>Serialises writes, commits and rebuilds; searches never wait on it.</summary>
    private readonly SemaphoreSlim writeGate = new(1, 1);

    /// <summary>Replaced only under <see cref="writeGate"/>, after a failed rebuild is rolled back.</summary>
    private IndexWriter writer;

    private long revision;
    private bool disposed;

    public LucenePaperIndex(IOptions<SearchOptions> options, PaperBotMetrics metrics, ILogger<LucenePaperIndex> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Value.IndexPath, "Search:IndexPath");
        this.metrics = metrics;
        ramBufferMb = options.Value.RamBufferMb;
        queries = new PaperQueryBuilder(analyzer);
        (directory, var committed) = IndexFolder.Open(options.Value.IndexPath, logger);
        revision = committed ?? NoRevision;
        try
        {
            writer = OpenWriter();
        }
        catch (LockObtainFailedException exception)
        {
            directory.Dispose();
            throw new InvalidOperationException($"The search index in {options.Value.IndexPath} is open in another process.", exception);
        }
        // The searchers read commits from the folder, so a new or emptied index needs a first (empty) commit.
        if (!DirectoryReader.IndexExists(directory))
            writer.Commit();
        searchers = new SearcherManager(directory, new PaperSearcherFactory(similarity));
    }

    public async Task IndexAsync(IReadOnlyCollection<Paper> papers, CancellationToken cancellationToken = default)
    {
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            // Papers are indexed in parallel, so of several with one id only the last is kept, as in order it would be.
            var latest = papers.GroupBy(p => p.Id).Select(g => g.Last());
            Parallel.ForEach(latest, Parallelism(cancellationToken),
                paper => writer.UpdateDocument(new Term(PaperFields.Id, paper.Id.Value), PaperDocuments.Create(paper)));
        }
        finally
        {
            writeGate.Release();
        }
    }

    public async Task CommitAsync(long catalogueRevision, CancellationToken cancellationToken = default)
    {
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            Commit(catalogueRevision);
        }
        finally
        {
            writeGate.Release();
        }
    }

    /// <summary>Merges every segment into one and commits it under the same revision. Searches keep using the segments
    /// until then; an interruption leaves the last commit as it was.</summary>
    public async Task CompactAsync(CancellationToken cancellationToken = default)
    {
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            var committed = Interlocked.Read(ref revision);
            if (committed == NoRevision)
                return;
            MergeIntoOne();
            Commit(committed);
        }
        finally
        {
            writeGate.Release();
        }
    }

    public Task<long?> RevisionAsync(CancellationToken cancellationToken = default)
    {
        var committed = Interlocked.Read(ref revision);
        return Task.FromResult<long?>(committed == NoRevision ? null : committed);
    }

    public async Task RebuildAsync(IAsyncEnumerable<Paper> papers, long catalogueRevision, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            writer.DeleteAll();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var batch = new List<Paper>(RebuildBatchSize);
            await foreach (var paper in papers.WithCancellation(cancellationToken))
            {
                // The store has one paper per id; a stream that repeats one must still leave one document.
                if (!seen.Add(paper.Id.Value))
                    continue;
                batch.Add(paper);
                if (batch.Count == RebuildBatchSize)
                    AddBatch(batch, seen.Count, progress, cancellationToken);
            }
            AddBatch(batch, seen.Count, progress, cancellationToken);
            // A rebuild is a bulk load: one segment, as after a snapshot (see CompactAsync).
            MergeIntoOne();
            Commit(catalogueRevision);
        }
        catch
        {
            // Drop the half-built index, so the next commit cannot publish it; searches keep the last commit.
            writer.Rollback();
            writer = OpenWriter();
            throw;
        }
        finally
        {
            writeGate.Release();
        }
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int top, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var started = Stopwatch.GetTimestamp();
        var parsed = UserQueryParser.Parse(query);
        var searcher = searchers.Acquire();
        try
        {
            var compiled = top < 1 ? null : queries.Build(parsed, searcher.IndexReader);
            if (compiled is null)
                return Task.FromResult<IReadOnlyList<SearchHit>>([]);
            var found = Find(searcher, compiled, top);
            var reader = searcher.IndexReader;
            var matches = IndexedMatches.Find(reader, [.. found.Select(f => f.Doc)], compiled.HighlightTerms);
            var hits = new SearchHit[found.Length];
            for (var i = 0; i < found.Length; i++)
            {
                var title = ShownText.Read(reader, found[i].Doc, PaperFields.Title);
                var abstractText = ShownText.Read(reader, found[i].Doc, PaperFields.Abstract);
                var snippet = string.IsNullOrWhiteSpace(abstractText) ? title : SnippetBuilder.Build(abstractText, matches[i]);
                hits[i] = new SearchHit(new PaperId(ShownText.Read(reader, found[i].Doc, PaperFields.Id)), title, found[i].Score, snippet);
            }
            return Task.FromResult<IReadOnlyList<SearchHit>>(hits);
        }
        finally
        {
            searchers.Release(searcher);
            metrics.Searched(Stopwatch.GetElapsedTime(started));
        }
    }

    public void Dispose()
    {
        writeGate.Wait();
        Close();
    }

    public async ValueTask DisposeAsync()
    {
        await writeGate.WaitAsync();
        Close();
    }

    /// <summary>The best <paramref name="top"/> hits. With common words or a proximity bonus, a first search finds
    /// candidates cheaply and they are scored again; too few candidates mean the cheap search missed some, so the
    /// full query runs instead.</summary>
    private static ScoreDoc[] Find(IndexSearcher searcher, CompiledQuery compiled, int top)
    {
        if (compiled.Narrow is null && compiled.Proximity is null)
            return Best(searcher, compiled.Query, compiled.Filter, top);
        var proximityDepth = Math.Max(top, ProximityDepth);
        var candidates = compiled.Narrow is null ? null : Best(searcher, compiled.Narrow, compiled.Filter, Math.Max(top, RescoreDepth));
        if (candidates is not null && candidates.Length >= top)
            candidates = CandidateRescorer.Rescore(searcher, candidates, compiled.Query);
        else
            // Not rescored, so only the candidates the bonus may reorder are needed: a shorter queue, the same order.
            candidates = Best(searcher, compiled.Query, compiled.Filter, proximityDepth);
        if (compiled.Proximity is not null)
            candidates = compiled.Proximity.Apply(searcher, candidates.Length > proximityDepth ? candidates[..proximityDepth] : candidates);
        return candidates.Length > top ? candidates[..top] : candidates;
    }

    private static ScoreDoc[] Best(IndexSearcher searcher, Query query, Filter? filter, int top) =>
        BoundedDisjunction.TrySearch(searcher, query, filter, top) ?? searcher.Search(query, filter, top).ScoreDocs;

    /// <summary>Segments stay as separate files: a compound file is written by copying every freshly flushed file into
    /// it (read back through a new mapping each), which cost a bulk ingest about a tenth of its time, and on this
    /// platform the handful of extra files per segment costs nothing.</summary>
    private IndexWriter OpenWriter() =>
        new(directory, new IndexWriterConfig(PaperAnalyzers.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = similarity,
            RAMBufferSizeMB = ramBufferMb,
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        });

    /// <summary>The writer takes documents from several threads at once, so batches are indexed on every core.</summary>
    private static ParallelOptions Parallelism(CancellationToken cancellationToken) =>
        new() { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };

    private void AddBatch(List<Paper> batch, int indexed, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        Parallel.ForEach(batch, Parallelism(cancellationToken), paper => writer.AddDocument(PaperDocuments.Create(paper)));
        batch.Clear();
        progress?.Report(indexed);
    }

    /// <summary>Reads every file with positional reads meanwhile: mapped, the merge would count the whole index as
    /// this process's memory (see <see cref="MappedDirectory.ReadingOnce"/>).</summary>
    private void MergeIntoOne()
    {
        using (directory is MappedDirectory mapped ? mapped.ReadingOnce() : null)
            writer.ForceMerge(1);
    }

    private void Commit(long catalogueRevision)
    {
        writer.SetCommitData(IndexFolder.UserData(catalogueRevision));
        writer.Commit();
        // Searchers first: whoever sees the new revision must also find what it holds.
        searchers.MaybeRefreshBlocking();
        Interlocked.Exchange(ref revision, catalogueRevision);
    }

    /// <summary>Rolls back rather than commits: whatever was not committed was never a whole catalogue revision.</summary>
    private void Close()
    {
        try
        {
            if (disposed)
                return;
            disposed = true;
            writer.Rollback();
            searchers.Dispose();
            analyzer.Dispose();
            directory.Dispose();
        }
        finally
        {
            writeGate.Release();
        }
    }
}
