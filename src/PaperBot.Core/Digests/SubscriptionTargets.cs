using PaperBot.Core.Chat;

namespace PaperBot.Core.Digests;

/// <summary>Which digest a command means: the channel it was typed in, or the requester's DM digest (in a DM, or with <c>where:dm</c>).</summary>
public static class SubscriptionTargets
{
    public static CommandOption WhereOption { get; } = new("where", "dm for your personal digest; the channel otherwise");

    public static bool TryResolve(CommandRequest request, out DigestTarget target, out string error)
    {
        error = "";
        var where = request.Args["where"]?.ToLowerInvariant();
        if (where is not (null or "dm" or "channel" or "here"))
        {
            target = null!;
            error = $"where must be dm or channel, not `{where}`.";
            return false;
        }
        var conversation = request.Conversation;
        target = conversation.IsDirect || where == "dm"
            ? DigestTarget.Direct(request.User, conversation.IsDirect ? conversation.ChannelId : "")
            : DigestTarget.Channel(conversation.Platform, conversation.Workspace, conversation.ChannelId);
        return true;
    }

    /// <summary>Changing a channel's digest is for members the platform lets manage the channel.</summary>
    public static string? RefuseChannelChange(CommandRequest request, DigestTarget target) =>
        target.IsDirect || request.Facts.CanManageChannel
            ? null
            : "Only members who can manage this channel can change its digest. For your own digest, add where:dm.";
}
