using System.Text;

namespace PaperBot.Ingestion;

/// <summary>Feeds wrap long titles and abstracts over several indented lines; a catalogue wants one line of text.</summary>
internal static class TextFolding
{
    /// <summary>Every run of white space becomes one space; the ends are trimmed.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
                builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
