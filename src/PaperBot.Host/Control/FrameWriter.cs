using System.Text;

namespace PaperBot.Host.Control;

/// <summary>A served command's standard output or error: text is gathered and sent as frames at each line's end (so
/// progress reaches the person as it happens), on <see cref="Flush"/>, and in pieces of at most
/// <see cref="MaxFrameChars"/>. Writing waits while the person's terminal is behind (<see cref="FrameQueue"/>), and
/// ends with <see cref="OperationCanceledException"/> once the person is gone.</summary>
internal sealed class FrameWriter(FrameQueue frames, bool isError, CancellationToken hangup) : TextWriter
{
    public const int MaxFrameChars = 16 * 1024;

    private readonly StringBuilder buffer = new();

    /// <summary>One writer at a time, synchronous or not; each takes the frames it completes.</summary>
    private readonly SemaphoreSlim gate = new(1, 1);

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return;
        gate.Wait(hangup);
        try
        {
            // A piece at a time, so that a long text (a rendered table) waits for room before it is all copied into frames.
            for (var start = 0; start < value.Length; start += MaxFrameChars)
            {
                foreach (var frame in Append(value.AsSpan(start, Math.Min(MaxFrameChars, value.Length - start)), flush: false))
                    frames.Write(frame, hangup);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public override Task WriteAsync(string? value) => WriteAsync(value.AsMemory(), CancellationToken.None);

    public override Task WriteAsync(char[] buffer, int index, int count) => WriteAsync(buffer.AsMemory(index, count), CancellationToken.None);

    public override async Task WriteAsync(ReadOnlyMemory<char> value, CancellationToken cancellationToken = default)
    {
        if (value.IsEmpty)
            return;
        await gate.WaitAsync(hangup);
        try
        {
            for (var start = 0; start < value.Length; start += MaxFrameChars)
            {
                foreach (var frame in Append(value.Span.Slice(start, Math.Min(MaxFrameChars, value.Length - start)), flush: false))
                    await frames.WriteAsync(frame, hangup);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public override Task WriteLineAsync(ReadOnlyMemory<char> value, CancellationToken cancellationToken = default) =>
        WriteAsync((value.ToString() + new string(CoreNewLine)).AsMemory(), cancellationToken);

    public override void Flush()
    {
        gate.Wait(hangup);
        try
        {
            foreach (var frame in Append([], flush: true))
                frames.Write(frame, hangup);
        }
        finally
        {
            gate.Release();
        }
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(hangup);
        try
        {
            foreach (var frame in Append([], flush: true))
                await frames.WriteAsync(frame, hangup);
        }
        finally
        {
            gate.Release();
        }
    }

    public override Task FlushAsync() => FlushAsync(CancellationToken.None);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            try
            {
                Flush();
            }
            catch (OperationCanceledException)
            {
                // The person is gone: what was left has no one to read it.
            }
            gate.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>Adds the text and takes off the frames it completes: the text up to its last line end, and whole
    /// pieces of <see cref="MaxFrameChars"/>; with <paramref name="flush"/>, everything.</summary>
    private List<ControlFrame> Append(ReadOnlySpan<char> text, bool flush)
    {
        buffer.Append(text);
        // What was buffered before holds no line end: it is always sent up to the last one.
        var lineEnd = text.LastIndexOf('\n');
        var upToLineEnd = lineEnd < 0 ? 0 : buffer.Length - text.Length + lineEnd + 1;
        var ready = flush ? buffer.Length : Math.Max(upToLineEnd, buffer.Length / MaxFrameChars * MaxFrameChars);
        var frames = new List<ControlFrame>();
        var start = 0;
        while (start < ready)
        {
            var length = Math.Min(MaxFrameChars, ready - start);
            // The wire's JSON would turn half a character into U+FFFD: its first half waits for the second.
            if (char.IsHighSurrogate(buffer[start + length - 1]) && (start + length < buffer.Length || !flush))
                length--;
            if (length == 0)
                break;
            var piece = buffer.ToString(start, length);
            frames.Add(isError ? new ControlFrame(Error: piece) : new ControlFrame(Out: piece));
            start += length;
        }
        buffer.Remove(0, start);
        return frames;
    }
}
