using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using PaperBot.Core.Papers;

namespace PaperBot.Search.Indexing;

/// <summary>
/// Makes a paper's index document from fields kept per thread and refilled for each paper. New fields made new token
/// streams each, whose attributes Lucene.Net registers under a lock: a bulk ingest spent a few percent of its time
/// waiting there and collecting what they left behind. So a document is the calling thread's only until its next
/// call: index it first.
/// </summary>
internal sealed class PaperDocuments
{
    /// <summary>The abstract's postings keep each word's character offsets, which snippets are cut from.</summary>
    private static readonly FieldType AbstractType = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    [ThreadStatic]
    private static PaperDocuments? ofThisThread;

    private readonly StringField id = new(PaperFields.Id, "", Field.Store.NO);
    private readonly TextField title = new(PaperFields.Title, "", Field.Store.NO);
    private readonly Field abstractText = new(PaperFields.Abstract, "", AbstractType);
    private readonly ShownText shownId = new(PaperFields.Id);
    private readonly ShownText shownTitle = new(PaperFields.Title);
    private readonly ShownText shownAbstract = new(PaperFields.Abstract);
    private readonly List<TextField> authors = [];
    private readonly List<StringField> categories = [];
    private readonly Int32Field year = new(PaperFields.Year, 0, Field.Store.NO);

    public static Document Create(Paper paper) => (ofThisThread ??= new PaperDocuments()).Fill(paper);

    private Document Fill(Paper paper)
    {
        id.SetStringValue(paper.Id.Value);
        title.SetStringValue(paper.Title);
        abstractText.SetStringValue(paper.Abstract);
        var document = new Document { id, title, abstractText, shownId.Field(paper.Id.Value), shownTitle.Field(paper.Title), shownAbstract.Field(paper.Abstract) };
        // One value per author, so a quoted name never spans two people (see AuthorAnalyzer's gap).
        for (var i = 0; i < paper.Authors.Count; i++)
            document.Add(Next(authors, i, () => new TextField(PaperFields.Authors, "", Field.Store.NO), paper.Authors[i]));
        for (var i = 0; i < paper.Categories.Count; i++)
            document.Add(Next(categories, i, () => new StringField(PaperFields.Categories, "", Field.Store.NO), paper.Categories[i]));
        // Papers without a date get no year, so no year filter matches them.
        if (paper.Published is { } published)
        {
            year.SetInt32Value(published.Year);
            document.Add(year);
        }
        return document;
    }

    private static T Next<T>(List<T> pool, int index, Func<T> create, string value)
        where T : Field
    {
        if (index == pool.Count)
            pool.Add(create());
        pool[index].SetStringValue(value);
        return pool[index];
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
