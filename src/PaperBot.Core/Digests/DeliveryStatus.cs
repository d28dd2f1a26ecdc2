namespace PaperBot.Core.Digests;

public enum DeliveryStatus
{
    Sent,

    /// <summary>Worth retrying this digest later: a rate limit on its channel, a 5xx, a timeout.</summary>
    Transient,

    /// <summary>Will never work as it is: the channel is gone, the bot was removed, the person closed their DMs.</summary>
    Permanent,

    /// <summary>The whole platform is unavailable for now (a global rate limit, an outage, not connected): its queue
    /// pauses, and no digest is charged an attempt for it.</summary>
    PlatformUnavailable,
}
