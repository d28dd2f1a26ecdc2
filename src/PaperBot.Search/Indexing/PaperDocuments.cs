using Lucene.Net.Documents;
using Lucene.Net.Index;
using PaperBot.Core.Papers;

namespace PaperBot.Search.Indexing;

internal static class PaperDocuments
{
    /// <summary>The abstract's postings keep each word's character offsets, which snippets are cut from.</summary>
    private static readonly FieldType AbstractType = new(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    };

    static PaperDocuments() => AbstractType.Freeze();

    public static Document Create(Paper paper)
    {
        var document = new Document
        {
            new StringField(PaperFields.Id, paper.Id.Value, Field.Store.NO),
            new TextField(PaperFields.Title, paper.Title, Field.Store.NO),
            new Field(PaperFields.Abstract, paper.Abstract, AbstractType),
            ShownText.Field(PaperFields.Id, paper.Id.Value),
            ShownText.Field(PaperFields.Title, paper.Title),
            ShownText.Field(PaperFields.Abstract, paper.Abstract),
        };
        // One value per author, so a quoted name never spans two people (see AuthorAnalyzer's gap).
        foreach (var author in paper.Authors)
            document.Add(new TextField(PaperFields.Authors, author, Field.Store.NO));
        foreach (var category in paper.Categories)
            document.Add(new StringField(PaperFields.Categories, category, Field.Store.NO));
        // Papers without a date get no year, so no year filter matches them.
        if (paper.Published is { } published)
            document.Add(new Int32Field(PaperFields.Year, published.Year, Field.Store.NO));
        return document;
    }
}
