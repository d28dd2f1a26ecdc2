using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PaperBot.Search.Querying;

/// <summary>
/// Looks each term of one search up once per segment, through one terms enumerator per segment and field. Without it
/// every term query opens an enumerator per segment to find its term again, and the document counts that pick the
/// rarer words take another: several hundred kilobytes of garbage a search.
/// </summary>
internal sealed class TermLookup(IndexReader reader)
{
    private readonly Dictionary<Term, TermContext> found = [];
    private readonly Dictionary<string, TermsEnum?[]> enumerators = new(StringComparer.Ordinal);

    /// <summary>How many papers have <paramref name="term"/>.</summary>
    public int DocFreq(Term term) => Context(term).DocFreq;

    /// <summary>A term query that needs no lookup of its own when searched with this reader.</summary>
    public TermQuery Query(Term term) => new(term, Context(term));

    private TermContext Context(Term term)
    {
        if (found.TryGetValue(term, out var context))
            return context;
        context = new TermContext(reader.Context);
        var perLeaf = Enumerators(term.Field);
        foreach (var leaf in reader.Leaves)
        {
            var terms = perLeaf[leaf.Ord];
            if (terms is not null && terms.SeekExact(term.Bytes))
                context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
        }
        found.Add(term, context);
        return context;
    }

    private TermsEnum?[] Enumerators(string field)
    {
        if (enumerators.TryGetValue(field, out var perLeaf))
            return perLeaf;
        var leaves = reader.Leaves;
        perLeaf = new TermsEnum?[leaves.Count];
        for (var i = 0; i < perLeaf.Length; i++)
            perLeaf[i] = leaves[i].AtomicReader.GetTerms(field)?.GetEnumerator();
        enumerators.Add(field, perLeaf);
        return perLeaf;
    }
}
