namespace PaperBot.Storage.LiteDb.Files;

/// <summary>Hands LiteDB one of our <see cref="FileStream"/>s; subclasses decide what LiteDB's "flush to disk" means.</summary>
internal abstract class FileStreamWrapper(FileStream inner) : Stream
{
    protected FileStream Inner { get; } = inner;

    /// <summary>For positional reads beside LiteDB's own, which move no stream position.</summary>
    public Microsoft.Win32.SafeHandles.SafeFileHandle Handle => Inner.SafeFileHandle;

    public override bool CanRead => Inner.CanRead;

    public override bool CanSeek => Inner.CanSeek;

    public override bool CanWrite => Inner.CanWrite;

    public override long Length => Inner.Length;

    public override long Position
    {
        get => Inner.Position;
        set => Inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Inner.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => Inner.Seek(offset, origin);

    public override void SetLength(long value) => Inner.SetLength(value);

    public override void Write(byte[] buffer, int offset, int count) => Inner.Write(buffer, offset, count);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            Inner.Dispose();
        base.Dispose(disposing);
    }
}
