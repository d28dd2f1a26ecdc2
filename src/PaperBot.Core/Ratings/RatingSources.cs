namespace PaperBot.Core.Ratings;

/// <summary>How a thumb arrived, as <c>paperbot ratings list</c> shows it.</summary>
public static class RatingSources
{
    /// <summary>A 👍/👎 button under a card.</summary>
    public const string Button = "button";

    /// <summary>A 👍/👎 reaction on a message that shows one paper.</summary>
    public const string Reaction = "reaction";

    /// <summary>Typed: <c>+1 N</c> in the terminal chat, or <c>paperbot rate</c>.</summary>
    public const string Command = "command";

    /// <summary><c>paperbot ratings import</c>.</summary>
    public const string Import = "import";
}
