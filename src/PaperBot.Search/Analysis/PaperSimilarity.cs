using Lucene.Net.Search.Similarities;

namespace PaperBot.Search.Analysis;

/// <summary>BM25, plus the coordination factor BM25 leaves out: a paper matching three of three query words beats one
/// that matches a single word many times.</summary>
internal sealed class PaperSimilarity : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : (float)overlap / maxOverlap;
}
