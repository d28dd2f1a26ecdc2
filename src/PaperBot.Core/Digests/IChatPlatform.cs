using PaperBot.Core.Chat.Outbound;

namespace PaperBot.Core.Digests;

/// <summary>What the delivery worker needs from a platform adapter (Discord, Slack, the terminal).</summary>
public interface IChatPlatform
{
    /// <summary>The platform name the adapter serves (<see cref="Users.Platforms"/>).</summary>
    string Platform { get; }

    /// <summary>The platform's message limits; the core splits replies by them.</summary>
    PlatformLimits Limits { get; }

    /// <summary>How many targets the delivery lane of this platform sends to at once: the platform paces the requests
    /// itself, so this only hides its round trips.</summary>
    int ParallelDeliveries => 1;

    /// <summary>Posts one part and returns where it appeared. Sending the same key twice must deliver once, also when the
    /// first answer was lost in a crash: <see cref="DeliveryKey.EarlierAttemptAt"/> says a send of it may have happened,
    /// and the adapter reconciles with what the platform shows. Platform failures are outcomes, not exceptions.</summary>
    Task<DeliveryOutcome> SendAsync(DigestTarget target, DigestPart part, DeliveryKey key, CancellationToken cancellationToken = default);
}
