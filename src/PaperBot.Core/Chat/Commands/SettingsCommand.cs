using PaperBot.Core.Digests;

namespace PaperBot.Core.Chat.Commands;

public sealed class SettingsCommand(ISubscriptionStore subscriptions, TimeProvider time) : ICommand
{
    public static CommandDescriptor Definition { get; } = new("settings", "Show or change the digest settings",
        [.. SubscriptionArguments.Options, SubscriptionTargets.WhereOption], Defer: false);

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Reply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        if (!SubscriptionTargets.TryResolve(request, out var target, out var error))
            return Reply.Error(error);
        if (await subscriptions.FindAsync(target.Key, cancellationToken) is not { } current)
            return Reply.Message($"There is no digest for {(target.IsDirect ? "your DMs" : "this channel")} yet; {request.Facts.CommandName} subscribe starts one.", ephemeral: true);
        if (!SubscriptionArguments.Any(request.Args))
            return Reply.Message($"Digest: {SubscriptionArguments.Describe(current)}." + (current.IsPaused ? $" Paused: {current.PausedReason}." : ""), ephemeral: true);
        if (!SubscriptionTargets.TryResolveForChange(request, out _, out error))
            return Reply.Error(error);
        if (!SubscriptionArguments.TryApply(current, request.Args, time.GetUtcNow(), out var updated, out error))
            return Reply.Error(error);
        await subscriptions.SaveAsync(updated, cancellationToken);
        return Reply.Message($"Digest updated: {SubscriptionArguments.Describe(updated)}.", ephemeral: true);
    }
}
