using PaperBot.Core.Papers;
using PaperBot.Ingestion.Merging;
using PaperBot.Ingestion.SeedPages;
using PaperBot.TestKit;

namespace PaperBot.Ingestion.Tests.SeedPages;

/// <summary>The real pages in seeds/: every layout, exact fields.</summary>
public sealed class SeedPageParserTests
{
    private const string Profile = "000_c8380908fb70cba8.txt";
    private const string Listing = "001_834c3f3e11be93c9.txt";
    private const string ListingWithoutBlankLines = "002_ca63fa333a1edf3e.txt";

    private readonly SeedPageParser parser = new();

    [Theory]
    [InlineData(Profile, 50)]
    [InlineData(Listing, 80)]
    [InlineData(ListingWithoutBlankLines, 119)]
    [InlineData("003_81c0731f04507e7f.txt", 46)]
    [InlineData("004_151cc41d75ae3b65.txt", 51)]
    public void Every_page_is_recognised_and_read_whole_without_problems(string file, int papers)
    {
        var source = Seed(file);

        var result = parser.Parse(source);

        Assert.True(parser.Recognizes(source.Text));
        Assert.Empty(result.Problems);
        Assert.Equal(papers, result.Papers.Count);
        Assert.All(result.Papers, p =>
        {
            Assert.Equal([file], p.Sources);
            Assert.Equal(PaperId.FromTitle(p.Title), p.Id);
            Assert.True(p.Abstract.Length > p.Title.Length);
        });
    }

    [Fact]
    public void The_five_pages_hold_330_different_papers()
    {
        var all = Directory.GetFiles(RepoPaths.Seeds).Order(StringComparer.Ordinal).SelectMany(f => parser.Parse(Seed(Path.GetFileName(f))).Papers).ToList();

        var unique = CatalogueMerger.Deduplicate(all);

        Assert.Equal(346, all.Count);
        Assert.Equal(330, unique.Count);
        Assert.Equal(330, unique.Select(p => p.TitleKey).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_profile_paper_has_its_category_date_authors_and_abstract()
    {
        var paper = Find(Profile, "A Roadmap for Big Model");

        Assert.Equal(["Sha Yuan", "Hanyu Zhao", "Shuai Zhao"], paper.Authors);
        Assert.Equal(["cs.LG"], paper.Categories);
        Assert.Equal(new DateOnly(2022, 3, 26), paper.Published);
        Assert.Equal("With the rapid development of deep learning, training Big Models (BMs) for multiple downstream tasks becomes a popular paradigm. Researchers have achieved various outcomes in the construction of BMs and the BM application in many fields. At present, there is a lack of research work that sorts out the overall progress of BMs and guides the follow-up research. In this paper, we cover not only the BM technologies themselves but also the prerequisites for BM training and applications with BMs, dividing the BM review into four parts: Resource, Models, Key Technologies and Application. We introduce 16 specific BM-related topics in those four parts, they are Data, Knowledge, Computing System, Parallel Training System, Language Model, Vision Model, Multi-modal Model, Theory&Interpretability, Commonsense Reasoning, Reliability&Security, Governance, Evaluation, Machine Translation, Text Generation, Dialogue and Protein Research. In each topic, we summarize clearly the current studies and propose some future research directions. At the end of this paper, we conclude the further development of BMs in a more general view.", paper.Abstract);
        Assert.Equal(PaperLinks.None, paper.Links);
        Assert.Null(paper.Upvotes);
    }

    [Fact]
    public void A_score_prefix_and_a_date_without_year_leave_no_date()
    {
        var paper = Find(Profile, "CausalRM: Causal-Theoretic Reward Modeling for RLHF from Observational User Feedbacks");

        Assert.Equal(["cs.LG"], paper.Categories);
        Assert.Null(paper.Published);
        Assert.Equal(["Hao Wang", "Licheng Pan", "Zhichao Chen"], paper.Authors);
        Assert.Equal(["stat.ML"], Find(Profile, "Deep Autocorrelation Modeling for Time-Series Forecasting: Progress and Prospects").Categories);
        Assert.Null(Find(Profile, "Partial Feedback Online Learning").Published);
    }

    [Fact]
    public void A_dashed_category_is_an_archive_in_lower_case()
    {
        var paper = Find(Profile, "ShadowNet for Data-Centric Quantum System Learning");

        Assert.Equal(["quant-ph"], paper.Categories);
        Assert.Equal(new DateOnly(2023, 8, 22), paper.Published);
    }

    [Fact]
    public void An_authors_line_without_et_al_or_organisation_lists_every_author()
    {
        var paper = Find(Profile, "Accelerated Alternating Direction Method of Multipliers: an Optimal $O(1/K)$ Nonergodic Analysis");

        Assert.Equal(["Huan Li", "Zhouchen Lin"], paper.Authors);
        Assert.Equal(["math.NA"], paper.Categories);
        Assert.Equal(new DateOnly(2018, 12, 12), paper.Published);
        Assert.Equal(["Qi Chen", "Yifei Wang", "Yisen Wang"], Find(Profile, "Optimization-Induced Graph Implicit Nonlinear Diffusion").Authors);
    }

    [Fact]
    public void The_profile_header_and_the_listing_chrome_are_not_papers()
    {
        var titles = new[] { Profile, Listing, ListingWithoutBlankLines }.SelectMany(f => parser.Parse(Seed(f)).Papers).Select(p => p.Title).ToList();

        Assert.DoesNotContain(titles, t => t is "h-index19" or "177 Papers" or "new" or "Subscribe" or "Mar 14" or "byAK and the research community"
            || t.StartsWith("Get trending papers", StringComparison.Ordinal));
        Assert.Equal("Chaos is a Ladder: A New Theoretical Understanding of Contrastive Learning via Augmentation Overlap", parser.Parse(Seed(Profile)).Papers[0].Title);
    }

    [Fact]
    public void A_listing_paper_has_its_exact_title_and_abstract_and_nothing_the_page_does_not_say()
    {
        var paper = parser.Parse(Seed(Listing)).Papers[0];

        Assert.Equal("MagicPose4D: Crafting Articulated Models with Appearance and Motion Control", paper.Title);
        Assert.StartsWith("With the success of 2D and 3D visual generative models, there is growing interest in generating 4D content.", paper.Abstract, StringComparison.Ordinal);
        Assert.EndsWith("outperforming existing methods in various benchmarks.", paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(1751, paper.Abstract.Length);
        Assert.Empty(paper.Authors);
        Assert.Empty(paper.Categories);
        Assert.Null(paper.Published);
    }

    [Fact]
    public void Subscribe_glued_to_the_first_title_is_taken_off()
    {
        var papers = parser.Parse(Seed(ListingWithoutBlankLines)).Papers;

        Assert.Equal("MirrorAlign: A Super Lightweight Unsupervised Word Alignment Model via Cross-Lingual Contrastive Learning", papers[0].Title);
        Assert.StartsWith("Word alignment is essential for the downstream cross-lingual", papers[0].Abstract, StringComparison.Ordinal);
        Assert.Equal("Domain Generalization via Rationale Invariance", papers[^1].Title);
        Assert.EndsWith("Code is available at https://github.com/liangchen527/RIDG.", papers[^1].Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_starting_in_lower_case_is_kept_as_it_is()
    {
        Assert.Contains(parser.Parse(Seed("003_81c0731f04507e7f.txt")).Papers, p => p.Title == "diffGrad: An Optimization Method for Convolutional Neural Networks");
    }

    [Fact]
    public void The_last_abstract_cut_off_mid_sentence_is_kept()
    {
        var full = Seed(Listing);
        var cut = full.Text[..^700];

        var papers = parser.Parse(full with { Text = cut }).Papers;

        Assert.Equal(80, papers.Count);
        Assert.Equal("Toward Understanding Why Adam Converges Faster Than SGD for Transformers", papers[^1].Title);
        Assert.Equal(cut[(cut.LastIndexOf('\n') + 1)..], papers[^1].Abstract);
        Assert.False(papers[^1].Abstract.EndsWith('.'));
    }

    [Fact]
    public void A_short_cut_off_last_abstract_is_still_an_abstract()
    {
        const string page = "new\n\nMar 14\n\nA Title\n\nWe study the problem of learning.\n\nAnother Title\n\nWe study";

        var papers = parser.Parse(new SourceText("page.txt", page)).Papers;

        Assert.Equal(["A Title", "Another Title"], papers.Select(p => p.Title));
        Assert.Equal("We study", papers[1].Abstract);
    }

    [Fact]
    public void A_listing_title_without_abstract_is_reported_with_its_line_and_the_rest_is_read()
    {
        var abstractText = string.Join(' ', Enumerable.Repeat("This sentence is part of a long abstract about models.", 6));
        var page = $"new\n\nFirst Paper\n\n{abstractText}\n\nOrphan Title\n\nThird Paper\n\n{abstractText}\n";

        var result = parser.Parse(new SourceText("page.txt", page));

        Assert.Equal(["First Paper", "Third Paper"], result.Papers.Select(p => p.Title));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(7, problem.Line);
        Assert.Equal("page.txt", problem.Origin);
        Assert.Contains("Orphan Title", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_title_without_abstract_is_reported_with_its_line()
    {
        var abstractText = string.Join(' ', Enumerable.Repeat("This sentence is part of a long abstract about models.", 6));
        var page = $"h-index3\n\nLGMar 1, 2024\nLonely Title\n\nAda Lovelace, Alan Turing\n\nCVFeb 2, 2023Code\nKept Title\n\nAda Lovelace\n\n{abstractText}\n";

        var result = parser.Parse(new SourceText("profile.txt", page));

        Assert.Equal("Kept Title", Assert.Single(result.Papers).Title);
        Assert.Equal(["cs.CV"], result.Papers[0].Categories);
        Assert.Equal(4, Assert.Single(result.Problems).Line);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Half")]
    [InlineData("[{\"paper\": {\"id\": \"2305.12345\"}}]")]
    [InlineData("hello world\n")]
    [InlineData("")]
    [InlineData("MIT License\n\nCopyright (c) 2026 Someone\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the \"Software\"), to deal in the Software without restriction.\n")]
    public void Other_text_is_not_a_seed_page(string text) => Assert.False(parser.Recognizes(text));

    [Fact]
    public void Text_with_control_characters_is_not_a_seed_page()
    {
        var text = Seed(Listing).Text.Insert(40, "\u0001\u0002");

        Assert.False(parser.Recognizes(text));
    }

    [Fact]
    public void A_markdown_file_is_not_a_seed_page()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("This sentence is part of a long paragraph about the project.", 5));
        var text = $"# PaperBot\n\nIntroduction\n\n{paragraph}\n\nUsage\n\n{paragraph}\n";

        Assert.False(parser.Recognizes(text));
        Assert.True(parser.Recognizes(text.Replace("# PaperBot", "PaperBot", StringComparison.Ordinal)));
    }

    private static SourceText Seed(string file)
    {
        var path = Path.Combine(RepoPaths.Seeds, file);
        return new SourceText(path, File.ReadAllText(path));
    }

    private Paper Find(string file, string title) => Assert.Single(parser.Parse(Seed(file)).Papers, p => p.Title == title);
}
