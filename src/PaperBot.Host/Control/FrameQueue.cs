using System.Threading.Channels;

namespace PaperBot.Host.Control;

/// <summary>One served command's frames on their way to the person, at most <see cref="Capacity"/> of them waiting: a
/// command whose output outruns the person's terminal (a million ratings as JSON) waits for it instead of piling its
/// output up in the bot's memory.</summary>
internal sealed class FrameQueue : IDisposable
{
    /// <summary>Frames of at most <see cref="FrameWriter.MaxFrameChars"/> each: a few MB waiting at most.</summary>
    private const int Capacity = 256;

    private readonly Channel<ControlFrame> frames = Channel.CreateUnbounded<ControlFrame>();
    private readonly SemaphoreSlim room = new(Capacity);

    public ChannelReader<ControlFrame> Reader => frames.Reader;

    public void Write(ControlFrame frame, CancellationToken cancellationToken)
    {
        room.Wait(cancellationToken);
        frames.Writer.TryWrite(frame);
    }

    public async ValueTask WriteAsync(ControlFrame frame, CancellationToken cancellationToken)
    {
        await room.WaitAsync(cancellationToken);
        frames.Writer.TryWrite(frame);
    }

    /// <summary>The answer's last frame (the exit code, or why there is none), which never waits.</summary>
    public void WriteLast(ControlFrame frame) => frames.Writer.TryWrite(frame);

    /// <summary>Called by the reader for every frame it has passed on.</summary>
    public void Sent() => room.Release();

    public void Complete() => frames.Writer.TryComplete();

    public void Dispose() => room.Dispose();
}
