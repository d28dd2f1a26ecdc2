using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace PaperBot.Search.Analysis;

/// <summary>Names are neither stemmed nor stop-filtered ("Will", "An" are names too); accents are folded so
/// <c>author:jurgen</c> finds Jürgen.</summary>
internal sealed class AuthorAnalyzer : Analyzer
{
    /// <summary>Keeps a quoted name from matching the end of one author and the start of the next.</summary>
    private const int GapBetweenAuthors = 100;

    public override int GetPositionIncrementGap(string fieldName) => GapBetweenAuthors;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(PaperAnalyzers.Version, reader);
        TokenStream stream = new LowerCaseFilter(PaperAnalyzers.Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
