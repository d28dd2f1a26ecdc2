namespace PaperBot.Recommender.Ranking;

/// <summary>Every author of the catalogue as a number, each paper's authors and each author's papers, all authors
/// and however rare (one shared author is telling, unlike one shared word). Names are matched ignoring case, and the
/// catalogue's own strings are the keys, so nothing is copied per name.</summary>
internal sealed class AuthorIndex
{
    /// <summary>Names read per paper. Collaboration papers list thousands, none of whom tells a reader's group apart,
    /// and reading them all would make every such paper's names a quadratic cost.</summary>
    public const int MostPerPaper = 32;

    private readonly int[] paperStarts;
    private readonly int[] paperAuthors;
    private readonly int[] authorStarts;
    private readonly int[] authorPapers;
    private readonly List<string> names = [];

    /// <param name="papers">Each paper's authors.</param>
    public AuthorIndex(IReadOnlyList<IReadOnlyList<string>> papers)
    {
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var authors = new List<int>();
        paperStarts = new int[papers.Count + 1];
        for (var p = 0; p < papers.Count; p++)
        {
            paperStarts[p] = authors.Count;
            foreach (var name in papers[p].Take(MostPerPaper))
            {
                if (!ids.TryGetValue(name, out var id))
                {
                    ids[name] = id = ids.Count;
                    names.Add(name);
                }
                // A name listed twice on one paper counts once.
                if (authors.IndexOf(id, paperStarts[p]) < 0)
                    authors.Add(id);
            }
        }
        paperStarts[papers.Count] = authors.Count;
        paperAuthors = [.. authors];
        Count = ids.Count;

        // Each author's papers, by counting then placing (papers ascending within an author).
        authorStarts = new int[Count + 1];
        foreach (var author in paperAuthors)
            authorStarts[author + 1]++;
        for (var a = 0; a < Count; a++)
            authorStarts[a + 1] += authorStarts[a];
        authorPapers = new int[paperAuthors.Length];
        var next = authorStarts[..^1];
        for (var p = 0; p < papers.Count; p++)
        {
            foreach (var author in Of(p))
                authorPapers[next[author]++] = p;
        }
    }

    /// <summary>How many different authors the catalogue names.</summary>
    public int Count { get; }

    /// <summary>Authors per paper, on average over the catalogue.</summary>
    public double MeanPerPaper => paperStarts.Length > 1 ? paperAuthors.Length / (double)(paperStarts.Length - 1) : 0;

    /// <summary>The author's name as the catalogue first spelled it.</summary>
    public string Name(int author) => names[author];

    public ReadOnlySpan<int> Of(int paper) => paperAuthors.AsSpan(paperStarts[paper], paperStarts[paper + 1] - paperStarts[paper]);

    public ReadOnlySpan<int> PapersBy(int author) => authorPapers.AsSpan(authorStarts[author], authorStarts[author + 1] - authorStarts[author]);
}
