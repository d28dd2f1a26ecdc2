using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Recommender.Evaluation;
using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Benchmarks;

/// <summary>What <c>paperbot bench recommender</c> trains and ranks: a catalogue, synthetic thumbs on all of it but
/// its last papers, and those last papers, which nobody rated (a digest's fresh papers).</summary>
public sealed record BenchmarkWorkload(IReadOnlyList<Paper> Papers, IReadOnlyList<Rating> Ratings, IReadOnlyList<PaperId> Fresh)
{
    /// <param name="catalogue">Papers, and their topics if known (people follow topics); without topics, each paper gets one of 20 at random.</param>
    public static BenchmarkWorkload Create(EvaluationCatalogue catalogue, BenchmarkOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(options);
        var papers = catalogue.Papers;
        var fresh = Math.Min(options.FreshPapers, papers.Count / 2);
        var topics = catalogue.TopicNumbers()
            ?? papers.Select(p => (int)(SeededRandom.From(options.Seed, p.Id.Value).NextULong() % 20)).ToArray();
        var now = papers.Max(p => p.FirstSeen).AddDays(1);
        var ratings = SyntheticThumbs.Generate(papers.Select(p => p.Id).ToList(), topics, papers.Count - fresh, options, now);
        return new BenchmarkWorkload(papers, ratings, papers.Skip(papers.Count - fresh).Select(p => p.Id).ToList());
    }
}
