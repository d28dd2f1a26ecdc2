using System.Text.RegularExpressions;

namespace PaperBot.Slack.Events;

/// <summary>Reads a slash command's <c>text</c> as typed: Slack sends <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped and
/// turns channels, people and links into <c>&lt;…&gt;</c> references. Channels become <c>#name</c> (or <c>#C123</c> with no
/// name), people <c>@name</c> or <c>@U123</c>, links their URL; smart quotes are left to the core.</summary>
internal static partial class SlashText
{
    public static string Decode(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var decoded = Reference().Replace(text, match =>
        {
            var target = match.Groups["target"].Value;
            var label = match.Groups["label"].Success ? match.Groups["label"].Value : null;
            return target[0] switch
            {
                '#' => "#" + (label ?? target[1..]),
                '@' => "@" + (label ?? target[1..]),
                '!' => label ?? "@" + target[1..].Split('^')[0],
                _ when target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) => label ?? target["mailto:".Length..],
                _ => target,
            };
        });
        // &amp; last, so that "&amp;lt;" (a typed "&lt;") stays "&lt;".
        return decoded.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal).Trim();
    }

    [GeneratedRegex(@"<(?<target>[^<>|]+)(?:\|(?<label>[^<>]*))?>", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
