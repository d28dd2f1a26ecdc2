using Microsoft.Extensions.Logging;
using PaperBot.Core.Chat.Inbound;
using PaperBot.Core.Digests;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;

namespace PaperBot.Core.Chat;

/// <summary>The one entry point of every platform: typed inbound events in, neutral replies out. Identity bookkeeping,
/// rating, withdrawing and channel audiences happen here, the same for the terminal, Discord and Slack.</summary>
public sealed class CommandRouter
{
    private readonly Dictionary<string, ICommand> commands;
    private readonly RatingService ratings;
    private readonly IChannelAudience audience;
    private readonly IDigestLedger ledger;
    private readonly IdentityBook identities;
    private readonly TimeProvider time;
    private readonly ILogger<CommandRouter> logger;

    public CommandRouter(IEnumerable<ICommand> commands, RatingService ratings, IChannelAudience audience, IDigestLedger ledger,
        IdentityBook identities, TimeProvider time, ILogger<CommandRouter> logger)
    {
        this.commands = commands.ToDictionary(c => c.Descriptor.Name, StringComparer.OrdinalIgnoreCase);
        this.ratings = ratings;
        this.audience = audience;
        this.ledger = ledger;
        this.identities = identities;
        this.time = time;
        this.logger = logger;
    }

    public IReadOnlyList<CommandDescriptor> Descriptors => commands.Values.Select(c => c.Descriptor).OrderBy(d => d.Name, StringComparer.Ordinal).ToList();

    public CommandDescriptor? Find(string name) => commands.TryGetValue(name, out var command) ? command.Descriptor : null;

    /// <summary>Handles one event and returns the reply for the requester (<see cref="Reply.Nothing"/> for a reaction,
    /// which has no place to answer in).</summary>
    public async ValueTask<Reply> HandleAsync(InboundEvent inbound, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        switch (inbound)
        {
            case CommandInvoked invoked:
            {
                var requester = await identities.TouchAsync(invoked.Requester, cancellationToken);
                return await DispatchAsync(new CommandRequest(requester.User, invoked.Conversation, invoked.Command, invoked.Args, requester.Facts), cancellationToken);
            }
            case CommandTyped typed:
                return await TypedAsync(await identities.TouchAsync(typed.Requester, cancellationToken), typed, cancellationToken);
            case ButtonClicked clicked:
            {
                var reply = ActionId.TryParse(clicked.ActionId, out var action)
                    ? await RateAsync(clicked.Requester.User, clicked.Conversation, action, RatingSources.Button, cancellationToken)
                    : Reply.Error("That button is no longer supported.");
                // A thumb needs no time zone: it is stored first, and the person recorded after it.
                await identities.TouchAsync(clicked.Requester, cancellationToken);
                return reply;
            }
            case ReactionChanged reaction:
            {
                var reply = await ReactAsync(reaction.Requester.User, reaction, cancellationToken);
                await identities.TouchAsync(reaction.Requester, cancellationToken);
                return reply;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(inbound), inbound.GetType().Name, "not an event the core knows");
        }
    }

    /// <summary>Rates the paper an action names, in the conversation where its card was. A thumb given in a channel also
    /// makes the person part of that channel's audience, for whom its digest is ranked.</summary>
    public async ValueTask<Reply> RateAsync(UserRef user, Conversation conversation, ActionId action, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (action.Verb != "rate" || !ThumbText.TryParse(action.Argument, out var thumb))
            return Reply.Error("That button is no longer supported.");
        var paper = await ratings.RecordAsync(user, action.Paper, thumb, source, cancellationToken);
        if (paper is null)
            return Reply.Error($"Paper {action.Paper} is not in the catalogue any more.");
        await JoinAudienceAsync(user, conversation, cancellationToken);
        return Reply.Message($"{thumb.Emoji()} noted for “{paper.Title}”.", ephemeral: true);
    }

    private ValueTask<Reply> TypedAsync(Requester requester, CommandTyped typed, CancellationToken cancellationToken)
    {
        var (name, words) = CommandLine.Read(typed.Text);
        if (!commands.TryGetValue(name, out var command))
            return ValueTask.FromResult(Unknown(name, requester.Facts.CommandName));
        if (!CommandLine.TryBind(command.Descriptor, words, requester.Facts.CommandName, out var args, out var error))
            return ValueTask.FromResult(Reply.Error(error));
        return DispatchAsync(new CommandRequest(requester.User, typed.Conversation, name, args, requester.Facts), cancellationToken);
    }

    private async ValueTask<Reply> DispatchAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        if (!commands.TryGetValue(request.Command, out var command))
            return Unknown(request.Command, request.Facts.CommandName);
        if (command.Descriptor.Check(request.Args, request.Facts.CommandName) is { } problem)
            return Reply.Error(problem);
        try
        {
            return await command.ExecuteAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The person gets a short apology; the details go to the operator's log.
            logger.LogError(ex, "Command {Command} failed for {User}", request.Command, request.User);
            return Reply.Error($"Sorry, `{request.Command}` failed on our side. The error was logged.");
        }
    }

    /// <summary>A 👍/👎 on a message that shows one paper rates it; taking the reaction back withdraws that thumb (and
    /// only that one: a 👎 given since stays). Other reactions, and messages that show no single paper, are ignored.</summary>
    private async ValueTask<Reply> ReactAsync(UserRef user, ReactionChanged reaction, CancellationToken cancellationToken)
    {
        if (!ThumbReaction.TryParse(reaction.Emoji, out var thumb) || await ledger.PaperForMessageAsync(reaction.Message, cancellationToken) is not { } paper)
            return Reply.Nothing;
        if (reaction.Added)
            return await RateAsync(user, reaction.Conversation, ActionId.Rate(paper, thumb), RatingSources.Reaction, cancellationToken);
        return await ratings.WithdrawAsync(user, paper, thumb, cancellationToken)
            ? Reply.Message($"Took back your {thumb.Emoji()}.", ephemeral: true)
            : Reply.Nothing;
    }

    private async Task JoinAudienceAsync(UserRef user, Conversation conversation, CancellationToken cancellationToken)
    {
        if (conversation.IsDirect)
            return;
        var channel = DigestTarget.Channel(conversation.Platform, conversation.Workspace, conversation.ChannelId);
        await audience.RecordAsync(channel, user, time.GetUtcNow(), cancellationToken);
    }

    private Reply Unknown(string name, string commandName) =>
        Reply.Error($"There is no `{commandName} {name}`. Commands: {string.Join(", ", commands.Keys.Order(StringComparer.Ordinal))}. Try `{commandName} help`.");
}
