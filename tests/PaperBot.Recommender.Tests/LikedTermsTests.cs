using PaperBot.Core.Papers;
using PaperBot.Recommender.Ranking;
using PaperBot.TestKit;

namespace PaperBot.Recommender.Tests;

public sealed class LikedTermsTests
{
    /// <summary>Sixty papers of the same common words. Papers 0-5 mention "spiking"; every third paper "graph"; papers 0 and
    /// 40-44 "quantum"; papers 6-11 "graph neural". Ada Lab wrote papers 0-5, everyone else a name of their own.</summary>
    private static readonly List<Paper> Papers = Catalogue();

    private static readonly CatalogueView View = CatalogueView.Create(Papers, model: null, new RecommenderOptions().Content);

    private static readonly int[] Likes = [0, 1, 2, 3];

    [Fact]
    public void A_term_in_most_likes_and_few_papers_leads_and_a_term_in_one_like_is_left_out()
    {
        var liked = LikedTerms.Find(View, Likes)!;

        Assert.Equal(Feature("spiking"), liked.Terms[0].Feature);
        Assert.Equal(4, liked.Terms[0].Likes);
        Assert.Equal(1.0, liked.Agreement);
        // "graph" is in two of the four likes and 40% of all papers: kept, far weaker.
        var graph = Assert.Single(liked.Terms, t => t.Feature == Feature("graph"));
        Assert.Equal(2, graph.Likes);
        Assert.True(graph.Weight < liked.Terms[0].Weight / 4, $"graph {graph.Weight:F2}, spiking {liked.Terms[0].Weight:F2}");
        Assert.DoesNotContain(liked.Terms, t => t.Feature == Feature("quantum"));
        Assert.True(liked.Terms.Count <= LikedTerms.MaxTerms);
    }

    [Fact]
    public void Authors_are_not_terms()
    {
        var liked = LikedTerms.Find(View, Likes)!;

        // Ada Lab is on every like, and a feature of their text.
        var text = View.Features[0].Text;
        Assert.Contains(Enumerable.Range(0, text.Count), k => View.Space.IsAuthorFeature(text.IndexAt(k)));
        Assert.DoesNotContain(liked.Terms, t => View.Space.IsAuthorFeature(t.Feature));
    }

    [Fact]
    public void One_like_gives_no_terms()
    {
        Assert.Null(LikedTerms.Find(View, [0]));
    }

    [Fact]
    public void Likes_that_agree_on_no_term_agree_less()
    {
        // Two spiking papers and two of neither: "spiking" is in half of them.
        var liked = LikedTerms.Find(View, [0, 1, 10, 20])!;

        Assert.Equal(0.5, liked.Agreement, 9);
    }

    [Fact]
    public void A_paper_scores_the_weights_of_the_terms_it_has_however_often()
    {
        var liked = LikedTerms.Find(View, Likes)!;
        var spiking = liked.Terms[0];
        List<Paper> papers = [.. Papers, PaperBuilder.Paper("once", "spiking"), PaperBuilder.Paper("thrice", "spiking spiking spiking")];
        var view = CatalogueView.Create(papers, model: null, new RecommenderOptions().Content);

        var set = new LikedTerms([spiking with { Feature = Feature("spiking", view) }], liked.Read).AsSet(view.Space.TextFeatureCount);

        Assert.Equal(spiking.Weight, set.Score(view.Features[^2].Text), 5);
        Assert.Equal(spiking.Weight, set.Score(view.Features[^1].Text), 5);
        Assert.Equal(0, set.Score(view.Features[10].Text));
    }

    [Fact]
    public void The_reason_names_the_two_strongest_terms_the_paper_has_and_how_many_likes_have_each()
    {
        var liked = new LikedTerms([new LikedTerm(Feature("spiking"), 4, 2.0), new LikedTerm(Feature("quantum"), 2, 1.0), new LikedTerm(Feature("graph"), 2, 0.5)], Read: 4);
        var evidence = new TargetEvidence("target", Likes, [], Likes.Select(i => Papers[i].Id).ToHashSet(), [], IsGroup: false);

        // Paper 3 has "spiking" and "graph", not "quantum"; paper 6 has only "graph".
        var reasons = new ReasonWriter(View, evidence, [3, 6]);
        Assert.Equal("Mentions \"spiking\" and \"graph\", as 4 and 2 of the 4 papers you liked do", reasons.Terms(3, liked));
        Assert.Equal("Mentions \"graph\", as 2 of the 4 papers you liked do", reasons.Terms(6, liked));

        // Paper 6 also has the phrase "graph neural": named once, not beside its own word.
        var phrase = liked with { Terms = [new LikedTerm(Feature("graph neural"), 3, 3.0), .. liked.Terms] };
        Assert.Equal("Mentions \"graph neural\", as 3 of the 4 papers you liked do", new ReasonWriter(View, evidence, [6]).Terms(6, phrase));

        var all = liked with { Terms = [new LikedTerm(Feature("spiking"), 4, 2.0)] };
        Assert.Equal("Mentions \"spiking\", as all 4 papers you liked do", reasons.Terms(3, all));
        var two = new LikedTerms([new LikedTerm(Feature("spiking"), 2, 2.0)], Read: 2);
        Assert.Equal("Mentions \"spiking\", as both papers you liked do", new ReasonWriter(View, evidence with { Likes = [0, 1] }, [3]).Terms(3, two));

        var more = evidence with { Likes = [.. Likes, 7, 8] };
        Assert.StartsWith("Mentions \"graph\", as 2 of the latest 4 papers you liked do", new ReasonWriter(View, more, [6]).Terms(6, liked));
    }

    private static int Feature(string name, CatalogueView? view = null)
    {
        var space = (view ?? View).Space;
        return Enumerable.Range(0, space.TextFeatureCount).Single(i => space.FeatureName(i) == name);
    }

    private static List<Paper> Catalogue()
    {
        var papers = new List<Paper>();
        for (var i = 0; i < 60; i++)
        {
            // Words in every paper are in no paper's vector (at most half the papers), and a word of one paper is not
            // in the vocabulary: before each term, it keeps the term out of two-word phrases.
            var words = new List<string> { "we study the problem and report results on common benchmarks" };
            void Term(params string[] term) => words.AddRange([$"u{i}n{words.Count}", .. term]);
            if (i < 6)
                Term("spiking");
            if (i % 3 == 0)
                Term("graph");
            if (i == 0 || i is >= 40 and < 45)
                Term("quantum");
            if (i is >= 6 and < 12)
                Term("graph", "neural");
            papers.Add(PaperBuilder.Paper($"Study number {i}", string.Join(' ', words), authors: i < 6 ? ["Ada Lab"] : [$"Solo {i}"]));
        }
        return papers;
    }
}
