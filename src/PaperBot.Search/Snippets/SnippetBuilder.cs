using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PaperBot.Search.Snippets;

/// <summary>Cuts a short piece of text around the densest cluster of matched words and marks them with <c>**</c>.
/// Words are found by analyzing the text with the index's analyzer, so "networks" is marked for the query term
/// "network" exactly when the index matched it.</summary>
internal sealed class SnippetBuilder(Analyzer analyzer, string field)
{
    public const int MaxLength = 200;
    public const string Mark = "**";
    public const char Ellipsis = '…';

    /// <summary>The share of spare room put before the first match, so the reader sees what leads up to it.</summary>
    private const int LeadShare = 3;

    /// <summary>The piece of <paramref name="text"/> with most distinct <paramref name="terms"/> in reach, or its start
    /// when none occurs in it.</summary>
    public string Build(string text, IReadOnlySet<string> terms)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var matches = terms.Count == 0 ? [] : Matches(text, terms);
        if (matches.Count == 0)
            return Render(text, 0, EndBefore(text, MaxLength, 0), []);

        var (first, last) = DensestWindow(matches);
        var spare = MaxLength - (matches[last].End - matches[first].Start);
        var start = StartAfter(text, matches[first].Start - (spare / LeadShare), matches[first].Start);
        var end = EndBefore(text, start + MaxLength, matches[last].End);
        return Render(text, start, end, matches.Where(m => m.Start >= start && m.End <= end).ToList());
    }

    private List<Match> Matches(string text, IReadOnlySet<string> terms)
    {
        // Terms are looked up by their characters, so the few hundred tokens of an abstract make no strings.
        var lookup = (terms as HashSet<string> ?? new HashSet<string>(terms, StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
        var matches = new List<Match>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (lookup.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var value))
                matches.Add(new Match(offset.StartOffset, offset.EndOffset, value));
        }
        stream.End();
        return matches;
    }

    /// <summary>The run of matches fitting in <c>MaxLength</c> with most distinct terms, then most matches, then
    /// earliest. Abstracts hold a few dozen matches at most, so the quadratic scan is cheap.</summary>
    private static (int First, int Last) DensestWindow(List<Match> matches)
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
    private static string Render(string text, int start, int end, List<Match> matches)
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

    private readonly record struct Match(int Start, int End, string Term);
}
