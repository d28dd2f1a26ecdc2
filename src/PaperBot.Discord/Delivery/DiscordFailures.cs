using PaperBot.Core.Digests;
using PaperBot.Discord.Rest;

namespace PaperBot.Discord.Delivery;

/// <summary>What a failed Discord call means for a digest: a line for <c>/papers status</c> when the subscription has to
/// pause, a retry for one digest, or a pause of all of Discord (a global rate limit, an outage, a rejected token).</summary>
internal static class DiscordFailures
{
    public static DeliveryOutcome Outcome(DiscordFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure.IsGlobalRateLimit)
            return DeliveryOutcome.PlatformUnavailable("Discord's global rate limit", failure.RetryAfter);
        if (failure.StatusCode == 401)
            return DeliveryOutcome.PlatformUnavailable("Discord rejected the bot's token (401)", TimeSpan.FromMinutes(5));
        if (failure.IsPlatformWide)
            return DeliveryOutcome.PlatformUnavailable($"Discord is unreachable ({(failure.StatusCode is { } status ? $"HTTP {status}" : "no answer")})");
        return failure.Kind switch
        {
            DiscordFailureKind.RateLimited => DeliveryOutcome.Transient("Discord rate limit on this channel", failure.RetryAfter),
            DiscordFailureKind.Transient => DeliveryOutcome.Transient($"Discord answered HTTP {failure.StatusCode}"),
            _ => DeliveryOutcome.Permanent(Reason(failure)),
        };
    }

    private static string Reason(DiscordFailure failure) => failure.ErrorCode switch
    {
        DiscordErrorCodes.CannotSendMessagesToThisUser => "this person does not accept direct messages from the bot (Discord 50007)",
        DiscordErrorCodes.NoMutualGuilds => "the bot shares no server with this person any more (Discord 50278)",
        DiscordErrorCodes.MissingAccess => "the bot cannot see this channel (Discord 50001, missing access)",
        DiscordErrorCodes.MissingPermissions => "the bot may not post in this channel (Discord 50013, missing permissions)",
        DiscordErrorCodes.UnknownChannel => "the channel no longer exists (Discord 10003)",
        { } code => $"Discord refused the message (HTTP {failure.StatusCode}, code {code})",
        null => $"Discord refused the message (HTTP {failure.StatusCode})",
    };
}
