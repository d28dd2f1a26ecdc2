using System.Collections.Concurrent;
using PaperBot.Core.Chat;
using PaperBot.Core.Chat.Outbound;
using PaperBot.Core.Digests;

namespace PaperBot.TestKit;

/// <summary>A chat platform that keeps what it was sent. A repeated delivery key posts nothing new and answers with the
/// first message, as a platform that reconciles does. <see cref="NextOutcome"/> scripts failures.</summary>
public sealed class RecordingChatPlatform(string platform, int parallelDeliveries = 1) : IChatPlatform
{
    private readonly ConcurrentDictionary<string, MessageRef> messages = new();
    private readonly ConcurrentQueue<(DigestTarget Target, DigestPart Part, string Key)> posted = new();
    private int sequence;

    public string Platform => platform;

    public PlatformLimits Limits => PlatformLimits.Unlimited;

    public int ParallelDeliveries => parallelDeliveries;

    /// <summary>Every message that really appeared, in order.</summary>
    public IReadOnlyList<(DigestTarget Target, DigestPart Part, string Key)> Posted => posted.ToList();

    /// <summary>Called before each send; a non-null result is returned instead of posting.</summary>
    public Func<DigestPart, DeliveryOutcome?>? NextOutcome { get; set; }

    /// <summary>Called after a message was posted, before the answer goes back (a crash here loses the answer, not the post).</summary>
    public Action<DigestPart>? AfterPost { get; set; }

    public Task<DeliveryOutcome> SendAsync(DigestTarget target, DigestPart part, DeliveryKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(key);
        if (NextOutcome?.Invoke(part) is { } scripted)
            return Task.FromResult(scripted);
        var message = messages.GetOrAdd(key.Value, _ =>
        {
            posted.Enqueue((target, part, key.Value));
            return new MessageRef(platform, target.Workspace, target.ChannelId, $"m{Interlocked.Increment(ref sequence)}");
        });
        AfterPost?.Invoke(part);
        return Task.FromResult(DeliveryOutcome.Sent(message));
    }
}
