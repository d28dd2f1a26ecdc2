namespace PaperBot.Core.Chat.Inbound;

/// <summary>What an adapter hands the core: typed, never a re-encoded string of the platform's payload.</summary>
public abstract record InboundEvent(Requester Requester, Conversation Conversation);

/// <summary>A command whose options the platform already separated (Discord's slash-command options).</summary>
public sealed record CommandInvoked(Requester Requester, Conversation Conversation, string Command, CommandArgs Args)
    : InboundEvent(Requester, Conversation);

/// <summary>A command as typed after the command's own name, e.g. <c>search "graph neural" top:3</c>: Slack's
/// <c>/papers …</c> text (whatever the slash command is called) or a terminal line.</summary>
public sealed record CommandTyped(Requester Requester, Conversation Conversation, string Text)
    : InboundEvent(Requester, Conversation);

/// <summary>A button under a card was clicked; <paramref name="ActionId"/> is what the button carried.</summary>
/// <param name="Message">The message the button is on, when the platform says.</param>
public sealed record ButtonClicked(Requester Requester, Conversation Conversation, string ActionId, MessageRef? Message)
    : InboundEvent(Requester, Conversation);

/// <summary>A reaction was added to or removed from a message. <paramref name="Emoji"/> is the platform's name for it
/// (👍🏽, <c>+1::skin-tone-3</c>); the core decides whether it is a thumb.</summary>
public sealed record ReactionChanged(Requester Requester, Conversation Conversation, MessageRef Message, string Emoji, bool Added)
    : InboundEvent(Requester, Conversation);
