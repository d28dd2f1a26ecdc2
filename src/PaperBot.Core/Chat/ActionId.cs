using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;

namespace PaperBot.Core.Chat;

/// <summary>The id a platform carries back when a button is clicked: <c>pb1:rate:&lt;paper&gt;:up</c>.
/// Versioned so that buttons on old messages keep working after the format changes.</summary>
public readonly record struct ActionId(string Verb, PaperId Paper, string Argument)
{
    private const string Prefix = "pb1";

    public static ActionId Rate(PaperId paper, Thumb thumb) => new("rate", paper, thumb.Word());

    public override string ToString() => $"{Prefix}:{Verb}:{Paper.Value}:{Argument}";

    public static bool TryParse(string? text, out ActionId action)
    {
        action = default;
        // Legacy arXiv ids contain '/', never ':', so splitting on ':' is safe.
        var parts = text?.Split(':');
        if (parts is not [Prefix, var verb, var paper, var argument] || !PaperId.TryParse(paper, out var id))
            return false;
        action = new ActionId(verb, id, argument);
        return true;
    }
}
