using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Benchmarks;

/// <summary>Thumbs for the benchmark: each person follows one or two topics, four in five thumbs are ups on papers
/// of those topics and the rest downs anywhere; the last papers of the catalogue stay unrated (fresh).</summary>
public static class SyntheticThumbs
{
    /// <param name="papers">The catalogue's ids; <paramref name="topics"/> holds the topic of each.</param>
    public static List<Rating> Generate(IReadOnlyList<PaperId> papers, IReadOnlyList<int> topics, int rateable, BenchmarkOptions options, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(options);
        var random = SeededRandom.From(options.Seed, "thumbs");
        var byTopic = topics.Take(rateable).Select((topic, i) => (topic, i)).GroupBy(x => x.topic).ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray());
        var topicIds = byTopic.Keys.Order().ToArray();
        var ratings = new List<Rating>(options.Ratings);
        var rated = new HashSet<int>();
        for (var u = 0; u < options.Users; u++)
        {
            var user = new UserRef("bench", "workspace", $"u{u:D5}");
            var interests = new[] { topicIds[random.Next(topicIds.Length)], topicIds[random.Next(topicIds.Length)] };
            var count = options.Ratings / options.Users + (u < options.Ratings % options.Users ? 1 : 0);
            rated.Clear();
            for (var attempts = 0; rated.Count < count && attempts < count * 10; attempts++)
            {
                var up = random.NextDouble() < 0.8;
                var pool = byTopic[interests[random.Next(interests.Length)]];
                var paper = up ? pool[random.Next(pool.Length)] : random.Next(rateable);
                if (rated.Add(paper))
                    ratings.Add(new Rating(user, papers[paper], up ? Thumb.Up : Thumb.Down, "benchmark", at));
            }
        }
        return ratings;
    }
}
