using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core.Chat;
using PaperBot.Slack.Hosting;
using PaperBot.Slack.WebApi;

namespace PaperBot.Slack.Events;

/// <summary>What Slack tells of a person, for the core to decide with: their name and time zone (users.info, which is
/// also their default digest zone) and whether they may manage the channel they typed in (per
/// <see cref="SlackOptions.ChannelManagers"/>: workspace admins and owners, the channel's creator from conversations.info,
/// anyone in their own DM). Looked up once a person (and once a channel) for a while; a failed lookup gives no facts
/// rather than no answer.</summary>
internal sealed class SlackFacts(SlackWebApiClient api, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackFacts> logger)
{
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, (SlackUserInfo? User, DateTimeOffset At)> users = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> creators = new(StringComparer.Ordinal);

    public async Task<RequesterFacts> ForAsync(string user, string? userName, string channel, bool isDirect, CancellationToken cancellationToken)
    {
        var info = await UserAsync(user, cancellationToken);
        var name = info?.RealName is { Length: > 0 } real ? real : userName;
        return new RequesterFacts(name, await CanManageAsync(user, info, channel, isDirect, cancellationToken), info?.Tz, options.Value.CommandName);
    }

    private async Task<bool> CanManageAsync(string user, SlackUserInfo? info, string channel, bool isDirect, CancellationToken cancellationToken)
    {
        if (isDirect || string.Equals(options.Value.ChannelManagers, ChannelManagerRule.Anyone, StringComparison.OrdinalIgnoreCase))
            return true;
        if (info is { IsAdmin: true } or { IsOwner: true })
            return true;
        if (!creators.TryGetValue(channel, out var creator))
        {
            try
            {
                creator = (await api.ConversationsInfoAsync(channel, cancellationToken)).Creator;
                creators[channel] = creator;
            }
            catch (SlackApiException ex)
            {
                logger.LogWarning("Slack conversations.info for {Channel} failed ({Error}); its creator is not known", channel, ex.Error);
            }
        }
        return creator is not null && creator == user;
    }

    private async Task<SlackUserInfo?> UserAsync(string user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (users.TryGetValue(user, out var cached) && now - cached.At < Keep)
            return cached.User;
        try
        {
            var info = await api.UsersInfoAsync(user, cancellationToken);
            users[user] = (info, now);
            return info;
        }
        catch (SlackApiException ex)
        {
            logger.LogWarning("Slack users.info for {User} failed ({Error}); answering without their name and time zone", user, ex.Error);
            return cached.User;
        }
    }
}
