using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core.Chat;
using PaperBot.Core.Chat.Outbound;
using PaperBot.Core.Digests;
using PaperBot.Core.Users;
using PaperBot.Slack.Hosting;
using PaperBot.Slack.Rendering;
using PaperBot.Slack.WebApi;

namespace PaperBot.Slack.Delivery;

/// <summary>Digests on Slack, exactly once without an idempotency key. Every part is posted with its delivery key in the
/// message's metadata. When an earlier attempt may have posted a part (its answer lost in a crash or a timeout), the
/// conversation is read back first (conversations.history with the metadata, from a little before that attempt), after
/// waiting until a post still in flight could have landed, and a message of the bot with the same key is the delivery.
/// One read serves every part of a digest to that conversation; what this process posted or found is remembered, so a
/// retry in the same run reads nothing again (conversations.history is Tier 1: one a minute).</summary>
internal sealed class SlackPlatform(
    SlackWebApiClient api,
    SlackIdentity identity,
    TimeProvider time,
    IOptions<SlackOptions> options,
    ILogger<SlackPlatform> logger) : IChatPlatform
{
    // Messages are looked for from a little before the earlier attempt, for clocks that disagree.
    private static readonly TimeSpan Lookback = TimeSpan.FromMinutes(2);
    private const int PagesToReconcile = 5;
    private const int Remembered = 100_000;

    // Delivery key → where it was posted (or null: known not posted, nothing of it in flight).
    private readonly ConcurrentDictionary<string, MessageRef?> settled = new(StringComparer.Ordinal);
    // (channel, earlier attempt) → the keys the bot's messages there carry, read once.
    private readonly ConcurrentDictionary<(string Channel, DateTimeOffset Earlier), Lazy<Task<IReadOnlyDictionary<string, string>>>> history = new();

    public string Platform => Platforms.Slack;

    public PlatformLimits Limits => SlackRenderer.Limits;

    public int ParallelDeliveries => Math.Max(1, options.Value.ParallelDeliveries);

    public async Task<DeliveryOutcome> SendAsync(DigestTarget target, DigestPart part, DeliveryKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            var bot = await identity.GetAsync(cancellationToken);
            var channel = target.Person is { } person ? await DirectChannelAsync(person.Id, key, cancellationToken) : target.ChannelId;
            if (channel.Length == 0)
                return DeliveryOutcome.Permanent("the digest names no Slack channel");
            if (key.EarlierAttemptAt is { } earlier)
            {
                if (!settled.TryGetValue(key.Value, out var known))
                    known = await FindPostedAsync(target, bot, channel, key.Value, earlier, cancellationToken);
                if (known is { } posted)
                {
                    logger.LogInformation("Digest part {Key} was already posted as message {Message}; not posting it again", key.Value, posted);
                    return DeliveryOutcome.Sent(posted);
                }
            }
            var message = SlackRenderer.Part(part);
            try
            {
                var ts = await api.PostMessageAsync(channel, message.Text, message.Blocks, DigestMetadata.For(key.Value), cancellationToken: cancellationToken);
                if (target.Person is { } recipient)
                    api.RememberDirectChannel(recipient.Id, ts.Channel);
                var sent = Ref(target, ts.Channel, ts.Ts);
                Remember(key.Value, sent);
                return DeliveryOutcome.Sent(sent);
            }
            catch (SlackApiException ex) when (ex.OutcomeUnknown)
            {
                // It may have landed: only the conversation can tell, once the post can no longer be in flight.
                settled.TryRemove(key.Value, out _);
                throw;
            }
        }
        catch (SlackApiException ex)
        {
            return SlackFailures.Outcome(ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return DeliveryOutcome.PlatformUnavailable($"Slack is unreachable ({ex.Message})");
        }
    }

    /// <summary>Where a DM goes. A post to the user's id lands in the app's DM with them and answers with its channel, so
    /// a first digest costs no conversations.open (Tier 3, 50 a minute: 10,000 new subscribers would wait over three
    /// hours); only reading a DM back after an uncertain attempt needs its channel first.</summary>
    private async Task<string> DirectChannelAsync(string userId, DeliveryKey key, CancellationToken cancellationToken) =>
        api.KnownDirectChannel(userId) ?? (key.EarlierAttemptAt is null ? userId : await api.OpenConversationAsync(userId, cancellationToken));

    /// <summary>Where the bot posted <paramref name="deliveryKey"/> since <paramref name="earlier"/>, if it did.</summary>
    private async Task<MessageRef?> FindPostedAsync(DigestTarget target, SlackAuthInfo bot, string channel, string deliveryKey, DateTimeOffset earlier, CancellationToken cancellationToken)
    {
        var read = history.GetOrAdd((channel, earlier), at => new Lazy<Task<IReadOnlyDictionary<string, string>>>(() => ReadPostedAsync(bot, at.Channel, at.Earlier, cancellationToken)));
        IReadOnlyDictionary<string, string> posted;
        try
        {
            posted = await read.Value;
        }
        catch
        {
            history.TryRemove((channel, earlier), out _);
            throw;
        }
        var found = posted.TryGetValue(deliveryKey, out var ts) ? Ref(target, channel, ts) : null;
        Remember(deliveryKey, found);
        return found;
    }

    private async Task<IReadOnlyDictionary<string, string>> ReadPostedAsync(SlackAuthInfo bot, string channel, DateTimeOffset earlier, CancellationToken cancellationToken)
    {
        // "Now" is the app's clock, as the attempt's time is; the wait itself is real, like every wait on the wire.
        var settle = earlier + options.Value.InFlightWindow - time.GetUtcNow();
        if (settle > TimeSpan.Zero)
            await Task.Delay(settle, TimeProvider.System, cancellationToken);
        var oldest = SlackTs(earlier - Lookback);
        var posted = new Dictionary<string, string>(StringComparer.Ordinal);
        string? cursor = null;
        for (var page = 0; page < PagesToReconcile; page++)
        {
            var messages = await api.ConversationsHistoryAsync(channel, oldest, cursor: cursor, includeAllMetadata: true, cancellationToken: cancellationToken);
            foreach (var message in messages.Messages.Where(m => m.User == bot.UserId || (bot.BotId is not null && m.BotId == bot.BotId)))
            {
                if (DigestMetadata.KeyOf(message) is { } key)
                    posted.TryAdd(key, message.Ts);
            }
            if (!messages.HasMore || messages.NextCursor is null)
                break;
            cursor = messages.NextCursor;
        }
        return posted;
    }

    private void Remember(string deliveryKey, MessageRef? message)
    {
        if (settled.Count > Remembered)
        {
            settled.Clear();
            history.Clear();
        }
        settled[deliveryKey] = message;
    }

    /// <summary>A Slack ts of the moment <paramref name="at"/>: seconds since 1970 with six decimals.</summary>
    internal static string SlackTs(DateTimeOffset at) =>
        (Math.Max(0, at.ToUnixTimeMilliseconds()) / 1000m).ToString("0.000000", CultureInfo.InvariantCulture);

    private static MessageRef Ref(DigestTarget target, string channel, string ts) => new(Platforms.Slack, target.Workspace, channel, ts);
}
