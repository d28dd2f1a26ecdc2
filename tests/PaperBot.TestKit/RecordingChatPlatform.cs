using System.Collections.Concurrent;
using PaperBot.Core.Digests;

namespace PaperBot.TestKit;

/// <summary>A chat platform that keeps what it was sent. Like Discord with <c>enforce_nonce</c>, a repeated idempotency key posts
/// nothing new and answers with the first message's id. <see cref="NextOutcome"/> scripts failures.</summary>
public sealed class RecordingChatPlatform(string platform) : IChatPlatform
{
    private readonly ConcurrentDictionary<string, string> messageIds = new();
    private readonly ConcurrentQueue<(DigestTarget Target, DigestPart Part, string Key)> posted = new();
    private int sequence;

    public string Platform => platform;

    /// <summary>Every message that really appeared, in order.</summary>
    public IReadOnlyList<(DigestTarget Target, DigestPart Part, string Key)> Posted => posted.ToList();

    /// <summary>Called before each send; a non-null result is returned instead of posting.</summary>
    public Func<DigestPart, DeliveryOutcome?>? NextOutcome { get; set; }

    /// <summary>Called after a message was posted, before the answer goes back (a crash here loses the answer, not the post).</summary>
    public Action<DigestPart>? AfterPost { get; set; }

    public Task<DeliveryOutcome> SendAsync(DigestTarget target, DigestPart part, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        if (NextOutcome?.Invoke(part) is { } scripted)
            return Task.FromResult(scripted);
        var id = messageIds.GetOrAdd(idempotencyKey, _ =>
        {
            posted.Enqueue((target, part, idempotencyKey));
            return $"m{Interlocked.Increment(ref sequence)}";
        });
        AfterPost?.Invoke(part);
        return Task.FromResult(DeliveryOutcome.Sent(id));
    }
}
