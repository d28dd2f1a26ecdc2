using PaperBot.Core.Papers;

namespace PaperBot.Recommender.Ranking;

/// <summary>
/// Papers as the recommender's view keeps them: only what ranking and its reasons read once the features are made
/// (id, title, authors, categories, listings, upvotes), in a few lists rather than a <see cref="Paper"/> per paper.
/// Abstracts and links are not kept (about 3 KB a paper), titles are UTF-8 (<see cref="Utf8Texts"/>), and repeated
/// names are the pool's (<see cref="NamePool"/>). At a million papers a slimmed record and its title string were
/// about 300 bytes a paper; these lists are about 130.
/// </summary>
internal sealed class ViewPapers(int capacity = 0)
{
    private readonly List<PaperId> ids = new(capacity);
    private readonly Utf8Texts titles = new(capacity);
    private readonly List<string[]> authors = new(capacity);
    private readonly List<string[]> categories = new(capacity);
    private readonly List<string[]> sources = new(capacity);
    private readonly List<int> upvotes = new(capacity);

    public int Count => ids.Count;

    /// <summary>Each paper's authors, for an index of them.</summary>
    public IReadOnlyList<IReadOnlyList<string>> AuthorLists => authors;

    public void Add(Paper paper, NamePool names)
    {
        ids.Add(paper.Id);
        titles.Add(paper.Title);
        authors.Add(names.Names(paper.Authors));
        categories.Add(names.SharedList(paper.Categories));
        sources.Add(names.SharedList(paper.Sources));
        upvotes.Add(paper.Upvotes ?? 0);
    }

    public PaperId Id(int paper) => ids[paper];

    public string Title(int paper) => titles[paper];

    public IReadOnlyList<string> Authors(int paper) => authors[paper];

    public IReadOnlyList<string> Categories(int paper) => categories[paper];

    public IReadOnlyList<string> Sources(int paper) => sources[paper];

    /// <summary>Hugging Face upvotes, 0 when none are known.</summary>
    public int Upvotes(int paper) => upvotes[paper];

    public void Trim() => titles.Trim();
}
