using PaperBot.Core.Digests;

namespace PaperBot.Core.Chat.Commands;

public sealed class SubscribeCommand(ISubscriptionStore subscriptions, TimeProvider time) : ICommand
{
    public static CommandDescriptor Definition { get; } = new("subscribe", "Get a daily digest here, or in your DMs with where:dm",
        [.. SubscriptionArguments.Options, SubscriptionTargets.WhereOption], Defer: false);

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Reply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        if (!SubscriptionTargets.TryResolveForChange(request, out var target, out var error))
            return Reply.Error(error);

        var now = time.GetUtcNow();
        var existing = await subscriptions.FindAsync(target.Key, cancellationToken);
        var start = existing ?? AdHocDigests.For(target, request.User, request.Facts.TimeZone, now);
        if (!SubscriptionArguments.TryApply(start, request.Args, now, out var subscription, out error))
            return Reply.Error(error);
        // Subscribing again also resumes a paused digest.
        subscription = subscription with { PausedReason = null, NextDue = subscription.IsPaused ? subscription.Schedule.NextAfter(now) : subscription.NextDue };
        await subscriptions.SaveAsync(subscription, cancellationToken);

        var where = target.IsDirect ? "your DMs" : "this channel";
        return Reply.Message(
            $"{(existing is null ? "Subscribed" : "Updated the digest of")} {where}: {SubscriptionArguments.Describe(subscription)}. " +
            $"Next digest {subscription.Schedule.Format(subscription.NextDue)}. Change it with {request.Facts.CommandName} settings, stop it with {request.Facts.CommandName} unsubscribe.",
            ephemeral: true);
    }
}
