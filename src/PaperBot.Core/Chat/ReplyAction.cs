namespace PaperBot.Core.Chat;

/// <summary>A button under a card.</summary>
public sealed record ReplyAction(string Label, ActionId Id);
