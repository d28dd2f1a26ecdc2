using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;
using PaperBot.Core.Search;
using PaperBot.Ingestion.Inputs;
using PaperBot.Ingestion.Merging;

namespace PaperBot.Ingestion;

/// <summary>
/// Brings papers into the catalogue: reads and parses every input first (a bad input contributes nothing and is
/// reported; the good ones still go in), merges duplicates among them and with the stored catalogue, then saves and
/// indexes only what is new or changed. Ingesting the same inputs again writes nothing.
/// </summary>
public sealed class CatalogueIngestor(
    IEnumerable<IPaperParser> parsers,
    InputReader reader,
    IPaperStore store,
    IPaperIndex index,
    TimeProvider time,
    IOptions<IngestionOptions> options)
{
    private readonly IReadOnlyList<IPaperParser> parsers = [.. parsers];

    /// <summary>Ingests files, folders (recursively) and http(s) URLs.</summary>
    public async Task<IngestSummary> IngestAsync(IReadOnlyList<string> inputs, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var locations = InputReader.Expand(inputs);
        var papers = new List<Paper>();
        var problems = new List<IngestProblem>();
        var outcomes = new List<IngestInputOutcome>();
        foreach (var location in locations)
        {
            var content = await reader.ReadAsync(location, cancellationToken);
            var (result, format) = Parse(content);
            papers.AddRange(result.Papers);
            problems.AddRange(result.Problems);
            var ok = format is not null && (result.Papers.Count > 0 || result.Problems.Count == 0);
            outcomes.Add(new IngestInputOutcome(content.Origin, format, result.Papers.Count, result.Problems.Count, ok));
            progress?.Report(new IngestProgress(IngestStage.Reading, outcomes.Count, locations.Count));
        }
        return await StoreAsync(papers, problems, outcomes, progress, cancellationToken);
    }

    /// <summary>Ingests papers that are already parsed (a generated catalogue, say); <paramref name="origin"/> names them in the summary.</summary>
    public Task<IngestSummary> IngestPapersAsync(IReadOnlyList<Paper> papers, string origin, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        StoreAsync(papers, [], [new IngestInputOutcome(origin, null, papers.Count, 0, true)], progress, cancellationToken);

    private (ParseResult Result, string? Format) Parse(InputContent content)
    {
        if (content.Problem is { } problem)
            return (ParseResult.Failed(problem), null);
        var parser = parsers.FirstOrDefault(p => p.Recognizes(content.Text));
        if (parser is null)
        {
            var formats = string.Join(", ", parsers.Select(p => p.Format));
            return (ParseResult.Failed(new IngestProblem(content.Origin, null, $"unknown format (not one of: {formats})")), null);
        }
        return (parser.Parse(new SourceText(content.Origin, content.Text)), parser.Format);
    }

    private async Task<IngestSummary> StoreAsync(IReadOnlyList<Paper> read, List<IngestProblem> problems, List<IngestInputOutcome> outcomes,
        IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var unique = CatalogueMerger.Deduplicate(read.Select(p => p.FirstSeen == default ? p with { FirstSeen = now } : p));
        var settings = options.Value;
        var plan = await new CatalogueReconciler(store, Math.Max(1, settings.LookupChunkSize)).ReconcileAsync(unique, cancellationToken);
        long? revision = plan.ToWrite.Count == 0
            ? null
            : await new CatalogueWriter(store, index, Math.Max(1, settings.WriteBatchSize)).WriteAsync(plan.ToWrite, progress, cancellationToken);
        return new IngestSummary(read.Count, read.Count - unique.Count, plan.New, plan.Merged, plan.Unchanged, problems, outcomes, revision);
    }
}
