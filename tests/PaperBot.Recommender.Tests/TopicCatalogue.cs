using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.TestKit;

namespace PaperBot.Recommender.Tests;

/// <summary>Small catalogues with clear topics for tests: each topic has its own words, authors and category.</summary>
internal static class TopicCatalogue
{
    private static readonly string[][] Words =
    [
        ["diffusion", "denoising", "image", "generation", "sampler", "latent", "score", "noise"],
        ["robot", "grasping", "manipulation", "control", "policy", "gripper", "arm", "contact"],
        ["protein", "folding", "molecule", "binding", "structure", "residue", "docking", "enzyme"],
        ["language", "model", "token", "reasoning", "prompt", "instruction", "transformer", "decoding"],
    ];

    public static readonly DateTimeOffset Now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static string TopicWord(int topic) => Words[topic][0];

    /// <summary><paramref name="perTopic"/> papers per topic; paper j of topic t is index t * perTopic + j.</summary>
    public static List<Paper> Create(int topics = 4, int perTopic = 12, int seed = 1)
    {
        var random = new Random(seed);
        var papers = new List<Paper>();
        for (var t = 0; t < topics; t++)
        {
            for (var j = 0; j < perTopic; j++)
            {
                string Pick() => Words[t][random.Next(Words[t].Length)];
                var title = $"{Pick()} {Pick()} for {Pick()} study {t}-{j}";
                var text = string.Join(' ', Enumerable.Range(0, 40).Select(_ => random.Next(3) == 0 ? "we evaluate results carefully" : Pick()));
                papers.Add(PaperBuilder.Paper(title, text, authors: [$"Author {t}{random.Next(4)}", $"Author {t}{random.Next(4)}"],
                    categories: [$"cs.T{t}"], published: DateOnly.FromDateTime(Now.AddDays(-j - 1).UtcDateTime), upvotes: j == 0 ? 50 : random.Next(5)));
            }
        }
        return papers;
    }

    public static Rating Thumb(UserRef user, Paper paper, Thumb thumb) => new(user, paper.Id, thumb, "test", Now);

    /// <summary>People who each like a few papers of one topic (topic = person index mod topics).</summary>
    public static List<Rating> Likes(IReadOnlyList<Paper> papers, int people, int perTopic, int topics, int likesEach = 4)
    {
        var ratings = new List<Rating>();
        for (var p = 0; p < people; p++)
        {
            var user = UserRef.Terminal($"person{p}");
            var topic = p % topics;
            for (var k = 0; k < likesEach; k++)
                ratings.Add(Thumb(user, papers[topic * perTopic + (p / topics + k * 2) % perTopic], Core.Ratings.Thumb.Up));
            ratings.Add(Thumb(user, papers[(topic + 1) % topics * perTopic + p % perTopic], Core.Ratings.Thumb.Down));
        }
        return ratings;
    }
}
