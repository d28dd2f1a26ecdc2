namespace PaperBot.Core.Digests;

/// <param name="Error">For people: "the bot was removed from the channel".</param>
/// <param name="RetryAfter">What the platform asked for on a rate limit.</param>
public sealed record DeliveryOutcome(DeliveryStatus Status, string? MessageId, string? Error = null, TimeSpan? RetryAfter = null)
{
    public static DeliveryOutcome Sent(string messageId) => new(DeliveryStatus.Sent, messageId);

    public static DeliveryOutcome Transient(string error, TimeSpan? retryAfter = null) => new(DeliveryStatus.Transient, null, error, retryAfter);

    public static DeliveryOutcome Permanent(string error) => new(DeliveryStatus.Permanent, null, error);
}
