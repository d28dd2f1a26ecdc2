using System.Text;

namespace PaperBot.Search.Snippets;

/// <summary>Cuts a short piece of text around the densest cluster of matched words and marks them with <c>**</c>.
/// The matches come from the index (<see cref="IndexedMatches"/>), so "networks" is marked for the query term
/// "network" exactly when the index matched it.</summary>
internal static class SnippetBuilder
{
    public const int MaxLength = 200;
    public const string Mark = "**";
    public const char Ellipsis = '…';

    /// <summary>The share of spare room put before the first match, so the reader sees what leads up to it.</summary>
    private const int LeadShare = 3;

    /// <summary>The piece of <paramref name="text"/> with most distinct matched terms in reach, or its start when
    /// nothing matched.</summary>
    /// <param name="found">The matches in text order; those past the text's end (of an abstract shown cut) are left out.</param>
    public static string Build(string text, IReadOnlyList<TextMatch> found)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var matches = found.Where(m => m.End <= text.Length).ToList();
        if (matches.Count == 0)
            return Render(text, 0, EndBefore(text, MaxLength, 0), []);

        var (first, last) = DensestWindow(matches);
        var spare = MaxLength - (matches[last].End - matches[first].Start);
        var start = StartAfter(text, matches[first].Start - (spare / LeadShare), matches[first].Start);
        var end = EndBefore(text, start + MaxLength, matches[last].End);
        return Render(text, start, end, matches.Where(m => m.Start >= start && m.End <= end).ToList());
    }

    /// <summary>The run of matches fitting in <c>MaxLength</c> with most distinct terms, then most matches, then
    /// earliest. Abstracts hold a few dozen matches at most, so the quadratic scan is cheap.</summary>
    private static (int First, int Last) DensestWindow(List<TextMatch> matches)
    {
        var best = (First: 0, Last: 0, Distinct: 0, Count: 0);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var first = 0; first < matches.Count; first++)
        {
            distinct.Clear();
            var last = first;
            for (var i = first; i < matches.Count && matches[i].End - matches[first].Start <= MaxLength; i++)
            {
                distinct.Add(matches[i].Term);
                last = i;
            }
            var count = last - first + 1;
            if (distinct.Count > best.Distinct || (distinct.Count == best.Distinct && count > best.Count))
                best = (first, last, distinct.Count, count);
        }
        return (best.First, best.Last);
    }

    /// <summary>The start of the first word at or after <paramref name="wanted"/>, but no later than
    /// <paramref name="latest"/>; the text's start when that is near.</summary>
    private static int StartAfter(string text, int wanted, int latest)
    {
        if (wanted <= 0)
            return 0;
        var start = wanted;
        while (start < latest && !char.IsWhiteSpace(text[start - 1]))
            start++;
        while (start < latest && char.IsWhiteSpace(text[start]))
            start++;
        return start;
    }

    /// <summary>The end of the last word ending at or before <paramref name="wanted"/>, but no earlier than
    /// <paramref name="earliest"/>.</summary>
    private static int EndBefore(string text, int wanted, int earliest)
    {
        if (wanted >= text.Length)
            return text.Length;
        var end = wanted;
        while (end > earliest && !char.IsWhiteSpace(text[end]))
            end--;
        // A single word longer than the snippet is cut rather than dropped.
        return end == 0 ? wanted : end;
    }

    /// <summary>Text from <paramref name="start"/> to <paramref name="end"/> on one line, matches marked, an ellipsis
    /// where text was cut.</summary>
    private static string Render(string text, int start, int end, List<TextMatch> matches)
    {
        var builder = new StringBuilder(end - start + (matches.Count * 2 * Mark.Length) + 2);
        if (start > 0)
            builder.Append(Ellipsis);
        var next = 0;
        for (var i = start; i < end; i++)
        {
            if (next < matches.Count && i == matches[next].Start)
                builder.Append(Mark);
            if (char.IsWhiteSpace(text[i]))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                    builder.Append(' ');
            }
            else
            {
                builder.Append(text[i]);
            }
            if (next < matches.Count && i + 1 == matches[next].End)
            {
                builder.Append(Mark);
                next++;
            }
        }
        var snippet = builder.ToString().TrimEnd();
        return end < text.Length ? snippet + Ellipsis : snippet;
    }
}
