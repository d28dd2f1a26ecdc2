using PaperBot.Core.Chat;

namespace PaperBot.Core.Digests;

/// <summary>Which digest a command means: the channel it was typed in, or the requester's DM digest (in a DM, or with <c>where:dm</c>).</summary>
public static class SubscriptionTargets
{
    public static CommandOption WhereOption { get; } = CommandOption.Choice("where", "dm for your personal digest; the channel otherwise", "dm", "channel");

    public static bool TryResolve(CommandRequest request, out DigestTarget target, out string error)
    {
        error = "";
        var where = request.Args["where"]?.ToLowerInvariant();
        if (where is not (null or "dm" or "channel"))
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

    /// <summary>Resolves the target of a change; changing a channel's digest is for members the platform lets manage the channel.</summary>
    public static bool TryResolveForChange(CommandRequest request, out DigestTarget target, out string error)
    {
        if (!TryResolve(request, out target, out error))
            return false;
        if (target.IsDirect || request.Facts.CanManageChannel)
            return true;
        error = "Only members who can manage this channel can change its digest. For your own digest, add where:dm.";
        return false;
    }
}
