using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PaperBot.Core.Papers;
using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Evaluation;

/// <summary>
/// arxiv-sanity-lite's features (<c>compute.py</c>): scikit-learn's <c>TfidfVectorizer</c> over title, abstract and
/// author names, with its settings: accents stripped, lower case, English stop words, tokens
/// <c>\b[a-zA-Z_][a-zA-Z0-9_]+\b</c>, words and two-word phrases, at most 10,000 features (most frequent), min_df 5,
/// max_df 0.5, sublinear tf, smoothed idf, unit length. Its own vocabulary, not PaperBot's.
/// </summary>
internal static partial class ArxivSanityTfidf
{
    private const int MaxFeatures = 10_000;
    private const int MinDf = 5;
    private const double MaxDf = 0.5;

    public static (SparseVector[] Vectors, int Dimensions) Vectorize(IReadOnlyList<Paper> papers)
    {
        var documents = papers.Select(p => Terms(string.Join(' ', [p.Title, p.Abstract, .. p.Authors]))).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var (term, count) in document)
            {
                df[term] = df.GetValueOrDefault(term) + 1;
                counts[term] = counts.GetValueOrDefault(term) + count;
            }
        }
        var maxDocs = MaxDf * papers.Count;
        // scikit-learn keeps the most frequent terms over the corpus, ties broken by the term's alphabetical order.
        var vocabulary = df.Where(t => t.Value >= MinDf && t.Value <= maxDocs).Select(t => t.Key)
            .OrderByDescending(t => counts[t]).ThenBy(t => t, StringComparer.Ordinal).Take(MaxFeatures)
            .Order(StringComparer.Ordinal).Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var idf = vocabulary.ToDictionary(t => t.Key, t => Math.Log((1.0 + papers.Count) / (1.0 + df[t.Key])) + 1, StringComparer.Ordinal);
        var vectors = documents.Select(document => SparseVector.Normalized(
            [.. document.Where(t => vocabulary.ContainsKey(t.Key)).Select(t => (vocabulary[t.Key], (float)((1 + Math.Log(t.Value)) * idf[t.Key])))])).ToArray();
        return (vectors, Math.Max(1, vocabulary.Count));
    }

    /// <summary>Word and two-word-phrase counts of one document; stop words are dropped before phrases are formed, as
    /// scikit-learn does.</summary>
    private static Dictionary<string, int> Terms(string text)
    {
        var words = Token().Matches(StripAccents(text).ToLowerInvariant()).Select(m => m.Value)
            .Where(w => !SklearnStopWords.Words.Contains(w)).ToList();
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            terms[words[i]] = terms.GetValueOrDefault(words[i]) + 1;
            if (i > 0)
            {
                var phrase = words[i - 1] + " " + words[i];
                terms[phrase] = terms.GetValueOrDefault(phrase) + 1;
            }
        }
        return terms;
    }

    private static string StripAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                kept.Append(c);
        }
        return kept.ToString();
    }

    [GeneratedRegex(@"\b[a-zA-Z_][a-zA-Z0-9_]+\b")]
    private static partial Regex Token();
}
