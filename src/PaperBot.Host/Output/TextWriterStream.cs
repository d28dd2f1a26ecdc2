using System.Text;

namespace PaperBot.Host.Output;

/// <summary>UTF-8 bytes written to a <see cref="TextWriter"/>, so that JSON can be serialized straight to a command's
/// output piece by piece instead of as one string (a million papers would not fit in one).</summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder decoder = new UTF8Encoding(false).GetDecoder();
    private char[] chars = [];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => writer.Write(Decode(buffer.AsSpan(offset, count)));

    public override void Write(ReadOnlySpan<byte> buffer) => writer.Write(Decode(buffer));

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        await writer.WriteAsync(Decode(buffer.Span).ToArray().AsMemory(), cancellationToken);

    public override void Flush() => writer.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => writer.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>The characters of the bytes; a character cut between two writes is kept for the next.</summary>
    private ReadOnlySpan<char> Decode(ReadOnlySpan<byte> bytes)
    {
        var needed = decoder.GetCharCount(bytes, flush: false);
        if (chars.Length < needed)
            chars = new char[needed];
        return chars.AsSpan(0, decoder.GetChars(bytes, chars, flush: false));
    }
}
