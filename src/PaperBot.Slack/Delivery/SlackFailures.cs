using PaperBot.Core.Digests;
using PaperBot.Slack.WebApi;

namespace PaperBot.Slack.Delivery;

/// <summary>What a failed Slack call means for a digest: a line for <c>/papers status</c> when the subscription has to
/// pause, a retry for one digest (a rate limit on its channel, a Slack "try again"), or a pause of all of Slack (a token
/// or workspace Slack no longer accepts, an outage, no answer).</summary>
internal static class SlackFailures
{
    public static DeliveryOutcome Outcome(SlackApiException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure.IsPlatformWide)
            return DeliveryOutcome.PlatformUnavailable($"Slack no longer accepts the bot token ({failure.Error}): check Slack:BotToken and the app's installation", TimeSpan.FromMinutes(5));
        return failure.Kind switch
        {
            SlackErrorKind.RateLimited => DeliveryOutcome.Transient("Slack rate limit on this channel", failure.RetryAfter),
            // Our names for no answer, a 5xx or an unreadable body: Slack itself is not answering.
            SlackErrorKind.Transient when failure.HttpStatus is null or >= 500 || failure.Error is "timeout" or "network_error" or "invalid_response"
                => DeliveryOutcome.PlatformUnavailable($"Slack is unreachable ({failure.Error})"),
            SlackErrorKind.Transient => DeliveryOutcome.Transient($"Slack asked to try again ({failure.Error})"),
            _ when failure.Error.StartsWith("http_", StringComparison.Ordinal)
                => DeliveryOutcome.PlatformUnavailable($"Slack's Web API answered {failure.Error}: check Slack:ApiBaseUrl"),
            _ => DeliveryOutcome.Permanent(Reason(failure.Error)),
        };
    }

    private static string Reason(string error) => error switch
    {
        "not_in_channel" => "the bot is not a member of this channel (Slack not_in_channel): invite it with /invite",
        "channel_not_found" => "the channel no longer exists or the bot cannot see it (Slack channel_not_found)",
        "is_archived" => "the channel is archived (Slack is_archived)",
        "messages_tab_disabled" => "this person cannot receive direct messages from the app: its Messages tab is off (Slack messages_tab_disabled)",
        "user_not_found" or "user_disabled" => $"this person is no longer in the workspace (Slack {error})",
        "cannot_dm_bot" => "direct messages to bots are not possible (Slack cannot_dm_bot)",
        "missing_scope" => "the app lacks a permission it needs (Slack missing_scope): reinstall it with the manifest's scopes",
        "restricted_action" or "restricted_action_read_only_channel" or "ekm_access_denied" => $"the workspace does not let the bot post here (Slack {error})",
        _ => $"Slack refused the message ({error})",
    };
}
