using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Model;

/// <summary>What a training reads from the stores, kept compact as it streams in: of each paper its id and the token
/// ids the vocabulary is learned from (see <see cref="ContentSpaceBuilder"/>), of each thumb three numbers. Neither the
/// catalogue's text nor the thumbs' records stay in memory. The whole catalogue comes first, then the thumbs.</summary>
internal sealed class TrainingData(ContentOptions content)
{
    private readonly ContentSpaceBuilder vocabulary = new(content);
    private readonly List<PaperId> paperIds = [];
    private readonly Dictionary<PaperId, int> paperIndex = [];
    private readonly Dictionary<string, int> userIndex = new(StringComparer.Ordinal);
    private readonly List<(int User, int Paper, bool Up)> thumbs = [];

    public bool HasLikes { get; private set; }

    public static TrainingData From(IEnumerable<Paper> papers, IEnumerable<Rating> ratings, ContentOptions content)
    {
        var data = new TrainingData(content);
        foreach (var paper in papers)
            data.Add(paper);
        foreach (var rating in ratings)
            data.Add(rating);
        return data;
    }

    public void Add(Paper paper)
    {
        if (thumbs.Count > 0)
            throw new InvalidOperationException("Papers come before thumbs: a thumb is kept only for a paper already read.");
        if (!paperIndex.TryAdd(paper.Id, paperIds.Count))
            return;
        paperIds.Add(paper.Id);
        vocabulary.Add(paper);
    }

    /// <summary>Keeps a thumb on a paper of the catalogue; thumbs on papers it does not hold are left out.</summary>
    public void Add(Rating rating)
    {
        if (!paperIndex.TryGetValue(rating.Paper, out var paper))
            return;
        var key = RecommenderModel.UserKey(rating.User);
        if (!userIndex.TryGetValue(key, out var user))
            userIndex[key] = user = userIndex.Count;
        thumbs.Add((user, paper, rating.Thumb == Thumb.Up));
        HasLikes |= rating.Thumb == Thumb.Up;
    }

    /// <summary>The vocabulary with every paper's features, the papers, and the thumbs with people numbered in
    /// the order of their keys (so that the numbering, and with it the sampled examples, does not depend on
    /// the order the store gave). The data is spent afterwards.</summary>
    public (ContentSpace Space, PaperFeatures[] Features, PaperId[] PaperIds, string[] UserKeys, RatingSnapshot Ratings) Build(
        CancellationToken cancellationToken = default)
    {
        var (space, features) = vocabulary.Build(cancellationToken);
        var userKeys = userIndex.Keys.Order(StringComparer.Ordinal).ToArray();
        var renumber = new int[userKeys.Length];
        for (var i = 0; i < userKeys.Length; i++)
            renumber[userIndex[userKeys[i]]] = i;
        var ratings = thumbs.Select(t => (renumber[t.User], t.Paper, t.Up)).ToList();
        thumbs.Clear();
        return (space, features, [.. paperIds], userKeys, new RatingSnapshot(userKeys.Length, paperIds.Count, ratings));
    }
}
