using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Ranking;

/// <summary>Short reasons a person can check: the liked paper a recommendation is closest to, the author or listing
/// it shares with the likes (or the liked authors who wrote it), the terms it shares with most likes, "liked by people who liked X", the topics that
/// matched, or why it is popular.</summary>
/// <param name="shown">The papers (catalogue indices) that will be given reasons, and the only ones: their closest likes
/// are found together.</param>
internal sealed class ReasonWriter(CatalogueView view, TargetEvidence evidence, List<int> shown)
{
    private int[]? closest;

    private string Who => evidence.IsGroup ? "the channel" : "you";

    public string Content(int paper)
    {
        closest ??= ClosestLikes.Find(view, shown, evidence.Likes);
        var like = closest[shown.IndexOf(paper)];
        return like < 0 ? WithTopics("Unlike what " + Who + " disliked", paper) : $"Close to {Quote(like)}, which {Who} liked";
    }

    /// <summary>The author, listing or category that the paper shares with most of the likes, when at least two share it.</summary>
    public string Metadata(int paper)
    {
        var meta = view.Features[paper].Meta;
        // Keys are in ordinal order, authors ("a:") first: on a tie the author, the most telling, is named.
        var (best, shared) = (-1, 1);
        for (var k = 0; k < meta.Count; k++)
        {
            var index = meta.IndexAt(k);
            var count = evidence.Likes.Count(like => view.Features[like].Meta.Contains(index));
            if (count > shared)
                (best, shared) = (index, count);
        }
        if (best < 0)
            return Content(paper);
        var likes = $"{shared} papers {Who} liked";
        var key = view.Space.MetaKey(best);
        // The paper's own spelling of what the key stands for.
        string Spelled(IEnumerable<string> names, Func<string, string> keyOf) => names.FirstOrDefault(name => keyOf(name) == key) ?? key[2..];
        return key[..2] switch
        {
            "a:" => $"By {Spelled(view.Papers.Authors(paper), ContentSpace.MetaKeyOfAuthor)}, as are {likes}",
            "s:" => $"From the listing {Spelled(view.Papers.Sources(paper), ContentSpace.MetaKeyOfSource)}, as are {likes}",
            _ => $"In {Spelled(view.Papers.Categories(paper), ContentSpace.MetaKeyOfCategory)}, as are {likes}",
        };
    }

    /// <summary>The paper's author named by most likes: how many, or the liked paper when it is one.</summary>
    public string Authors(int paper, IReadOnlyDictionary<int, int> likesByAuthor)
    {
        var (author, count) = (-1, 0);
        foreach (var candidate in view.Authors.Of(paper))
        {
            if (likesByAuthor.GetValueOrDefault(candidate) > count)
                (author, count) = (candidate, likesByAuthor[candidate]);
        }
        if (author < 0)
            return Content(paper);
        // The paper's own spelling of the name.
        var name = view.Papers.Authors(paper).First(n => string.Equals(n, view.Authors.Name(author), StringComparison.OrdinalIgnoreCase));
        if (count > 1)
            return $"By {name}, as are {count} papers {Who} liked";
        var like = evidence.Likes.First(l => view.Authors.Of(l).Contains(author));
        return $"By {name}, an author of {Quote(like)}, which {Who} liked";
    }

    /// <summary>The paper's two strongest of the terms that mark the likes, and how many likes have each.</summary>
    public string Terms(int paper, LikedTerms liked)
    {
        // A phrase and its own words are one term to a reader: "artificial neural" and "artificial" name it twice.
        var found = new List<(string Name, int Likes)>();
        foreach (var term in liked.In(view, paper))
        {
            var name = view.Space.FeatureName(term.Feature);
            if (!found.Any(f => f.Name.Split(' ').Intersect(name.Split(' ')).Any()))
                found.Add((name, term.Likes));
            if (found.Count == 2)
                break;
        }
        if (found.Count == 0)
            return Content(paper);
        var names = string.Join(" and ", found.Select(t => $"\"{t.Name}\""));
        var latest = liked.Read < evidence.Likes.Count;
        var likes = $"{(latest ? "the latest " : "")}{liked.Read} papers {Who} liked do";
        // "as 2 and 2 of the 2 papers" says less than "as both".
        if (found.All(t => t.Likes == liked.Read))
            return $"Mentions {names}, as {(liked.Read == 2 && !latest ? $"both papers {Who} liked do" : "all " + likes)}";
        var counts = string.Join(" and ", found.Select(t => t.Likes));
        return $"Mentions {names}, as {counts} of {(latest ? "" : "the ")}{likes}";
    }

    public string Neighbours(int bridge) => $"Liked by people who liked {Quote(bridge)}";

    public string Factorization(int paper, ReadOnlySpan<float> userVector)
    {
        var model = view.Model;
        var terms = view.Features[paper].Terms;
        var matched = new List<(string Name, float Pull)>();
        for (var i = 0; model is not null && i < terms.Count; i++)
        {
            var pull = terms.ValueAt(i) * model.Weights.TermAffinity(terms.IndexAt(i), userVector);
            if (pull > 0)
                matched.Add((view.Space.FeatureName(terms.IndexAt(i)), pull));
        }
        if (matched.Count == 0)
            return evidence.Likes.Count > 0 ? Content(paper) : WithTopics("Fits the taste learned from thumbs", paper);
        var names = matched.OrderByDescending(m => m.Pull).Select(m => m.Name).Take(3);
        return $"Matches topics {Who} like{(evidence.IsGroup ? "s" : "")}: {string.Join(", ", names)}";
    }

    public string Popularity(int paper, int likesHere, DateTimeOffset now, double recencyHalfLife)
    {
        var facts = new List<string>();
        if (likesHere > 0)
            facts.Add($"liked by {likesHere} here");
        if (view.Papers.Upvotes(paper) is > 0 and var upvotes)
            facts.Add($"{upvotes} upvotes");
        var age = Ranking.Popularity.AgeInDays(view, paper, now);
        if (age <= recencyHalfLife)
            facts.Add("new this " + (age <= 7 ? "week" : "month"));
        return WithTopics(facts.Count == 0 ? "In the catalogue" : "Popular (" + string.Join(", ", facts) + ")", paper);
    }

    /// <summary>The lead, then the paper's strongest terms as its topics when it has any.</summary>
    private string WithTopics(string lead, int paper)
    {
        var terms = view.Features[paper].Terms;
        var names = Enumerable.Range(0, terms.Count).OrderByDescending(terms.ValueAt).Take(3)
            .Select(i => view.Space.FeatureName(terms.IndexAt(i))).ToList();
        return names.Count == 0 ? lead : lead + "; about " + string.Join(", ", names);
    }

    private string Quote(int paper)
    {
        var title = view.Papers.Title(paper);
        return "\"" + (title.Length <= 80 ? title : title[..77] + "...") + "\"";
    }
}
