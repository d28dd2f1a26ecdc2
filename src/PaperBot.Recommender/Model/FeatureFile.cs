using System.IO.Hashing;
using System.Runtime.InteropServices;
using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Model;

/// <summary>
/// A model's <see cref="TrainedFeatures"/> saved beside it, so that a restarted bot's first ranking reads them instead
/// of featurizing the whole catalogue again (about a minute at a million papers, against a read of 0.8 GB). Only a
/// cache: without the file, or with a damaged one, the catalogue is featurized as before. The file names its model's
/// version and space and ends with a checksum of everything after its header, so a stray or damaged file is refused
/// rather than ranked from.
/// </summary>
internal static class FeatureFile
{
    private const int Format = 1;
    private const int Buffer = 1 << 20;

    /// <summary>Writes the file under a temporary name and renames it, so that a reader never sees half of it.</summary>
    public static void Write(string path, string version, ContentSpace space, TrainedFeatures features)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, Buffer))
            using (var writer = new BinaryWriter(stream))
            {
                var papers = features.Papers;
                writer.Write(Format);
                writer.Write(version);
                writer.Write(space.TextFeatureCount);
                writer.Write(space.MetaFeatureCount);
                writer.Write(papers.Count);
                var checksum = new XxHash3();
                void Body(ReadOnlySpan<byte> bytes)
                {
                    checksum.Append(bytes);
                    writer.Write(bytes);
                }
                Body(MemoryMarshal.AsBytes(features.ContentHashes.AsSpan()));
                var shapes = new int[papers.Count * 3];
                for (var i = 0; i < papers.Count; i++)
                    (shapes[3 * i], shapes[3 * i + 1], shapes[3 * i + 2]) = papers.ShapeOf(i);
                Body(MemoryMarshal.AsBytes(shapes.AsSpan()));
                for (var i = 0; i < papers.Count; i++)
                    Body(MemoryMarshal.AsBytes(papers.EntriesOf(i)));
                writer.Write(checksum.GetCurrentHashAsUInt64());
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <exception cref="InvalidDataException">The file is not this model's, or is damaged.</exception>
    public static TrainedFeatures Read(string path, string version, ContentSpace space, int papers)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, Buffer);
        using var reader = new BinaryReader(stream);
        if (reader.ReadInt32() != Format)
            throw new InvalidDataException($"{path}: not a features file of a known format.");
        if (reader.ReadString() is var written && written != version)
            throw new InvalidDataException($"{path}: the features of model {written}, not of {version}.");
        if ((reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32()) != (space.TextFeatureCount, space.MetaFeatureCount, papers))
            throw new InvalidDataException($"{path}: its vocabulary or papers are not those of model {version}.");
        var checksum = new XxHash3();
        void Body(Span<byte> into)
        {
            stream.ReadExactly(into);
            checksum.Append(into);
        }
        var hashes = new ulong[papers];
        Body(MemoryMarshal.AsBytes(hashes.AsSpan()));
        var shapes = new int[papers * 3];
        Body(MemoryMarshal.AsBytes(shapes.AsSpan()));
        var arena = new FeatureArena(space.TextFeatureCount, space.MetaFeatureCount, papers);
        for (var i = 0; i < papers; i++)
        {
            var (text, terms, meta) = (shapes[3 * i], shapes[3 * i + 1], shapes[3 * i + 2]);
            // A vector has at most one entry per feature: a larger count is damage, and would allocate without bound.
            if (text < 0 || terms < 0 || meta < 0 || text > space.TextFeatureCount || terms > Math.Min(ushort.MaxValue, space.TextFeatureCount)
                || meta > Math.Min(ushort.MaxValue, space.MetaFeatureCount))
                throw new InvalidDataException($"{path}: damaged (paper {i} has {text}, {terms} and {meta} entries).");
            Body(MemoryMarshal.AsBytes(arena.AddPacked(text, terms, meta)));
        }
        if (reader.ReadUInt64() != checksum.GetCurrentHashAsUInt64() || stream.Position != stream.Length)
            throw new InvalidDataException($"{path}: damaged (its checksum does not match what it holds).");
        arena.Trim();
        return new TrainedFeatures(arena, hashes);
    }
}
