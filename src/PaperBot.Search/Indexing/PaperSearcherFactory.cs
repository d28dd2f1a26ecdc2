using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace PaperBot.Search.Indexing;

/// <summary>Searchers must score with the similarity the writer wrote norms for.</summary>
internal sealed class PaperSearcherFactory(Similarity similarity) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
}
