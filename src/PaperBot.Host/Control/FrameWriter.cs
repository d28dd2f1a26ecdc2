using System.Text;
using System.Threading.Channels;

namespace PaperBot.Host.Control;

/// <summary>A served command's standard output or error: text is gathered and sent as frames at each line's end (so
/// progress reaches the person as it happens) and on <see cref="Flush"/>.</summary>
internal sealed class FrameWriter(ChannelWriter<ControlFrame> frames, bool isError) : TextWriter
{
    private const int MaxBuffered = 16 * 1024;
    private readonly StringBuilder buffer = new();
    private readonly Lock gate = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (gate)
        {
            buffer.Append(value);
            if (value == '\n' || buffer.Length >= MaxBuffered)
                Send();
        }
    }

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return;
        lock (gate)
        {
            buffer.Append(value);
            if (value.Contains('\n', StringComparison.Ordinal) || buffer.Length >= MaxBuffered)
                Send();
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush()
    {
        lock (gate)
            Send();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            Flush();
        base.Dispose(disposing);
    }

    private void Send()
    {
        if (buffer.Length == 0)
            return;
        var text = buffer.ToString();
        buffer.Clear();
        // Unbounded: a command never waits on the person's terminal; a closed connection drops what is left.
        frames.TryWrite(isError ? new ControlFrame(Error: text) : new ControlFrame(Out: text));
    }
}
