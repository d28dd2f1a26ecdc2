using PaperBot.Core.Papers;

namespace PaperBot.Recommender.Ranking;

/// <summary>What is known of the target right now: its thumbs (pooled over a group's members) as catalogue
/// indices, every paper it rated (never to be recommended), and its members' indices in the model.</summary>
/// <param name="Key">Seeds sampling, so the same target gets the same ranking.</param>
/// <param name="ModelUsers">Members the model was trained with.</param>
/// <param name="IsGroup">Reasons then speak of "the channel" rather than "you".</param>
internal sealed record TargetEvidence(
    string Key,
    IReadOnlyList<int> Likes,
    IReadOnlyList<int> Dislikes,
    IReadOnlySet<PaperId> Rated,
    IReadOnlyList<int> ModelUsers,
    bool IsGroup)
{
    public int Thumbs => Likes.Count + Dislikes.Count;
}
