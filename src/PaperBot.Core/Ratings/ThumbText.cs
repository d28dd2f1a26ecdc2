namespace PaperBot.Core.Ratings;

public static class ThumbText
{
    /// <summary>Reads <c>up</c>/<c>down</c>, <c>+1</c>/<c>-1</c>, 👍/👎 and their common spellings.</summary>
    public static bool TryParse(string? text, out Thumb thumb)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "up" or "+1" or "+" or "👍" or "thumbsup" or "+1:" or ":+1:" or ":thumbsup:" or "like":
                thumb = Thumb.Up;
                return true;
            case "down" or "-1" or "-" or "👎" or "thumbsdown" or ":-1:" or ":thumbsdown:" or "dislike":
                thumb = Thumb.Down;
                return true;
            default:
                thumb = default;
                return false;
        }
    }

    public static string Emoji(this Thumb thumb) => thumb == Thumb.Up ? "👍" : "👎";

    public static string Word(this Thumb thumb) => thumb == Thumb.Up ? "up" : "down";
}
