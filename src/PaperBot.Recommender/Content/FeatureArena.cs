namespace PaperBot.Recommender.Content;

/// <summary>
/// The features of a catalogue's papers, packed (<see cref="PackedLayout"/>) into large shared arrays: four bytes an
/// entry and no object per paper, where a <see cref="PaperFeatures"/> costs eight bytes an entry and seven objects.
/// At a million papers that is 0.8 GB instead of 2 GB, and the collector has a few hundred arrays to look at instead of
/// seven million objects. Papers are added in order, by one caller at a time, and read (from any thread) once packed.
/// </summary>
internal sealed class FeatureArena
{
    /// <summary>Entries per array: large enough that the arrays are few, small enough that the last one's unused part
    /// (and a growing arena's new array) costs little.</summary>
    public const int ChunkEntries = 1 << 20;

    private readonly List<uint[]> chunks = [];
    private readonly Dictionary<uint[], int> chunkIndex = new(ReferenceEqualityComparer.Instance);
    private readonly List<Slot> slots;
    private readonly List<(int Slot, PaperFeatures Features)> unpacked = [];
    private int current = -1;
    private int used;

    /// <param name="textFeatures">The vocabulary's size (<see cref="ContentSpace.TextFeatureCount"/>).</param>
    /// <param name="metaFeatures">The metadata keys' (<see cref="ContentSpace.MetaFeatureCount"/>).</param>
    public FeatureArena(int textFeatures, int metaFeatures, int capacity = 0)
    {
        Text = new PackedLayout(textFeatures);
        Meta = new PackedLayout(metaFeatures);
        slots = new List<Slot>(capacity);
    }

    /// <summary>The layout of the text and terms vectors.</summary>
    public PackedLayout Text { get; }

    public PackedLayout Meta { get; }

    public int Count => slots.Count;

    public PackedFeatures this[int paper]
    {
        get
        {
            var slot = slots[paper];
            var chunk = chunks[slot.Chunk];
            return new PackedFeatures(
                new PackedVector(chunk, slot.Start, slot.Text, Text),
                new PackedVector(chunk, slot.Start + slot.Text, slot.Terms, Text),
                new PackedVector(chunk, slot.Start + slot.Text + slot.Terms, slot.Meta, Meta));
        }
    }

    /// <summary>Gives the next paper its place; its entries are written by <see cref="Pack"/>.</summary>
    public void Add(PaperFeatures features)
    {
        unpacked.Add((slots.Count, features));
        Place(features.Text.Count, features.Terms.Count, features.Meta.Count);
    }

    /// <summary>Gives the next paper, whose entries come already packed (read back from a file), its place, and returns
    /// that place for the caller to fill before the paper is read.</summary>
    public Span<uint> AddPacked(int text, int terms, int meta)
    {
        var slot = Place(text, terms, meta);
        return chunks[slot.Chunk].AsSpan(slot.Start, text + terms + meta);
    }

    /// <summary>How many text, terms and metadata entries a paper has.</summary>
    public (int Text, int Terms, int Meta) ShapeOf(int paper)
    {
        var slot = slots[paper];
        return (slot.Text, slot.Terms, slot.Meta);
    }

    /// <summary>A paper's packed entries: its text, terms and metadata, one after another.</summary>
    public ReadOnlySpan<uint> EntriesOf(int paper)
    {
        var slot = slots[paper];
        return chunks[slot.Chunk].AsSpan(slot.Start, slot.Text + slot.Terms + slot.Meta);
    }

    private Slot Place(int text, int terms, int meta)
    {
        var length = text + terms + meta;
        if (current < 0 || used + length > chunks[current].Length)
        {
            current = Own(new uint[Math.Max(ChunkEntries, length)]);
            used = 0;
        }
        var slot = new Slot(current, used, text, checked((ushort)terms), checked((ushort)meta));
        slots.Add(slot);
        used += length;
        return slot;
    }

    /// <summary>The next paper is <paramref name="paper"/> of <paramref name="source"/>, whose entries (of the same
    /// layouts) it shares rather than copies: a new model's view takes its papers' vectors from those packed at
    /// training, so building it writes no memory for them.</summary>
    public void Adopt(FeatureArena source, int paper)
    {
        if (source.Text != Text || source.Meta != Meta)
            throw new ArgumentException("The features come from a different space.", nameof(source));
        var slot = source.slots[paper];
        var chunk = source.chunks[slot.Chunk];
        slots.Add(slot with { Chunk = chunkIndex.TryGetValue(chunk, out var index) ? index : Own(chunk) });
    }

    /// <summary>Writes the entries of the papers added since the last call, on all cores (each paper's are its own).</summary>
    public void Pack(CancellationToken cancellationToken)
    {
        Parallel.For(0, unpacked.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var (index, paper) = unpacked[i];
            var slot = slots[index];
            var entries = chunks[slot.Chunk].AsSpan(slot.Start, slot.Text + slot.Terms + slot.Meta);
            PackedVector.PackInto(paper.Text, Text, entries);
            PackedVector.PackInto(paper.Terms, Text, entries[slot.Text..]);
            PackedVector.PackInto(paper.Meta, Meta, entries[(slot.Text + slot.Terms)..]);
        });
        unpacked.Clear();
    }

    /// <summary>Ends the arena's own last array where its entries end. Views are rebuilt after every feed run, and each
    /// rebuild's few new papers would otherwise leave most of a fresh array unused for as long as the view lives.</summary>
    public void Trim()
    {
        if (unpacked.Count > 0)
            throw new InvalidOperationException("Papers added are packed before the arena is trimmed.");
        if (current < 0 || used == chunks[current].Length)
            return;
        var trimmed = chunks[current][..used];
        chunkIndex.Remove(chunks[current]);
        chunks[current] = trimmed;
        chunkIndex.Add(trimmed, current);
        current = -1;
    }

    private int Own(uint[] chunk)
    {
        chunks.Add(chunk);
        chunkIndex.Add(chunk, chunks.Count - 1);
        return chunks.Count - 1;
    }

    /// <summary>Where a paper's entries are: its text, terms and metadata, one after another.</summary>
    private readonly record struct Slot(int Chunk, int Start, int Text, ushort Terms, ushort Meta);
}
