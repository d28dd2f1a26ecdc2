using PaperBot.Core.Chat;

namespace PaperBot.Core.Digests;

/// <param name="Message">Where the part appeared, for <see cref="DeliveryStatus.Sent"/>.</param>
/// <param name="Error">For people: "the bot was removed from the channel".</param>
/// <param name="RetryAfter">What the platform asked for on a rate limit.</param>
public sealed record DeliveryOutcome(DeliveryStatus Status, MessageRef? Message, string? Error = null, TimeSpan? RetryAfter = null)
{
    public static DeliveryOutcome Sent(MessageRef message) => new(DeliveryStatus.Sent, message);

    public static DeliveryOutcome Transient(string error, TimeSpan? retryAfter = null) => new(DeliveryStatus.Transient, null, error, retryAfter);

    public static DeliveryOutcome Permanent(string error) => new(DeliveryStatus.Permanent, null, error);

    public static DeliveryOutcome PlatformUnavailable(string error, TimeSpan? retryAfter = null) => new(DeliveryStatus.PlatformUnavailable, null, error, retryAfter);
}
