using PaperBot.Core.Papers;
using PaperBot.Ingestion.Merging;
using static PaperBot.TestKit.PaperBuilder;

namespace PaperBot.Ingestion.Tests.Merging;

public sealed class CatalogueMergerTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_same_arxiv_id_is_one_paper_even_when_titles_differ()
    {
        var merged = CatalogueMerger.Deduplicate([Paper("Old title", arxivId: "2401.00001"), Paper("New title", arxivId: "2401.00001v2")]);

        Assert.Equal("Old title", Assert.Single(merged).Title);
    }

    [Fact]
    public void The_same_title_is_one_paper_and_the_arxiv_id_wins_over_the_title_id()
    {
        var page = Paper("Neural Collapse: A Review", arxivId: null) with { Sources = ["000.txt"] };
        var feed = Paper("Neural collapse - a review", arxivId: "2401.00002") with { Sources = ["arxiv"] };

        var merged = Assert.Single(CatalogueMerger.Deduplicate([page, feed]));

        Assert.Equal(PaperId.FromArxiv("2401.00002"), merged.Id);
        Assert.Equal("Neural Collapse: A Review", merged.Title);
        Assert.Equal(["000.txt", "arxiv"], merged.Sources);
        Assert.Equal(PaperLinks.ForArxiv("2401.00002"), merged.Links);
    }

    [Fact]
    public void Different_arxiv_ids_stay_different_papers_even_with_one_title()
    {
        var merged = CatalogueMerger.Deduplicate([Paper("Introduction", arxivId: "2401.00001"), Paper("Introduction", arxivId: "2401.00002")]);

        Assert.Equal(2, merged.Count);
    }

    [Fact]
    public void A_title_only_record_joins_the_arxiv_paper_with_its_title_even_after_a_retitled_version()
    {
        var merged = CatalogueMerger.Deduplicate([
            Paper("First title", arxivId: "2401.00001"),
            Paper("Second title", arxivId: "2401.00001"),
            Paper("Second Title"),
        ]);

        Assert.Equal(PaperId.FromArxiv("2401.00001"), Assert.Single(merged).Id);
    }

    [Fact]
    public void A_cut_off_abstract_gives_way_to_the_full_one_in_either_order()
    {
        var cut = Paper("T", abstractText: "We study the problem of learning under symmetr...");
        var full = Paper("T", abstractText: "We study the problem of learning under symmetries, and show it is hard.");

        Assert.Equal(full.Abstract, CatalogueMerger.Merge(cut, full).Abstract);
        Assert.Equal(full.Abstract, CatalogueMerger.Merge(full, cut).Abstract);
    }

    [Fact]
    public void Of_two_different_wordings_the_first_stays()
    {
        var first = Paper("T", abstractText: "Then, Adan adopts NME.");
        var second = Paper("T", abstractText: "Then Adan adopts NME and more.");

        Assert.Equal(first.Abstract, CatalogueMerger.Merge(first, second).Abstract);
    }

    [Fact]
    public void Authors_come_from_the_side_that_has_them_or_the_fuller_list()
    {
        var none = Paper("T", authors: []);
        var three = Paper("T", authors: ["A", "B", "C"]);
        var five = Paper("T", authors: ["A", "B", "C", "D", "E"]);

        Assert.Equal(three.Authors, CatalogueMerger.Merge(none, three).Authors);
        Assert.Equal(three.Authors, CatalogueMerger.Merge(three, none).Authors);
        Assert.Equal(five.Authors, CatalogueMerger.Merge(three, five).Authors);
    }

    [Fact]
    public void Categories_and_sources_are_united_dates_and_first_seen_are_the_earliest_upvotes_the_most()
    {
        var a = Paper("T", categories: ["cs.LG"], published: new DateOnly(2023, 5, 1), upvotes: 3, firstSeen: Monday) with { Sources = ["a.txt"] };
        var b = Paper("T", categories: ["stat.ML", "cs.LG"], published: new DateOnly(2023, 4, 1), upvotes: 40, firstSeen: Monday.AddDays(-1)) with { Sources = ["b.json"] };

        var merged = CatalogueMerger.Merge(a, b);

        Assert.Equal(["cs.LG", "stat.ML"], merged.Categories);
        Assert.Equal(["a.txt", "b.json"], merged.Sources);
        Assert.Equal(new DateOnly(2023, 4, 1), merged.Published);
        Assert.Equal(Monday.AddDays(-1), merged.FirstSeen);
        Assert.Equal(40, merged.Upvotes);
    }

    [Fact]
    public void Unknown_values_never_win_over_known_ones()
    {
        var known = Paper("T", published: new DateOnly(2023, 4, 1), upvotes: 7, firstSeen: Monday);
        var unknown = Paper("T", upvotes: null) with { FirstSeen = default, Published = null };

        var merged = CatalogueMerger.Merge(unknown, known);

        Assert.Equal(new DateOnly(2023, 4, 1), merged.Published);
        Assert.Equal(7, merged.Upvotes);
        Assert.Equal(Monday, merged.FirstSeen);
    }

    [Fact]
    public void Merging_into_a_stored_paper_keeps_its_id_because_ratings_point_at_it()
    {
        var stored = Paper("A Title");
        var incoming = Paper("A Title", arxivId: "2401.00003");

        var merged = CatalogueMerger.MergeInto(stored, incoming);

        Assert.Equal(stored.Id, merged.Id);
        Assert.Equal(PaperLinks.ForArxiv("2401.00003"), merged.Links);
    }

    [Fact]
    public void Merging_what_is_already_known_changes_nothing()
    {
        var stored = Paper("T", categories: ["cs.LG"], firstSeen: Monday.AddDays(-7)) with { Sources = ["000.txt", "003.txt"] };
        var again = Paper("T", categories: ["cs.LG"], firstSeen: Monday) with { Sources = ["003.txt"], Authors = [.. stored.Authors] };

        var merged = CatalogueMerger.MergeInto(stored, again);

        Assert.True(CatalogueMerger.SameContent(stored, merged));
        Assert.False(CatalogueMerger.SameContent(stored, merged with { Upvotes = 1 }));
        Assert.False(CatalogueMerger.SameContent(stored, merged with { Categories = ["cs.LG", "cs.AI"] }));
    }
}
