namespace PaperBot.Core.Chat;

/// <summary>What the platform adapter knows of the person asking and of how they ask; the core decides with these facts and never asks the platform.</summary>
/// <param name="CanManageChannel">Whether the platform lets this person manage the channel the command came from.</param>
/// <param name="TimeZone">The person's IANA time zone when the platform tells it.</param>
/// <param name="CommandName">The command as this platform names it (Slack's is configurable), so replies name the one the person can type.</param>
public sealed record RequesterFacts(string? DisplayName = null, bool CanManageChannel = false, string? TimeZone = null, string CommandName = CommandLine.Root)
{
    public static RequesterFacts None { get; } = new();
}
