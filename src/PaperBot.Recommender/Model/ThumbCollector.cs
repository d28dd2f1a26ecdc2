using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;

namespace PaperBot.Recommender.Model;

/// <summary>Thumbs as they stream in, each kept as three numbers: the person and the paper, numbered here by first
/// appearance, and whether it is up. Papers are numbered by the collector rather than by the catalogue so that the
/// thumbs can be read while the catalogue is still being read; <see cref="TrainingData"/> resolves them afterwards.</summary>
internal sealed class ThumbCollector
{
    private readonly Dictionary<string, int> userIndex = new(StringComparer.Ordinal);
    private readonly List<string> userKeys = [];
    private readonly Dictionary<PaperId, int> paperIndex = [];
    private readonly List<PaperId> papers = [];
    private readonly List<(int User, int Paper, bool Up)> thumbs = [];
    private UserRef? lastUser;
    private int lastUserIndex;

    /// <summary>People by their <see cref="RecommenderModel.UserKey"/>, in order of first appearance.</summary>
    public IReadOnlyList<string> UserKeys => userKeys;

    public IReadOnlyList<PaperId> Papers => papers;

    public IReadOnlyList<(int User, int Paper, bool Up)> Thumbs => thumbs;

    public void Add(UserThumb thumb)
    {
        // A store gives one person's thumbs together, so the person's key is made and looked up once, not per thumb.
        if (thumb.User != lastUser)
        {
            var key = RecommenderModel.UserKey(thumb.User);
            if (!userIndex.TryGetValue(key, out lastUserIndex))
            {
                userIndex[key] = lastUserIndex = userKeys.Count;
                userKeys.Add(key);
            }
            lastUser = thumb.User;
        }
        if (!paperIndex.TryGetValue(thumb.Paper, out var paper))
        {
            paperIndex[thumb.Paper] = paper = papers.Count;
            papers.Add(thumb.Paper);
        }
        thumbs.Add((lastUserIndex, paper, thumb.Thumb == Thumb.Up));
    }
}
