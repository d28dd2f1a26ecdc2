namespace PaperBot.Core.Digests;

public enum OutboxState
{
    /// <summary>Waiting to be sent, or part-way sent.</summary>
    Pending,

    /// <summary>Every part reached the platform.</summary>
    Delivered,

    /// <summary>The platform refused it for good (channel gone, bot removed, DMs closed); the subscription is paused.</summary>
    Failed,
}
