using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;
using PaperBot.Core.Search;
using PaperBot.Ingestion.Inputs;
using PaperBot.Ingestion.Snapshot;

namespace PaperBot.Ingestion;

/// <summary>
/// Brings papers into the catalogue: reads and parses every input first (a bad input contributes nothing and is
/// reported; the good ones still go in), merges duplicates among them and with the stored catalogue, then saves and
/// indexes only what is new or changed. Ingesting the same inputs again writes nothing. A local arXiv metadata
/// snapshot is the exception to "read first": it is streamed and stored chunk by chunk (<see cref="SnapshotStreamer"/>).
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
    public Task<IngestSummary> IngestAsync(IReadOnlyList<string> inputs, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        IngestAsync(inputs, CategoryFilter.All, progress, cancellationToken);

    /// <summary>Ingests files, folders (recursively) and http(s) URLs, keeping only the papers <paramref name="categories"/> matches.</summary>
    public async Task<IngestSummary> IngestAsync(IReadOnlyList<string> inputs, CategoryFilter categories, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var locations = InputReader.Expand(inputs);
        var updater = Updater();
        var papers = new List<Paper>();
        var problems = new List<IngestProblem>();
        var outcomes = new List<IngestInputOutcome>();
        var change = CatalogueChange.None;
        int read = 0, outside = 0;
        foreach (var location in locations)
        {
            if (await SnapshotFile.RecognizesAsync(location, cancellationToken))
            {
                var streamed = await new SnapshotStreamer(updater, options.Value)
                    .IngestAsync(location, categories, progress, cancellationToken);
                change = change.Then(streamed.Change);
                (read, outside) = (read + streamed.Read, outside + streamed.OutsideCategories);
                problems.AddRange(streamed.Problems);
                outcomes.Add(new IngestInputOutcome(location, ArxivSnapshotRecord.Source, streamed.Read, streamed.Problems.Count,
                    streamed.Read > 0 || streamed.Problems.Count == 0));
            }
            else
            {
                var content = await reader.ReadAsync(location, cancellationToken);
                var (result, format) = Parse(content);
                var kept = result.Papers.Where(p => categories.Matches(p.Categories)).ToList();
                (read, outside) = (read + result.Papers.Count, outside + result.Papers.Count - kept.Count);
                papers.AddRange(kept);
                problems.AddRange(result.Problems);
                var ok = format is not null && (result.Papers.Count > 0 || result.Problems.Count == 0);
                outcomes.Add(new IngestInputOutcome(content.Origin, format, result.Papers.Count, result.Problems.Count, ok));
            }
            progress?.Report(new IngestProgress(IngestStage.Reading, outcomes.Count, locations.Count));
        }
        if (papers.Count > 0)
            change = change.Then(await updater.StoreAsync(papers, progress, cancellationToken));
        return Summary(read, outside, change, problems, outcomes);
    }

    /// <summary>Ingests papers that are already parsed (a generated catalogue, say); <paramref name="origin"/> names them in the summary.</summary>
    public async Task<IngestSummary> IngestPapersAsync(IReadOnlyList<Paper> papers, string origin, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var change = await Updater().StoreAsync(papers, progress, cancellationToken);
        return Summary(papers.Count, 0, change, [], [new IngestInputOutcome(origin, null, papers.Count, 0, true)]);
    }

    private CatalogueUpdater Updater() => new(store, index, time, options.Value);

    private static IngestSummary Summary(int read, int outside, CatalogueChange change, IReadOnlyList<IngestProblem> problems, IReadOnlyList<IngestInputOutcome> outcomes) =>
        new(read, change.Duplicates, change.New, change.Merged, change.Unchanged, problems, outcomes, change.Revision, outside);

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
}
