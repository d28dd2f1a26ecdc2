using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PaperBot.Search.Analysis;
using PaperBot.Search.Indexing;

namespace PaperBot.Search.Querying;

/// <summary>Turns a <see cref="UserQuery"/> into a Lucene query. Free words are OR-ed so a partial match still
/// finds something, but <see cref="PaperSimilarity"/>'s coordination factor ranks papers that have all the words
/// first, and <see cref="ProximityBonus"/> those that have them together. Quoted phrases are required.</summary>
internal sealed class PaperQueryBuilder(Analyzer analyzer)
{
    private const float TitleBoost = 2f;
    private const int AuthorNameSlop = 1;

    /// <summary>Someone pasting a whole abstract should get an answer, not Lucene's too-many-clauses error.</summary>
    private const int MaxWords = 32;

    /// <summary>Words in more than this share of abstracts ("learning", "model") are common: candidates are picked
    /// by the rarer words only (or, when all are common, by the rarest), which skips most of the index.</summary>
    private const double CommonShare = 0.25;

    private readonly YearFilters years = new();

    /// <param name="reader">Tells which words are common; the query must be searched with this reader.</param>
    public CompiledQuery? Build(UserQuery query, IndexReader reader)
    {
        var lookup = new TermLookup(reader);
        var highlight = new HashSet<string>(StringComparer.Ordinal);
        var phrases = new List<Query>();
        foreach (var phrase in query.Phrases)
        {
            var terms = analyzer.Terms(PaperFields.Abstract, phrase);
            if (terms.Count == 0)
                continue;
            phrases.Add(Phrase(terms, lookup));
            highlight.UnionWith(terms.Select(t => t.Text));
        }

        var freeText = string.Join(' ', query.Words);
        var words = analyzer.Terms(PaperFields.Abstract, freeText);
        var authorWords = analyzer.Terms(PaperFields.Authors, freeText);
        var wordQuery = words.Count > 0 || authorWords.Count > 0 ? Words(words, authorWords, lookup) : null;
        highlight.UnionWith(words.Select(t => t.Text));
        var proximity = ProximityBonus.For(words);
        var narrow = phrases.Count == 0 ? Narrow(words, authorWords, reader.MaxDoc, lookup) : null;

        var filter = Filter(query, lookup);
        var main = Main(phrases, wordQuery);
        if (main is null)
            return filter is null ? null : new CompiledQuery(new ConstantScoreQuery(filter), null, null, null, highlight);
        return new CompiledQuery(main, filter, narrow, proximity, highlight);
    }

    /// <summary>The words without the common ones, or null when that leaves all of them.</summary>
    private static BooleanQuery? Narrow(IReadOnlyList<PositionedTerm> words, IReadOnlyList<PositionedTerm> authorWords, int papers, TermLookup lookup)
    {
        var counted = words.DistinctBy(t => t.Text).Take(MaxWords)
            .Select(t => (Term: t, Papers: lookup.DocFreq(new Term(PaperFields.Abstract, t.Text))))
            .ToList();
        if (counted.Count < 2)
            return null;
        var commonAbove = Math.Max(CommonShare * papers, counted.Min(c => c.Papers));
        var rare = counted.Where(c => c.Papers <= commonAbove).Select(c => c.Term).ToList();
        return rare.Count < counted.Count ? Words(rare, authorWords, lookup) : null;
    }

    /// <summary>Words alone, or one phrase alone, stay a flat disjunction (a required clause of its own scores the
    /// same); otherwise phrases are required, and the words only rank. <see cref="BoundedDisjunction"/> searches all
    /// but several phrases.</summary>
    private static Query? Main(List<Query> phrases, BooleanQuery? words)
    {
        if (phrases.Count == 0)
            return words;
        if (phrases.Count == 1 && words is null)
            return phrases[0];
        var main = new BooleanQuery(disableCoord: true);
        foreach (var phrase in phrases)
            main.Add(phrase, Occur.MUST);
        if (words is not null)
            main.Add(words, Occur.SHOULD);
        return main;
    }

    /// <summary>A flat disjunction, title and abstract clauses for every word and one for every name part, which
    /// Lucene scores fastest. The coordination factor counts the clauses a paper matches, so it favours papers with
    /// more of the words, and with them in both title and abstract.</summary>
    private static BooleanQuery Words(IReadOnlyList<PositionedTerm> words, IReadOnlyList<PositionedTerm> authorWords, TermLookup lookup)
    {
        var query = new BooleanQuery(disableCoord: false);
        foreach (var word in words.DistinctBy(t => t.Text).Take(MaxWords))
        {
            var title = lookup.Query(new Term(PaperFields.Title, word.Text));
            title.Boost = TitleBoost;
            query.Add(title, Occur.SHOULD);
            query.Add(lookup.Query(new Term(PaperFields.Abstract, word.Text)), Occur.SHOULD);
        }
        foreach (var name in authorWords.DistinctBy(t => t.Text).Take(MaxWords))
            query.Add(lookup.Query(new Term(PaperFields.Authors, name.Text)), Occur.SHOULD);
        return query;
    }

    /// <summary>The exact phrase in the title or the abstract.</summary>
    private static BooleanQuery Phrase(IReadOnlyList<PositionedTerm> terms, TermLookup lookup)
    {
        var title = Sequence(PaperFields.Title, terms, slop: 0, lookup);
        title.Boost = TitleBoost;
        return new BooleanQuery(disableCoord: true)
        {
            { title, Occur.SHOULD },
            { Sequence(PaperFields.Abstract, terms, slop: 0, lookup), Occur.SHOULD },
        };
    }

    /// <summary>A term query for one term, else a phrase query keeping the analyzed positions.</summary>
    private static Query Sequence(string field, IReadOnlyList<PositionedTerm> terms, int slop, TermLookup lookup)
    {
        if (terms.Count == 1)
            return lookup.Query(new Term(field, terms[0].Text));
        var phrase = new PhraseQuery { Slop = slop };
        var first = terms[0].Position;
        foreach (var term in terms)
            phrase.Add(new Term(field, term.Text), term.Position - first);
        return phrase;
    }

    /// <summary>One year range alone is its cached bit set; with names, the names' postings lead and each
    /// range is checked against its bit set.</summary>
    private Filter? Filter(UserQuery query, TermLookup lookup)
    {
        var filter = new BooleanQuery();
        foreach (var author in query.Authors)
        {
            var names = analyzer.Terms(PaperFields.Authors, author);
            if (names.Count > 0)
                filter.Add(Sequence(PaperFields.Authors, names, AuthorNameSlop, lookup), Occur.MUST);
        }
        if (filter.Clauses.Count == 0 && query.Years.Count == 1)
            return years.For(query.Years[0]);
        foreach (var range in query.Years)
            filter.Add(new ConstantScoreQuery(years.For(range)), Occur.MUST);
        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }
}
