using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Model;

/// <summary>What a training reads from the stores, kept compact as it streams in: of each paper its id and the token
/// ids the vocabulary is learned from (see <see cref="ContentSpaceBuilder"/>), of each thumb three numbers. Neither the
/// catalogue's text nor the thumbs' records stay in memory. The whole catalogue comes first, then the thumbs
/// (collected meanwhile, see <see cref="ThumbCollector"/>).</summary>
internal sealed class TrainingData(ContentOptions content)
{
    private readonly ContentSpaceBuilder vocabulary = new(content);
    private readonly List<PaperId> paperIds = [];
    private readonly List<ulong> contentHashes = [];
    private readonly Dictionary<PaperId, int> paperIndex = [];
    private readonly Dictionary<string, int> userIndex = new(StringComparer.Ordinal);
    private readonly List<(int User, int Paper, bool Up)> thumbs = [];

    public bool HasLikes { get; private set; }

    public static TrainingData From(IEnumerable<Paper> papers, IEnumerable<Rating> ratings, ContentOptions content)
    {
        var data = new TrainingData(content);
        foreach (var paper in papers)
            data.Add(paper);
        var thumbs = new ThumbCollector();
        foreach (var rating in ratings)
            thumbs.Add(UserThumb.Of(rating));
        data.Add(thumbs);
        return data;
    }

    public void Add(Paper paper)
    {
        if (thumbs.Count > 0)
            throw new InvalidOperationException("Papers come before thumbs: a thumb is kept only for a paper already read.");
        if (!paperIndex.TryAdd(paper.Id, paperIds.Count))
            return;
        paperIds.Add(paper.Id);
        contentHashes.Add(ContentHash.Of(paper));
        vocabulary.Add(paper);
    }

    /// <summary>Keeps the thumbs on papers of the catalogue, in the order collected; thumbs on papers it does not hold
    /// are left out, and so is a person with no other thumbs.</summary>
    public void Add(ThumbCollector collected)
    {
        var paperOf = collected.Papers.Select(id => paperIndex.GetValueOrDefault(id, -1)).ToArray();
        var userOf = new int[collected.UserKeys.Count];
        Array.Fill(userOf, -1);
        foreach (var (collectedUser, collectedPaper, up) in collected.Thumbs)
        {
            var paper = paperOf[collectedPaper];
            if (paper < 0)
                continue;
            ref var user = ref userOf[collectedUser];
            if (user < 0)
                userIndex[collected.UserKeys[collectedUser]] = user = userIndex.Count;
            thumbs.Add((user, paper, up));
            HasLikes |= up;
        }
    }

    /// <summary>The vocabulary with every paper's features, the papers with their content hashes, and the thumbs with people numbered in
    /// the order of their keys (so that the numbering, and with it the sampled examples, does not depend on
    /// the order the store gave). The data is spent afterwards.</summary>
    public (ContentSpace Space, PaperFeatures[] Features, PaperId[] PaperIds, ulong[] ContentHashes, string[] UserKeys, RatingSnapshot Ratings) Build(
        TextSpill? textSpill = null, CancellationToken cancellationToken = default)
    {
        var (space, features) = vocabulary.Build(textSpill, cancellationToken);
        var userKeys = userIndex.Keys.Order(StringComparer.Ordinal).ToArray();
        var renumber = new int[userKeys.Length];
        for (var i = 0; i < userKeys.Length; i++)
            renumber[userIndex[userKeys[i]]] = i;
        var ratings = thumbs.Select(t => (renumber[t.User], t.Paper, t.Up)).ToList();
        // Let go of the list's 1M-entry array too, not only its entries: training's largest phases come after this.
        thumbs.Clear();
        thumbs.TrimExcess();
        return (space, features, [.. paperIds], [.. contentHashes], userKeys, new RatingSnapshot(userKeys.Length, paperIds.Count, ratings));
    }
}
