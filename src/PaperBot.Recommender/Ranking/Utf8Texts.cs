using System.Text;

namespace PaperBot.Recommender.Ranking;

/// <summary>Many short texts (a catalogue's titles) as UTF-8 in a few large arrays: about one byte a character and no
/// object per text, where a string costs two bytes a character and an object. Added in order by one caller, then read
/// from any thread.</summary>
internal sealed class Utf8Texts(int capacity = 0)
{
    private const int ChunkBytes = 1 << 20;

    private readonly List<byte[]> chunks = [];
    private readonly List<Slot> slots = new(capacity);
    private int used;

    public int Count => slots.Count;

    public string this[int text]
    {
        get
        {
            var slot = slots[text];
            return Encoding.UTF8.GetString(chunks[slot.Chunk], slot.Start, slot.Length);
        }
    }

    public void Add(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        if (chunks.Count == 0 || used + length > chunks[^1].Length)
        {
            chunks.Add(new byte[Math.Max(ChunkBytes, length)]);
            used = 0;
        }
        Encoding.UTF8.GetBytes(text, chunks[^1].AsSpan(used));
        slots.Add(new Slot(chunks.Count - 1, used, length));
        used += length;
    }

    /// <summary>Ends the last array where its texts end (a view of a few papers would otherwise keep a megabyte).</summary>
    public void Trim()
    {
        if (chunks.Count > 0 && used < chunks[^1].Length)
            chunks[^1] = chunks[^1][..used];
    }

    private readonly record struct Slot(int Chunk, int Start, int Length);
}
