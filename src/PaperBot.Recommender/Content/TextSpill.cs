using System.Runtime.InteropServices;

namespace PaperBot.Recommender.Content;

/// <summary>
/// The papers' TF-IDF vectors, parked in a file while the factorization machine trains. The machine reads only the
/// terms and metadata fields; the full vectors (about 140 MB at 100k papers) are wanted again only by the first ranking
/// after training, and holding them through the fit made them the largest part of training's peak memory. The file
/// sits beside the models (a temporary folder may be memory) and is gone when this is disposed; on Linux and macOS it
/// has no name from the start, so not even a killed process leaves it behind.
/// </summary>
internal sealed class TextSpill : IDisposable
{
    private readonly FileStream file;
    private int papers;

    private TextSpill(FileStream file) => this.file = file;

    public static TextSpill In(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, ".text-" + Guid.NewGuid().ToString("N"));
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, 1 << 16, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
            File.Delete(path);
        return new TextSpill(file);
    }

    /// <summary>Writes the TF-IDF vectors of the papers from <paramref name="start"/> up to <paramref name="end"/> to the
    /// file and leaves those features without them. Papers come in order, each once, from the first.</summary>
    public void Take(PaperFeatures[] features, int start, int end)
    {
        if (start != papers)
            throw new InvalidOperationException($"Paper {papers} comes next, not {start}.");
        Span<byte> count = stackalloc byte[sizeof(int)];
        for (var i = start; i < end; i++)
        {
            var text = features[i].Text;
            MemoryMarshal.Write(count, text.Count);
            file.Write(count);
            file.Write(MemoryMarshal.AsBytes(text.Indices.AsSpan()));
            file.Write(MemoryMarshal.AsBytes(text.Values.AsSpan()));
            features[i] = features[i] with { Text = SparseVector.Empty };
        }
        papers = end;
    }

    /// <summary>The features the vectors were taken from (the same papers, in the same order) with their vectors back,
    /// packed as they are read: the papers' unpacked vectors are never all in memory again.</summary>
    public FeatureArena Restore(PaperFeatures[] features, ContentSpace space, CancellationToken cancellationToken)
    {
        if (papers != features.Length)
            throw new InvalidOperationException($"{papers} papers' vectors were taken, not {features.Length}.");
        file.Flush();
        file.Position = 0;
        var arena = new FeatureArena(space.TextFeatureCount, space.MetaFeatureCount, features.Length);
        Span<byte> count = stackalloc byte[sizeof(int)];
        for (var i = 0; i < features.Length; i++)
        {
            file.ReadExactly(count);
            var length = MemoryMarshal.Read<int>(count);
            var indices = new int[length];
            var values = new float[length];
            file.ReadExactly(MemoryMarshal.AsBytes(indices.AsSpan()));
            file.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
            arena.Add(features[i] with { Text = length == 0 ? SparseVector.Empty : new SparseVector(indices, values) });
            if (i % RestoreBlock == RestoreBlock - 1)
                arena.Pack(cancellationToken);
        }
        arena.Pack(cancellationToken);
        arena.Trim();
        return arena;
    }

    /// <summary>Papers read back between packings: the vectors waiting are short-lived and few.</summary>
    private const int RestoreBlock = 4096;

    public void Dispose() => file.Dispose();
}
