using PaperBot.Core.Digests;
using PaperBot.Core.Papers;

namespace PaperBot.Core.Chat.Commands;

public sealed class DigestCommand(ISubscriptionStore subscriptions, DigestCandidates candidates, DigestComposer composer, TimeProvider time) : ICommand
{
    public static CommandDescriptor Definition { get; } = new("digest", "Preview the digest as it would be now (only you see it)",
        [SubscriptionTargets.WhereOption]);

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Reply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        if (!SubscriptionTargets.TryResolve(request, out var target, out var error))
            return Reply.Error(error);
        var now = time.GetUtcNow();
        var subscription = await subscriptions.FindAsync(target.Key, cancellationToken) ?? AdHocDigests.For(target, request.User, request.Facts.TimeZone, now);
        var digest = await composer.ComposeAsync(subscription, candidates, now, cancellationToken);
        var cards = digest.Parts.Where(p => p.Card is not null).Select(p => p.Card!).ToList();
        var header = digest.Parts.Count > 0 ? digest.Parts[0].Text : "Nothing new.";
        return Reply.WithCards($"Preview — {header}", cards, ephemeral: true);
    }
}
