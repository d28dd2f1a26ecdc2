using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Evaluation;

/// <summary>
/// Simulated people over a catalogue. Each has hidden interests (one topic, or two), wants every paper of those
/// topics, and has thumbed up a small share of the wanted papers they could see, with a few thumbs-down on
/// papers outside their interests; a share of thumbs contradicts the interests (noise). In the fresh protocol
/// part of the catalogue is held out: nobody has seen it, and only it is ranked.
/// </summary>
internal sealed class SimulatedWorld
{
    private SimulatedWorld(IReadOnlyList<UserRef> users, IReadOnlyList<Rating> ratings, IReadOnlyList<HashSet<int>> wanted, bool[] fresh)
    {
        Users = users;
        Ratings = ratings;
        Wanted = wanted;
        Fresh = fresh;
    }

    public IReadOnlyList<UserRef> Users { get; }

    public IReadOnlyList<Rating> Ratings { get; }

    /// <summary>Per person, the catalogue indices they would like: the hidden truth.</summary>
    public IReadOnlyList<HashSet<int>> Wanted { get; }

    public bool[] Fresh { get; }

    public static SimulatedWorld Create(IReadOnlyList<Paper> papers, int[] topics, int userCount, bool freshProtocol, EvaluationOptions options, DateTimeOffset at)
    {
        var random = SeededRandom.From(options.Seed, freshProtocol ? "fresh" : "in-matrix");
        var fresh = new bool[papers.Count];
        if (freshProtocol)
        {
            var order = Enumerable.Range(0, papers.Count).ToArray();
            random.Shuffle(order);
            foreach (var i in order.Take((int)(options.FreshShare * papers.Count)))
                fresh[i] = true;
        }
        var topicCount = topics.Max() + 1;
        var byTopic = Enumerable.Range(0, topicCount).Select(t => Enumerable.Range(0, papers.Count).Where(i => topics[i] == t).ToArray()).ToArray();
        var users = new List<UserRef>();
        var ratings = new List<Rating>();
        var wanted = new List<HashSet<int>>();
        for (var u = 0; u < userCount; u++)
        {
            var user = new UserRef("eval", "simulated", $"u{u:D4}");
            var interests = new HashSet<int> { PickTopic(byTopic, papers.Count, random) };
            if (random.NextDouble() < 0.4)
                interests.Add(PickTopic(byTopic, papers.Count, random));
            var likes = Enumerable.Range(0, papers.Count).Where(i => interests.Contains(topics[i])).ToHashSet();
            var visibleLiked = likes.Where(i => !fresh[i]).ToList();
            var visibleOther = Enumerable.Range(0, papers.Count).Where(i => !fresh[i] && !likes.Contains(i)).ToList();
            random.Shuffle(visibleLiked);
            random.Shuffle(visibleOther);
            var share = options.MinLikedShare + random.NextDouble() * (options.MaxLikedShare - options.MinLikedShare);
            var ups = Math.Max(2, (int)Math.Round(share * visibleLiked.Count));
            var downs = random.Next(ups + 1);
            var (liked, other) = (0, 0);
            for (var k = 0; k < ups + downs; k++)
            {
                var wantsUp = k < ups;
                var contradicts = random.NextDouble() < options.Noise;
                var fromLiked = wantsUp != contradicts;
                var pool = fromLiked ? visibleLiked : visibleOther;
                ref var next = ref fromLiked ? ref liked : ref other;
                if (next >= pool.Count)
                    continue;
                ratings.Add(new Rating(user, papers[pool[next++]].Id, wantsUp ? Thumb.Up : Thumb.Down, "simulated", at));
            }
            users.Add(user);
            wanted.Add(likes);
        }
        return new SimulatedWorld(users, ratings, wanted, fresh);
    }

    /// <summary>Topics are picked in proportion to their size: big fields have more readers.</summary>
    private static int PickTopic(int[][] byTopic, int total, SeededRandom random)
    {
        var target = random.Next(total);
        for (var t = 0; t < byTopic.Length; t++)
        {
            target -= byTopic[t].Length;
            if (target < 0)
                return t;
        }
        return byTopic.Length - 1;
    }
}
