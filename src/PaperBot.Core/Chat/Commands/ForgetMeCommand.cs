using PaperBot.Core.Digests;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;

namespace PaperBot.Core.Chat.Commands;

/// <summary>Deletes a person's ratings, subscriptions, place in channel audiences and identity, after they confirm.</summary>
public sealed class ForgetMeCommand(IRatingStore ratings, ISubscriptionStore subscriptions, IDigestLedger ledger, IChannelAudience audience, IdentityBook identities) : ICommand
{
    public static CommandDescriptor Definition { get; } = new("forget-me", "Delete your ratings, subscriptions and identity",
        [CommandOption.Choice("confirm", "yes, to really delete", "yes")], Defer: false);

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Reply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        var thumbs = await ratings.ForUserAsync(request.User, cancellationToken);
        var digests = (await subscriptions.ForUserAsync(request.User, cancellationToken)).Where(s => s.Target.Person == request.User || s.Owner == request.User).ToList();
        if (!string.Equals(request.Args["confirm"], "yes", StringComparison.OrdinalIgnoreCase))
        {
            return Reply.Message($"This deletes your {thumbs.Count} ratings, your DM digest, your place in channel audiences and your identity; " +
                "channel digests you set up stay for the channel. " +
                $"{request.Facts.CommandName} export first if you want a copy. To go ahead: {request.Facts.CommandName} forget-me confirm:yes", ephemeral: true);
        }
        var deleted = await ratings.DeleteUserAsync(request.User, cancellationToken);
        foreach (var digest in digests.Where(d => d.Target.IsDirect))
        {
            await subscriptions.DeleteAsync(digest.Id, cancellationToken);
            await ledger.ForgetTargetAsync(digest.Id, cancellationToken);
        }
        var channels = await audience.ForgetAsync(request.User, cancellationToken);
        await identities.ForgetAsync(request.User, cancellationToken);
        return Reply.Message($"Done: deleted {deleted} ratings, {digests.Count(d => d.Target.IsDirect)} DM digest, your place in {channels} channel audiences " +
            "and your identity.", ephemeral: true);
    }
}
