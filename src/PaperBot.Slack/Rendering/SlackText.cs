using System.Text;

namespace PaperBot.Slack.Rendering;

/// <summary>Text for Slack's mrkdwn: only <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> are control characters, so escaping
/// them is what keeps <c>&lt;!channel&gt;</c> in a title shown and never fired; the core's <c>**bold**</c> marks become
/// Slack's <c>*bold*</c>.</summary>
internal static class SlackText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
            return text;
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => null,
            } ?? c.ToString());
        }
        return escaped.ToString();
    }

    /// <summary>Escaped, with the core's Markdown bold as Slack bold.</summary>
    public static string Mrkdwn(string text) => Escape(text).Replace("**", "*", StringComparison.Ordinal);

    /// <summary>A link Slack can show: absolute http(s), and nothing in it that ends Slack's <c>&lt;url|label&gt;</c> syntax.</summary>
    public static string? SafeLink(string? link) =>
        link is { Length: > 0 and <= 3000 } && Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && link.AsSpan().IndexOfAny("<>| \n") < 0
            ? link.Replace("&", "&amp;", StringComparison.Ordinal)
            : null;
}
