namespace PaperBot.Core.Feeds;

/// <summary>One fetch of one source and what it brought: a row of <c>/papers status</c>.</summary>
/// <param name="Source">The source: <c>arxiv:cs.LG</c>, <c>huggingface</c>.</param>
/// <param name="Read">Papers read from the response.</param>
/// <param name="New">Papers the catalogue did not have.</param>
/// <param name="Updated">Papers the catalogue had, changed by what was read (a new version, another source).</param>
/// <param name="Skipped">Entries of the response that could not be read; the others still went in.</param>
/// <param name="Error">Why the run failed, for people: <c>HTTP 503 Service Unavailable after 4 attempts</c>; null when it succeeded.</param>
public sealed record FeedRun(
    string Source,
    DateTimeOffset Started,
    DateTimeOffset Finished,
    bool Succeeded,
    int Read,
    int New,
    int Updated,
    int Skipped,
    string? Error)
{
    public TimeSpan Duration => Finished - Started;

    public static FeedRun Failed(string source, DateTimeOffset started, DateTimeOffset finished, string error) =>
        new(source, started, finished, false, 0, 0, 0, 0, error);
}
