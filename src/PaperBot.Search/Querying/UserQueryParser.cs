using System.Globalization;

namespace PaperBot.Search.Querying;

/// <summary>Reads the query language of <c>/papers search</c>. It never fails: what it cannot read (an unclosed quote,
/// <c>year:abc</c>, a lone <c>author:</c>) is read as plain words or dropped, because the text comes from people.</summary>
internal static class UserQueryParser
{
    private const string AuthorPrefix = "author:";
    private const string AuthorsPrefix = "authors:";
    private const string YearPrefix = "year:";
    private const int MinYear = 1000;
    private const int MaxYear = 9999;

    public static UserQuery Parse(string text)
    {
        List<string> words = [], phrases = [], authors = [];
        List<YearRange> years = [];
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (text[i] == '"')
            {
                var (phrase, next) = Quoted(text, i);
                i = next;
                phrases.Add(phrase);
            }
            else if (StartsWith(text, i, AuthorPrefix) || StartsWith(text, i, AuthorsPrefix))
            {
                i = text.IndexOf(':', i) + 1;
                var (name, next) = i < text.Length && text[i] == '"' ? Quoted(text, i) : Word(text, i);
                i = next;
                if (!string.IsNullOrWhiteSpace(name))
                    authors.Add(name);
            }
            else if (StartsWith(text, i, YearPrefix))
            {
                var (value, next) = Word(text, i + YearPrefix.Length);
                i = next;
                if (TryParseYears(value, out var range))
                    years.Add(range);
            }
            else
            {
                var (word, next) = Word(text, i);
                i = next;
                // "field:value" for a field we don't know is read as its words, not as one odd token.
                words.Add(word.Replace(':', ' '));
            }
        }
        return new UserQuery(words, phrases, authors, years);
    }

    /// <summary>A year (<c>2023</c>) or a range (<c>2021..2023</c>, <c>2021-2023</c>, <c>2021..</c>, <c>..2023</c>).</summary>
    public static bool TryParseYears(string value, out YearRange range)
    {
        range = default;
        var separator = value.IndexOf("..", StringComparison.Ordinal);
        var separatorLength = 2;
        if (separator < 0)
        {
            separator = value.IndexOf('-', StringComparison.Ordinal);
            separatorLength = 1;
        }
        if (separator < 0)
        {
            if (!TryParseYear(value, out var year))
                return false;
            range = new YearRange(year, year);
            return true;
        }
        var fromText = value[..separator];
        var toText = value[(separator + separatorLength)..];
        int? from = null, to = null;
        if (fromText.Length > 0)
        {
            if (!TryParseYear(fromText, out var year))
                return false;
            from = year;
        }
        if (toText.Length > 0)
        {
            if (!TryParseYear(toText, out var year))
                return false;
            to = year;
        }
        if (from is null && to is null)
            return false;
        // A reversed range is what the person meant the other way round.
        range = from > to ? new YearRange(to, from) : new YearRange(from, to);
        return true;
    }

    private static bool TryParseYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= MinYear and <= MaxYear;

    private static bool StartsWith(string text, int at, string prefix) =>
        string.Compare(text, at, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>The text between the quote at <paramref name="at"/> and the next one; without a closing quote, the
    /// rest of the query.</summary>
    private static (string Text, int Next) Quoted(string text, int at)
    {
        var close = text.IndexOf('"', at + 1);
        return close < 0 ? (text[(at + 1)..], text.Length) : (text[(at + 1)..close], close + 1);
    }

    /// <summary>Up to the next white space or quote.</summary>
    private static (string Text, int Next) Word(string text, int at)
    {
        var end = at;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
            end++;
        return (text[at..end], end);
    }
}
