using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core.Feeds;
using PaperBot.Core.Monitoring;

namespace PaperBot.Ingestion.Feeds;

/// <summary>
/// One scheduled ingest: fetches every configured source, parses it and brings its papers into the catalogue, one
/// source at a time. A source that fails (down, rate-limited past its retries, answering garbage) becomes a failed
/// <see cref="FeedRun"/> and the others still go in; only cancellation ends a run early.
/// </summary>
public sealed class FeedIngestion(
    FeedHttpClient client,
    CatalogueIngestor ingestor,
    IFeedRunLog runLog,
    TimeProvider time,
    IOptions<FeedOptions> options,
    PaperBotMetrics metrics,
    ILogger<FeedIngestion> logger)
{
    private const int QuotedChars = 60;

    /// <summary>Runs every configured source and records each run in the <see cref="IFeedRunLog"/>.</summary>
    /// <returns>One run per source, in the order they ran.</returns>
    public async Task<IReadOnlyList<FeedRun>> IngestAllAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var runs = new List<FeedRun>();
        var arxivCalled = false;
        foreach (var source in FeedSource.From(settings))
        {
            if (source.IsArxiv && arxivCalled)
                await Task.Delay(settings.ArxivRequestInterval, time, cancellationToken);
            arxivCalled |= source.IsArxiv;
            var run = await RunAsync(source, cancellationToken);
            metrics.FeedRun(run.Source, run.Succeeded);
            runs.Add(run);
            await RememberAsync(run, cancellationToken);
        }
        return runs;
    }

    private async Task<FeedRun> RunAsync(FeedSource source, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var stage = "reading the response";
        try
        {
            var content = await client.GetAsync(source.Url, source.MediaType, cancellationToken);
            if (content.Problem is { } problem)
                return Failed(source, started, problem.Reason);
            if (!source.Parser.Recognizes(content.Text))
                return Failed(source, started, $"not {source.Expected}; the response begins \"{Quote(content.Text)}\"");
            var parsed = source.Parser.Parse(new SourceText(content.Origin, content.Text));
            if (parsed.Papers.Count == 0 && parsed.Problems.Count > 0)
            {
                var more = parsed.Problems.Count > 1 ? $" (and {parsed.Problems.Count - 1} more problems)" : "";
                return Failed(source, started, parsed.Problems[0].Reason + more);
            }
            foreach (var skipped in parsed.Problems)
                logger.LogWarning("Feed {Source}: skipped {Problem}", source.Name, skipped);
            stage = "storing the papers";
            var summary = await ingestor.IngestPapersAsync(parsed.Papers, source.Name, cancellationToken: cancellationToken);
            var run = new FeedRun(source.Name, started, time.GetUtcNow(), true, parsed.Papers.Count, summary.New, summary.Merged, parsed.Problems.Count, null);
            logger.LogInformation("Feed {Source}: {Read} papers read, {New} new, {Updated} updated, {Skipped} skipped in {Duration}",
                run.Source, run.Read, run.New, run.Updated, run.Skipped, run.Duration);
            return run;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The store or the index refusing a write (or a parser bug) fails this source only; the next may well succeed.
            logger.LogError(e, "Feed {Source} failed while {Stage}", source.Name, stage);
            return Failed(source, started, $"failed while {stage}: {e.Message}");
        }
    }

    private FeedRun Failed(FeedSource source, DateTimeOffset started, string error)
    {
        logger.LogWarning("Feed {Source} failed: {Error}", source.Name, error);
        return FeedRun.Failed(source.Name, started, time.GetUtcNow(), error);
    }

    private async Task RememberAsync(FeedRun run, CancellationToken cancellationToken)
    {
        try
        {
            await runLog.RecordAsync(run, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The papers are in; a status line that could not be saved is no reason to skip the remaining sources.
            logger.LogError(e, "Could not record the run of feed {Source}", run.Source);
        }
    }

    private static string Quote(string text)
    {
        var head = TextFolding.Fold(text.Length > QuotedChars * 4 ? text[..(QuotedChars * 4)] : text);
        return head.Length > QuotedChars ? head[..QuotedChars] + "…" : head;
    }
}
