namespace PaperBot.Core.Chat;

/// <summary>A platform-neutral answer: a line of text, cards, and whether only the requester should see it.</summary>
public sealed record Reply(string Text, IReadOnlyList<PaperCard> Cards, bool Ephemeral, bool IsError, ReplyFile? File = null)
{
    public static Reply Message(string text, bool ephemeral = false) => new(text, [], ephemeral, false);

    /// <summary>Nothing to show: what an event with no answer (an unrelated reaction) gives.</summary>
    public static Reply Nothing { get; } = new("", [], true, false);

    public bool IsNothing => Text.Length == 0 && Cards.Count == 0 && File is null;

    /// <summary>A mistake of the requester's: shown only to them.</summary>
    public static Reply Error(string text) => new(text, [], true, true);

    public static Reply WithFile(string text, ReplyFile file) => new(text, [], true, false, file);

    public static Reply WithCards(string text, IReadOnlyList<PaperCard> cards, bool ephemeral = false) => new(text, cards, ephemeral, false);
}
