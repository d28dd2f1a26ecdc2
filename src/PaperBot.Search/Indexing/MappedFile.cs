using System.IO.MemoryMappedFiles;

namespace PaperBot.Search.Indexing;

/// <summary>One index file mapped into memory, read through a raw pointer. The mapping is never closed by hand: it
/// goes when the garbage collector finds neither this nor any input reading it, so no input can ever read an unmapped
/// page, however Lucene closes and clones its inputs.</summary>
internal sealed unsafe class MappedFile
{
    private static readonly MappedFile Empty = new(null, null, 0);

    /// <summary>Kept only so that its handle, which unmaps the file when finalized, lives as long as this.</summary>
    private readonly MemoryMappedViewAccessor? view;

    private MappedFile(MemoryMappedViewAccessor? view, byte* start, long length)
    {
        this.view = view;
        Start = start;
        Length = length;
    }

    public byte* Start { get; }

    public long Length { get; }

    public static MappedFile Open(string path)
    {
        // Delete is shared so that the writer can remove a merged-away segment that a searcher still reads.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = stream.Length;
        if (length == 0)
            return Empty; // nothing to map, and an empty file cannot be mapped
        using var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        var view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        var handle = view.SafeMemoryMappedViewHandle;
        byte* start = null;
        handle.AcquirePointer(ref start);
        // Released at once: the pointer stays valid until the handle is closed, which only its finalizer does, and a
        // handle still acquired would never unmap.
        handle.ReleasePointer();
        return new MappedFile(view, start + view.PointerOffset, length);
    }
}
