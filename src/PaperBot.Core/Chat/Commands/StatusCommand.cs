using System.Globalization;
using System.Text;
using PaperBot.Core.Digests;

namespace PaperBot.Core.Chat.Commands;

public sealed class StatusCommand(ISubscriptionStore subscriptions, IFeedStatus feeds) : ICommand
{
    public static CommandDescriptor Definition { get; } = new("status", "Ingestion, the next digest, the last delivery, and why one was skipped",
        [SubscriptionTargets.WhereOption], Defer: false);

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Reply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        if (!SubscriptionTargets.TryResolve(request, out var target, out var error))
            return Reply.Error(error);
        var text = new StringBuilder("PaperBot status\n");
        foreach (var line in await feeds.DescribeAsync(cancellationToken))
            text.Append("• ").AppendLine(line);

        if (await subscriptions.FindAsync(target.Key, cancellationToken) is not { } subscription)
        {
            text.Append(CultureInfo.InvariantCulture, $"• No digest for {(target.IsDirect ? "your DMs" : "this channel")}; {request.Facts.CommandName} subscribe starts one.");
            return Reply.Message(text.ToString(), ephemeral: true);
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"• Digest: {SubscriptionArguments.Describe(subscription)}");
        text.AppendLine(subscription.IsPaused ? $"• Paused: {subscription.PausedReason}. {request.Facts.CommandName} subscribe resumes it." : $"• Next digest: {subscription.Schedule.Format(subscription.NextDue)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"• Last digest: {(subscription.LastDigestAt is { } last ? subscription.Schedule.Format(last) : "none yet")}");
        text.Append(CultureInfo.InvariantCulture, $"• Last due time: {subscription.LastOutcome ?? "not reached yet"}");
        return Reply.Message(text.ToString(), ephemeral: true);
    }
}
