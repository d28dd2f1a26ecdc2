using System.Globalization;
using System.Text;

namespace PaperBot.Core.Papers;

/// <summary>The normalised form of a title, used to recognise one paper across sources that format it differently.</summary>
public static class PaperTitle
{
    /// <summary>Lower case, accents folded, every run of non letters-or-digits made one space, trimmed.</summary>
    public static string Key(string title)
    {
        var decomposed = title.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                    builder.Append(' ');
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }
}
