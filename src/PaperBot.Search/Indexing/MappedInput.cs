using System.Buffers.Binary;
using Lucene.Net.Store;

namespace PaperBot.Search.Indexing;

/// <summary>Reads a mapped file, or a slice of one (a file inside a compound file), straight from memory. Clones are
/// plain copies: unlike Lucene.Net's own mapped input, none is recorded anywhere (see <see cref="MappedDirectory"/>).
/// Every read is checked against the slice's end, so a truncated or corrupt file fails with an exception.</summary>
internal sealed unsafe class MappedInput : IndexInput
{
    private readonly MappedFile file;
    private readonly byte* start;
    private readonly long length;
    private long position;

    public MappedInput(string description, MappedFile file, long offset, long length)
        : base(description)
    {
        if (offset < 0 || length < 0 || offset + length > file.Length)
            throw new ArgumentOutOfRangeException(nameof(length), $"A slice {offset}+{length} of a {file.Length}-byte file: {description}");
        this.file = file;
        start = file.Start + offset;
        this.length = length;
    }

    public override long Length => length;

    public override long Position => position;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > length)
            throw new EndOfStreamException($"Seek to {pos} outside {length} bytes: {this}");
        position = pos;
    }

    public override byte ReadByte()
    {
        if (position >= length)
            throw new EndOfStreamException($"Read past the end: {this}");
        var value = start[position++];
        GC.KeepAlive(file);
        return value;
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        Read(len).CopyTo(b.AsSpan(offset, len));
        GC.KeepAlive(file);
    }

    public override short ReadInt16()
    {
        var value = BinaryPrimitives.ReadInt16BigEndian(Read(sizeof(short)));
        GC.KeepAlive(file);
        return value;
    }

    public override int ReadInt32()
    {
        var value = BinaryPrimitives.ReadInt32BigEndian(Read(sizeof(int)));
        GC.KeepAlive(file);
        return value;
    }

    public override long ReadInt64()
    {
        var value = BinaryPrimitives.ReadInt64BigEndian(Read(sizeof(long)));
        GC.KeepAlive(file);
        return value;
    }

    /// <summary>Closing drops nothing: clones may still read, and the mapping outlives every reader (see
    /// <see cref="MappedFile"/>).</summary>
    protected override void Dispose(bool disposing)
    {
    }

    /// <summary>The next <paramref name="count"/> bytes. The span points into the mapping, so every caller keeps
    /// <see cref="file"/> alive until it has read them.</summary>
    private ReadOnlySpan<byte> Read(int count)
    {
        if (count < 0 || count > length - position)
            throw new EndOfStreamException($"Read of {count} bytes past the end: {this}");
        var span = new ReadOnlySpan<byte>(start + position, count);
        position += count;
        return span;
    }
}
