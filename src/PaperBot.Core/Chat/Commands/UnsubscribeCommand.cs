using PaperBot.Core.Digests;

namespace PaperBot.Core.Chat.Commands;

public sealed class UnsubscribeCommand(ISubscriptionStore subscriptions) : ICommand
{
    public static CommandDescriptor Definition { get; } = new("unsubscribe", "Stop the digest here, or your DM digest with where:dm",
        [SubscriptionTargets.WhereOption], Defer: false);

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Reply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        if (!SubscriptionTargets.TryResolveForChange(request, out var target, out var error))
            return Reply.Error(error);
        return await subscriptions.DeleteAsync(target.Key, cancellationToken)
            ? Reply.Message("Unsubscribed. Papers already sent stay remembered, so subscribing again never repeats them.", ephemeral: true)
            : Reply.Message($"There was no digest for {(target.IsDirect ? "your DMs" : "this channel")}.", ephemeral: true);
    }
}
