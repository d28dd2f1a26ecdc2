using PaperBot.Core.Papers;
using PaperBot.Ingestion.Synthetic;

namespace PaperBot.Ingestion.Tests.Synthetic;

public sealed class SyntheticCatalogueTests
{
    [Fact]
    public void The_same_seed_gives_the_same_papers_and_a_longer_catalogue_starts_with_a_shorter_one()
    {
        var a = SyntheticCatalogue.Generate(300, seed: 11);
        var b = SyntheticCatalogue.Generate(500, seed: 11);
        var other = SyntheticCatalogue.Generate(300, seed: 12);

        Assert.All(a.Zip(b), pair =>
        {
            Assert.Equal(pair.First.Topic, pair.Second.Topic);
            Assert.Equal(pair.First.Paper.Title, pair.Second.Paper.Title);
            Assert.Equal(pair.First.Paper.Abstract, pair.Second.Paper.Abstract);
            Assert.Equal(pair.First.Paper.Authors, pair.Second.Paper.Authors);
        });
        Assert.NotEqual(a.Select(p => p.Paper.Title), other.Select(p => p.Paper.Title));
    }

    [Fact]
    public void Papers_have_the_lengths_of_real_listings()
    {
        var papers = SyntheticCatalogue.Generate(2000, seed: 1);

        Assert.All(papers, s =>
        {
            var p = s.Paper;
            Assert.InRange(p.Title.Split(' ').Length, 8, 14);
            Assert.InRange(p.Abstract.Split(' ').Length, 150, 250);
            Assert.InRange(p.Authors.Count, 2, 8);
            Assert.Equal(p.Authors.Count, p.Authors.Distinct().Count());
            Assert.InRange(p.Categories.Count, 1, 3);
            Assert.InRange(s.Topic, 0, SyntheticCatalogue.TopicCount - 1);
            Assert.True(p.Id.IsArxiv);
            Assert.Equal(PaperLinks.ForArxiv(p.Id.Value), p.Links);
            Assert.NotNull(p.Published);
        });
        Assert.Equal(20, SyntheticCatalogue.TopicCount);
        Assert.Equal(20, papers.Select(p => p.Topic).Distinct().Count());
        Assert.InRange(papers.Count(p => p.Paper.Upvotes is not null), 200, 600);
    }

    [Fact]
    public void Ids_count_up_like_arxiv_and_roll_into_the_next_month()
    {
        var papers = SyntheticCatalogue.Generate(1000, seed: 5);

        Assert.Equal("2401.00001", papers[0].Paper.Id.Value);
        Assert.Equal("2401.01000", papers[999].Paper.Id.Value);
        Assert.Equal(papers.Count, papers.Select(p => p.Paper.Id).Distinct().Count());
        Assert.Equal("2401.99999", SyntheticCatalogue.ArxivIdFor(99_998, out _));
        Assert.Equal("2402.00001", SyntheticCatalogue.ArxivIdFor(99_999, out var month));
        Assert.Equal(new DateOnly(2024, 2, 1), month);
        Assert.Equal("2501.00001", SyntheticCatalogue.ArxivIdFor(12 * 99_999, out _));
    }

    [Fact]
    public void A_topic_is_recognisable_from_its_words()
    {
        var papers = SyntheticCatalogue.Generate(400, seed: 9);
        var spiking = papers.Where(p => SyntheticCatalogue.TopicName(p.Topic) == "spiking neural networks").ToList();

        Assert.NotEmpty(spiking);
        Assert.All(spiking, p => Assert.Contains("spik", p.Paper.Abstract + p.Paper.Title, StringComparison.OrdinalIgnoreCase));
        Assert.True(papers.Count(p => p.Paper.Abstract.Contains("spiking", StringComparison.Ordinal)) < spiking.Count * 2);
    }
}
