using PaperBot.Core.Papers;
using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Tests;

/// <summary>The view's papers hold each repeated name once: a store hands out a new string per occurrence, and at a
/// million papers those copies were about half a gigabyte of a ranking bot.</summary>
public sealed class PaperSlimmerTests
{
    private static Paper Read(string id, string[] authors, string[] categories) => new(
        new PaperId(id), "Title " + id, "A long abstract.", [.. authors.Select(Copy)], [.. categories.Select(Copy)],
        new DateOnly(2024, 1, 2), PaperLinks.ForArxiv(id), [Copy("arxiv")], DateTimeOffset.UnixEpoch, Upvotes: 3);

    // A distinct string with the same characters, as each document read from the store gives.
    private static string Copy(string value) => new(value.AsSpan());

    [Fact]
    public void Repeated_names_and_lists_are_one_instance_and_everything_ranking_reads_is_kept()
    {
        var slimmer = new PaperSlimmer();
        var first = slimmer.Slim(Read("2401.00001", ["Ada Lovelace", "Alan Turing"], ["cs.LG", "stat.ML"]));
        var second = slimmer.Slim(Read("2401.00002", ["Alan Turing", "Grace Hopper"], ["cs.LG", "stat.ML"]));
        var third = slimmer.Slim(Read("2401.00003", ["Grace Hopper"], ["cs.LG"]));

        Assert.Same(first.Authors[1], second.Authors[0]);
        Assert.Same(second.Authors[1], third.Authors[0]);
        Assert.Same(first.Categories, second.Categories);
        Assert.Same(first.Categories[0], third.Categories[0]);
        Assert.Same(first.Sources, third.Sources);

        Assert.Equal(["Alan Turing", "Grace Hopper"], second.Authors);
        Assert.Equal(["cs.LG"], third.Categories);
        Assert.Equal(new PaperId("2401.00002"), second.Id);
        Assert.Equal("Title 2401.00002", second.Title);
        Assert.Equal(3, second.Upvotes);
        Assert.Equal(new DateOnly(2024, 1, 2), second.Published);
        Assert.Empty(second.Abstract);
        Assert.Equal(PaperLinks.None, second.Links);
    }

    [Fact]
    public void Lists_that_differ_only_in_how_names_split_stay_apart()
    {
        var slimmer = new PaperSlimmer();
        var two = slimmer.Slim(Read("2401.00001", ["A", "B"], ["cs.LG", "cs.AI"]));
        var one = slimmer.Slim(Read("2401.00002", ["A B"], ["cs.LG cs.AI"]));

        Assert.Equal(["cs.LG", "cs.AI"], two.Categories);
        Assert.Equal(["cs.LG cs.AI"], one.Categories);
        Assert.Equal(["A B"], one.Authors);
        // Nor does a separator inside a name join two lists.
        var joined = slimmer.Slim(Read("2401.00003", ["A"], ["cs.LG\u001fcs.AI"]));
        Assert.Equal(["cs.LG\u001fcs.AI"], joined.Categories);
        Assert.Equal(["cs.LG", "cs.AI"], slimmer.Slim(Read("2401.00004", ["A"], ["cs.LG", "cs.AI"])).Categories);
    }
}
