namespace PaperBot.Core.Digests;

/// <summary>Names one part of one digest, for the platform to drop a repeat of it.</summary>
/// <param name="Value">Stable across retries and restarts: the outbox item's id and the part's number.</param>
/// <param name="EarlierAttemptAt">When delivery of this digest was last attempted without the part being recorded as
/// sent: a send may have reached the platform with its answer lost. Null when no attempt was made.</param>
public sealed record DeliveryKey(string Value, DateTimeOffset? EarlierAttemptAt = null)
{
    public override string ToString() => Value;
}
