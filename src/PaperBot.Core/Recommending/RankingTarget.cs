using PaperBot.Core.Users;

namespace PaperBot.Core.Recommending;

/// <summary>Whom a ranking is for: one person, or a group (a channel digest) whose members' thumbs are pooled.
/// A paper any member has rated is never recommended to the group.</summary>
public sealed record RankingTarget
{
    private RankingTarget(IReadOnlyList<UserRef> users) => Users = users;

    /// <summary>One or more distinct people; exactly one unless <see cref="IsGroup"/>.</summary>
    public IReadOnlyList<UserRef> Users { get; }

    public bool IsGroup => Users.Count > 1;

    public static RankingTarget User(UserRef user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new RankingTarget([user]);
    }

    public static RankingTarget Group(IEnumerable<UserRef> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var distinct = members.Distinct().ToList();
        if (distinct.Count == 0)
            throw new ArgumentException("A group needs at least one member.", nameof(members));
        return new RankingTarget(distinct);
    }

    public override string ToString() => string.Join(", ", Users);
}
