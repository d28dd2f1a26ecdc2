namespace PaperBot.Core.Digests;

public enum DeliveryStatus
{
    Sent,

    /// <summary>Worth retrying later: a rate limit, a 5xx, a timeout.</summary>
    Transient,

    /// <summary>Will never work as it is: the channel is gone, the bot was removed, the person closed their DMs.</summary>
    Permanent,
}
