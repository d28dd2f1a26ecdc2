using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using PaperBot.Search.Indexing;

namespace PaperBot.Search.Analysis;

internal static class PaperAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>English stop words and Porter stemming for title and abstract, so "networks" finds "network" and
    /// "recommendation" finds "recommender". (The gentler Krovetz stemmer found fewer on-topic papers for the seed
    /// catalogue's topics: it keeps "learning" apart from "learn" and "computing" from "computation".) Author
    /// names get plain folded tokens.</summary>
    public static Analyzer Create() =>
        new PerFieldAnalyzerWrapper(new EnglishAnalyzer(Version), new Dictionary<string, Analyzer>
        {
            [PaperFields.Authors] = new AuthorAnalyzer(),
        });

    /// <summary>The terms <paramref name="analyzer"/> makes of <paramref name="text"/> for <paramref name="field"/>,
    /// with their positions (stop words leave gaps, as in the index).</summary>
    public static IReadOnlyList<PositionedTerm> Terms(this Analyzer analyzer, string field, string text)
    {
        var terms = new List<PositionedTerm>();
        if (string.IsNullOrWhiteSpace(text))
            return terms;
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add(new PositionedTerm(term.ToString(), position));
        }
        stream.End();
        return terms;
    }
}
