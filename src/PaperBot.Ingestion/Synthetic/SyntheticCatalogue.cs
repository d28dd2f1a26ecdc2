using System.Globalization;
using System.Text;
using PaperBot.Core.Papers;

namespace PaperBot.Ingestion.Synthetic;

/// <summary>
/// A deterministic catalogue of made-up papers for benchmarks and evaluations: the same count and seed always give
/// the same papers, and a longer catalogue starts with the papers of a shorter one. Lengths follow real listings
/// (titles of 8-14 words, abstracts of 150-250 words, 2-8 authors, 1-3 arXiv categories) and each paper is written
/// from one of twenty topical vocabularies, so topics exist to be found.
/// </summary>
public static class SyntheticCatalogue
{
    public const string Source = "synthetic";

    /// <summary>The share of an abstract's words drawn from its topic; the rest are common words.</summary>
    private const double TopicalShare = 0.35;
    private const int PapersPerMonth = 99_999;
    private const int AuthorsPerTopic = 40;

    public static int TopicCount => SyntheticVocabulary.Topics.Count;

    public static string TopicName(int topic) => SyntheticVocabulary.Topics[topic].Name;

    public static IReadOnlyList<SyntheticPaper> Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return [.. Stream(count, seed)];
    }

    /// <summary>The papers of <see cref="Generate"/> one at a time, for catalogues too large to hold (a snapshot file of a million).</summary>
    public static IEnumerable<SyntheticPaper> Stream(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var text = new StringBuilder(2048);
        for (var i = 0; i < count; i++)
        {
            var topicIndex = random.Next(TopicCount);
            var topic = SyntheticVocabulary.Topics[topicIndex];
            var arxivId = ArxivIdFor(i, out var month);
            var published = month.AddDays(random.Next(28));
            var paper = new Paper(
                PaperId.FromArxiv(arxivId),
                Title(random, topic, text),
                Abstract(random, topic, text),
                Authors(random, topicIndex),
                Categories(random, topic),
                published,
                PaperLinks.ForArxiv(arxivId),
                [Source],
                new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                random.Next(5) == 0 ? (int)(Math.Pow(random.NextDouble(), 3) * 300) : null);
            yield return new SyntheticPaper(paper, topicIndex);
        }
    }

    /// <summary><c>2401.00001</c>, <c>2401.00002</c>, ..., then on into the next month, as arXiv numbers them.</summary>
    internal static string ArxivIdFor(int index, out DateOnly month)
    {
        month = new DateOnly(2024, 1, 1).AddMonths(index / PapersPerMonth);
        var number = (index % PapersPerMonth) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{month.Year % 100:00}{month.Month:00}.{number:00000}");
    }

    private static string Title(Random random, SyntheticTopic topic, StringBuilder text)
    {
        text.Clear();
        var words = random.Next(8, 15);
        for (var w = 0; w < words; w++)
        {
            if (w > 0)
                text.Append(' ');
            // Every fourth word or so is glue ("for", "via"), lower case as in real titles; the rest are topical.
            if (w > 0 && w < words - 1 && random.Next(4) == 0)
                text.Append(Pick(random, SyntheticVocabulary.TitleGlue));
            else
                AppendCapitalised(text, Pick(random, random.NextDouble() < 0.7 ? topic.Words : SyntheticVocabulary.Common));
        }
        return text.ToString();
    }

    private static string Abstract(Random random, SyntheticTopic topic, StringBuilder text)
    {
        text.Clear();
        var remaining = random.Next(150, 251);
        while (remaining > 0)
        {
            var sentence = Math.Min(remaining, random.Next(12, 26));
            for (var w = 0; w < sentence; w++)
            {
                if (text.Length > 0)
                    text.Append(' ');
                var word = Pick(random, random.NextDouble() < TopicalShare ? topic.Words : SyntheticVocabulary.Common);
                if (w == 0)
                    AppendCapitalised(text, word);
                else
                    text.Append(word);
            }
            text.Append('.');
            remaining -= sentence;
        }
        return text.ToString();
    }

    /// <summary>Most authors write within one topic, as research groups do; a few cross over.</summary>
    private static string[] Authors(Random random, int topic)
    {
        var count = random.Next(2, 9);
        var authors = new List<string>(count);
        while (authors.Count < count)
        {
            var home = random.Next(10) < 8 ? topic : random.Next(TopicCount);
            var person = (home * AuthorsPerTopic) + random.Next(AuthorsPerTopic);
            var first = SyntheticVocabulary.FirstNames[person % SyntheticVocabulary.FirstNames.Count];
            var last = SyntheticVocabulary.LastNames[(person / SyntheticVocabulary.FirstNames.Count + person * 7) % SyntheticVocabulary.LastNames.Count];
            var name = $"{first} {last}";
            if (!authors.Contains(name, StringComparer.Ordinal))
                authors.Add(name);
        }
        return [.. authors];
    }

    private static string[] Categories(Random random, SyntheticTopic topic)
    {
        var count = Math.Min(topic.Categories.Count, random.Next(1, 4));
        return [.. topic.Categories.Take(count)];
    }

    private static string Pick(Random random, IReadOnlyList<string> words) => words[random.Next(words.Count)];

    private static void AppendCapitalised(StringBuilder text, string word) =>
        text.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
}
