using PaperBot.Core.Papers;

namespace PaperBot.Ingestion.SeedPages;

/// <summary>Gathers what one page yields: papers in page order and the problems, each with its line.</summary>
internal sealed class SeedPageCollector(string origin, string sourceName)
{
    private readonly List<Paper> papers = [];
    private readonly List<IngestProblem> problems = [];

    public void Add(string title, string abstractText, IReadOnlyList<string> authors, IReadOnlyList<string> categories, DateOnly? published) =>
        papers.Add(new Paper(PaperId.FromTitle(title), title, abstractText, authors, categories, published,
            PaperLinks.None, [sourceName], default));

    public void Problem(int line, string reason) => problems.Add(new IngestProblem(origin, line, reason));

    public ParseResult ToResult() => new(papers, problems);
}
