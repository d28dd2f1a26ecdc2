using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PaperBot.Search.Indexing;

/// <summary>The texts a hit shows (id, title, abstract), kept as binary doc values: reading one is a copy from the
/// mapped file, where a stored field would decompress a 16 KB block per hit, several times slower. An instance is one
/// thread's field of one name, refilled for each paper (see <see cref="PaperDocuments"/>).</summary>
internal sealed class ShownText(string name)
{
    /// <summary>A doc value holds at most 32766 bytes of UTF-8; no real abstract comes near this many characters.</summary>
    private const int MaxChars = 10_000;

    private readonly BytesRef bytes = new();
    private readonly BinaryDocValuesField field = new(name, new BytesRef());

    public BinaryDocValuesField Field(string text)
    {
        bytes.CopyChars(text.Length > MaxChars ? text[..MaxChars] : text);
        field.SetBytesValue(bytes);
        return field;
    }

    public static string Read(IndexReader reader, int doc, string name)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(name);
        if (values is null)
            return "";
        var bytes = new BytesRef();
        values.Get(doc - leaf.DocBase, bytes);
        return bytes.Utf8ToString();
    }
}
