namespace PaperBot.Core.Digests;

/// <summary>What the delivery worker needs from a platform adapter (Discord, Slack, the terminal).</summary>
public interface IChatPlatform
{
    /// <summary>The platform name the adapter serves (<see cref="Users.Platforms"/>).</summary>
    string Platform { get; }

    /// <summary>Posts one part. Sending the same <paramref name="idempotencyKey"/> twice must deliver once: Discord drops a repeated
    /// nonce with <c>enforce_nonce</c>; other adapters reconcile. Platform failures are outcomes, not exceptions.</summary>
    Task<DeliveryOutcome> SendAsync(DigestTarget target, DigestPart part, string idempotencyKey, CancellationToken cancellationToken = default);
}
