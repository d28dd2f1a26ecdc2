using Lucene.Net.Store;

namespace PaperBot.Search.Indexing;

/// <summary>
/// The index folder, read through memory mappings. <c>FSDirectory.Open</c> would pick Lucene.Net's
/// <c>MMapDirectory</c>, whose inputs record every clone (one per term lookup or postings list, hundreds per search)
/// in a weak table; the collector's pauses grew with those records, from about 2 ms to over 40 ms per collection
/// over 10,000 searches. Positional reads (<c>NIOFSDirectory</c>) stay flat but made searches about twice as slow.
/// Writing and locking are the file system directory's own.
/// </summary>
internal sealed class MappedDirectory(string path) : FSDirectory(new DirectoryInfo(path))
{
    /// <summary>Merges read each file once, start to end, so they use positional reads: mapped, every page a merge
    /// read counted as the process's own memory, and the merge after a bulk load of a million papers took the
    /// ingest's peak from about 1.5 GB to 3 GB.</summary>
    private readonly NIOFSDirectory merges = new(new DirectoryInfo(path));

    private int readingOnce;

    /// <summary>Until disposed, every file opened is read with positional reads, whatever it is opened for. A merge
    /// opens the segments' doc values as a search would (Lucene asks for them in its reading context), and the shown
    /// texts are most of the index.</summary>
    public IDisposable ReadingOnce()
    {
        Interlocked.Increment(ref readingOnce);
        return new Scope(this);
    }

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        if (context.Context == IOContext.UsageContext.MERGE || Volatile.Read(ref readingOnce) > 0)
            return merges.OpenInput(name, context);
        var file = MappedFile.Open(Path.Combine(Directory.FullName, name));
        return new MappedInput($"MappedInput({name})", file, 0, file.Length);
    }

    /// <summary>Compound files: each file inside is a slice of one mapping.</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(name, MappedFile.Open(Path.Combine(Directory.FullName, name)));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            merges.Dispose();
        base.Dispose(disposing);
    }

    private sealed class Scope(MappedDirectory directory) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
                Interlocked.Decrement(ref directory.readingOnce);
        }
    }

    private sealed class Slicer(string name, MappedFile file) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new MappedInput($"MappedInput({name}: {sliceDescription})", file, offset, length);

        [Obsolete("Only for reading 3.x compound files, which this index never has.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full", 0, file.Length);

        protected override void Dispose(bool disposing)
        {
        }
    }
}
