using System.Buffers;
using System.IO.Pipelines;

namespace PaperBot.Slack.Fake;

/// <summary>
/// Lets a test make one TCP connection go quiet below the WebSocket: once silent, the server reads no more bytes,
/// so the client's PINGs are never answered, exactly like a half-open socket. (Not reading at the WebSocket level is
/// not enough: a pending ReceiveAsync still answers PINGs.)
/// </summary>
internal sealed class SilenceSwitch(CancellationToken shutdown)
{
    private readonly TaskCompletionSource silent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public const string ItemKey = "paperbot-fake-silence";

    public bool IsSilent => silent.Task.IsCompleted;

    public CancellationToken Shutdown => shutdown;

    public void GoSilent() => silent.TrySetResult();
}

/// <summary>The connection's transport with an input that stops delivering bytes once the switch is silent.</summary>
internal sealed class SilenceableDuplexPipe(IDuplexPipe inner, SilenceSwitch silence) : IDuplexPipe
{
    public PipeReader Input { get; } = new SilenceableReader(inner.Input, silence);

    public PipeWriter Output => inner.Output;

    private sealed class SilenceableReader(PipeReader inner, SilenceSwitch silence) : PipeReader
    {
        public override void AdvanceTo(SequencePosition consumed) => inner.AdvanceTo(consumed);

        public override void AdvanceTo(SequencePosition consumed, SequencePosition examined) => inner.AdvanceTo(consumed, examined);

        public override void CancelPendingRead() => inner.CancelPendingRead();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
        {
            if (silence.IsSilent)
            {
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, silence.Shutdown);
                try
                {
                    await Task.Delay(Timeout.Infinite, linked.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // The fake is shutting down: end the connection.
                    return new ReadResult(ReadOnlySequence<byte>.Empty, isCanceled: false, isCompleted: true);
                }
            }

            return await inner.ReadAsync(cancellationToken);
        }

        public override bool TryRead(out ReadResult result)
        {
            if (silence.IsSilent)
            {
                result = default;
                return false;
            }

            return inner.TryRead(out result);
        }
    }
}
