using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Evaluation;

/// <summary>
/// Simulated readers of one <see cref="ReaderFamily"/> over a catalogue. Each holds hidden interests, wants every paper
/// of them, and has thumbed up some wanted papers they could see (at least one per interest), with as many thumbs-down
/// at most on papers outside them; a share of thumbs is flipped, and a few stray likes may be added. In the fresh
/// protocol part of the catalogue is held out: nobody has seen it, and only it is ranked.
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

    /// <summary>Per reader, the catalogue indices they would like: the hidden truth.</summary>
    public IReadOnlyList<HashSet<int>> Wanted { get; }

    public bool[] Fresh { get; }

    public static SimulatedWorld Create(IReadOnlyList<Paper> papers, IReadOnlyList<int[]> interests, ReaderFamily family, int seed,
        bool freshProtocol, double freshShare, DateTimeOffset at)
    {
        var random = SeededRandom.From(seed, family.Name + (freshProtocol ? "/fresh" : "/in-matrix"));
        var fresh = new bool[papers.Count];
        if (freshProtocol)
        {
            var order = Enumerable.Range(0, papers.Count).ToArray();
            random.Shuffle(order);
            foreach (var i in order.Take((int)(freshShare * papers.Count)))
                fresh[i] = true;
        }
        var users = new List<UserRef>();
        var ratings = new List<Rating>();
        var wanted = new List<HashSet<int>>();
        for (var u = 0; u < family.Readers; u++)
        {
            var user = new UserRef("eval", "simulated", $"u{u:D4}");
            var held = PickInterests(interests, random.Next(family.Interests.Max - family.Interests.Min + 1) + family.Interests.Min, random);
            var wants = held.SelectMany(i => interests[i]).ToHashSet();
            var visibleOther = Enumerable.Range(0, papers.Count).Where(i => !fresh[i] && !wants.Contains(i)).ToList();
            random.Shuffle(visibleOther);
            var likes = Likes(held.Select(i => interests[i].Where(p => !fresh[p]).ToList()).ToList(), family, random);
            var downs = random.Next(likes.Count + 1);
            var thumbs = likes.Select(p => (Paper: p, Up: true)).Concat(visibleOther.Take(downs).Select(p => (Paper: p, Up: false)))
                .Select(t => random.NextDouble() < family.Flipped ? t with { Up = !t.Up } : t)
                .Concat(visibleOther.Skip(downs).Take(random.Next(family.StrayLikes + 1)).Select(p => (Paper: p, Up: true)));
            foreach (var (paper, up) in thumbs)
                ratings.Add(new Rating(user, papers[paper].Id, up ? Thumb.Up : Thumb.Down, "simulated", at));
            users.Add(user);
            wanted.Add(wants);
        }
        return new SimulatedWorld(users, ratings, wanted, fresh);
    }

    /// <summary>Interests are picked in proportion to their size (big fields have more readers), without repeats.</summary>
    private static List<int> PickInterests(IReadOnlyList<int[]> interests, int count, SeededRandom random)
    {
        var held = new List<int>();
        while (held.Count < Math.Min(count, interests.Count))
        {
            var target = random.Next(interests.Where((_, i) => !held.Contains(i)).Sum(s => s.Length));
            for (var i = 0; i < interests.Count; i++)
            {
                if (held.Contains(i))
                    continue;
                target -= interests[i].Length;
                if (target < 0)
                {
                    held.Add(i);
                    break;
                }
            }
        }
        return held;
    }

    /// <summary>One like in each interest first (the reader's likes span them all), then the rest from all of them.</summary>
    private static List<int> Likes(List<List<int>> visible, ReaderFamily family, SeededRandom random)
    {
        foreach (var papers in visible)
            random.Shuffle(papers);
        var pool = visible.SelectMany(p => p).Distinct().ToList();
        var count = family.Likes is { } bounds
            ? bounds.Min + random.Next(bounds.Max - bounds.Min + 1)
            : Math.Max(3, (int)Math.Round((0.05 + 0.2 * random.NextDouble()) * pool.Count));
        var likes = new List<int>();
        foreach (var papers in visible)
        {
            if (papers.FirstOrDefault(p => !likes.Contains(p), -1) is var first and >= 0)
                likes.Add(first);
        }
        random.Shuffle(pool);
        foreach (var paper in pool)
        {
            if (likes.Count >= Math.Min(count, pool.Count - 1))
                break;
            if (!likes.Contains(paper))
                likes.Add(paper);
        }
        return likes;
    }
}
