using System.Text;

namespace PaperBot.Core.Ratings;

/// <summary>Reads a reaction as a thumb, as each platform names it: Discord's 👍 with or without a skin tone or the
/// emoji presentation selector (U+FE0F), Slack's <c>+1</c>, <c>thumbsup</c>, <c>-1</c>, <c>thumbsdown</c> with an
/// optional <c>::skin-tone-N</c>.</summary>
public static class ThumbReaction
{
    public static bool TryParse(string? emoji, out Thumb thumb)
    {
        thumb = default;
        if (string.IsNullOrEmpty(emoji))
            return false;
        var name = emoji.Trim().Trim(':');
        var tone = name.IndexOf("::skin-tone-", StringComparison.Ordinal);
        if (tone > 0)
            name = name[..tone];
        switch (WithoutModifiers(name))
        {
            case "👍" or "+1" or "thumbsup" or "thumbs_up":
                thumb = Thumb.Up;
                return true;
            case "👎" or "-1" or "thumbsdown" or "thumbs_down":
                thumb = Thumb.Down;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Drops skin-tone modifiers (U+1F3FB–U+1F3FF) and variation selectors, so 👍🏾 and 👍️ read as 👍.</summary>
    private static string WithoutModifiers(string name)
    {
        var kept = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (rune.Value is (>= 0x1F3FB and <= 0x1F3FF) or 0xFE0F or 0xFE0E)
                continue;
            kept.Append(rune.ToString());
        }
        return kept.ToString();
    }
}
