using PaperBot.Core.Papers;
using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Tests;

/// <summary>The view's papers keep what ranking and its reasons read, and hold each repeated name once: a store hands
/// out a new string per occurrence, and at a million papers those copies were about half a gigabyte of a ranking bot.</summary>
public sealed class ViewPapersTests
{
    private static Paper Read(string id, string[] authors, string[] categories, string? title = null) => new(
        new PaperId(id), title ?? "Title " + id, "A long abstract.", [.. authors.Select(Copy)], [.. categories.Select(Copy)],
        new DateOnly(2024, 1, 2), PaperLinks.ForArxiv(id), [Copy("arxiv")], DateTimeOffset.UnixEpoch, Upvotes: 3);

    // A distinct string with the same characters, as each document read from the store gives.
    private static string Copy(string value) => new(value.AsSpan());

    [Fact]
    public void Repeated_names_and_lists_are_one_instance_and_everything_ranking_reads_is_kept()
    {
        var names = new NamePool();
        var papers = new ViewPapers();
        papers.Add(Read("2401.00001", ["Ada Lovelace", "Alan Turing"], ["cs.LG", "stat.ML"]), names);
        papers.Add(Read("2401.00002", ["Alan Turing", "Grace Hopper"], ["cs.LG", "stat.ML"]), names);
        papers.Add(Read("2401.00003", ["Grace Hopper"], ["cs.LG"]) with { Upvotes = null }, names);

        Assert.Same(papers.Authors(0)[1], papers.Authors(1)[0]);
        Assert.Same(papers.Authors(1)[1], papers.Authors(2)[0]);
        Assert.Same(papers.Categories(0), papers.Categories(1));
        Assert.Same(papers.Categories(0)[0], papers.Categories(2)[0]);
        Assert.Same(papers.Sources(0), papers.Sources(2));

        Assert.Equal(3, papers.Count);
        Assert.Equal(["Alan Turing", "Grace Hopper"], papers.Authors(1));
        Assert.Equal(["cs.LG"], papers.Categories(2));
        Assert.Equal(new PaperId("2401.00002"), papers.Id(1));
        Assert.Equal("Title 2401.00002", papers.Title(1));
        Assert.Equal(3, papers.Upvotes(1));
        Assert.Equal(0, papers.Upvotes(2));
    }

    [Fact]
    public void Titles_of_any_script_and_length_read_back_as_given_after_trimming()
    {
        string[] titles = ["Équivariance über alles: 几何 deep learning 🚀", "", new string('x', 3 << 20), "Short"];
        var papers = new ViewPapers();
        var names = new NamePool();
        for (var i = 0; i < titles.Length; i++)
            papers.Add(Read($"2401.0000{i}", ["A"], ["cs.LG"], titles[i]), names);
        papers.Trim();
        for (var i = 0; i < titles.Length; i++)
            Assert.Equal(titles[i], papers.Title(i));
    }

    [Fact]
    public void Lists_that_differ_only_in_how_names_split_stay_apart()
    {
        var names = new NamePool();
        Assert.Equal(["cs.LG", "cs.AI"], names.SharedList([Copy("cs.LG"), Copy("cs.AI")]));
        Assert.Equal(["cs.LG cs.AI"], names.SharedList([Copy("cs.LG cs.AI")]));
        Assert.Equal(["A B"], names.Names([Copy("A B")]));
        // Nor does a separator inside a name join two lists.
        Assert.Equal(["cs.LG\u001fcs.AI"], names.SharedList([Copy("cs.LG\u001fcs.AI")]));
        Assert.Equal(["cs.LG", "cs.AI"], names.SharedList([Copy("cs.LG"), Copy("cs.AI")]));
    }
}
