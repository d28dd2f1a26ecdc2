using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core.Chat;
using PaperBot.Core.Chat.Outbound;
using PaperBot.Core.Digests;
using PaperBot.Core.Users;
using PaperBot.Discord.Hosting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Rendering;
using PaperBot.Discord.Rest;

namespace PaperBot.Discord.Delivery;

/// <summary>Digests on Discord, exactly once. Each part is posted with a nonce derived from its delivery key and
/// <c>enforce_nonce</c>, so a repeat within Discord's few-minute window returns the first message. Discord neither keeps
/// the nonce nor returns it when messages are read back, so when an earlier attempt may have posted the part (its answer
/// lost in a crash or a timeout), the channel's messages since that attempt are read first, after waiting until a send
/// still in flight could have landed, and a message the bot posted that shows the same part is taken as the delivery:
/// a card by the paper its buttons carry (a target never receives a paper twice), a header by its text (which names the day).</summary>
internal sealed class DiscordPlatform(
    DiscordRestClient rest,
    BotIdentity bot,
    TimeProvider time,
    IOptions<DiscordOptions> options,
    ILogger<DiscordPlatform> logger) : IChatPlatform
{
    // Messages are looked for from a little before the earlier attempt, for clocks that disagree.
    private static readonly TimeSpan Lookback = TimeSpan.FromMinutes(2);
    private const int PagesToReconcile = 5;
    private static readonly DateTimeOffset DiscordEpoch = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string Platform => Platforms.Discord;

    public PlatformLimits Limits => DiscordRenderer.Limits;

    public int ParallelDeliveries => Math.Max(1, options.Value.ParallelDeliveries);

    public async Task<DeliveryOutcome> SendAsync(DigestTarget target, DigestPart part, DeliveryKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(key);
        if (bot.UserId is not { } botUser)
            return DeliveryOutcome.PlatformUnavailable("PaperBot is not connected to Discord yet");
        try
        {
            var channel = target.Person is { } person
                ? await rest.CreateDmAsync(Snowflake(person.Id), cancellationToken)
                : Snowflake(target.ChannelId);
            var rendered = DiscordRenderer.Part(part);
            if (key.EarlierAttemptAt is { } earlier && await FindPostedAsync(channel, botUser, part, rendered, earlier, cancellationToken) is { } posted)
            {
                logger.LogInformation("Digest part {Key} was already posted as message {Message}; not posting it again", key.Value, posted);
                return Sent(target, channel, posted);
            }
            var message = await rest.CreateMessageAsync(channel, rendered, DiscordNonce.For(key.Value), cancellationToken);
            return Sent(target, channel, message.Id);
        }
        catch (DiscordRestException ex)
        {
            if (target.Person is { } person && ex.Failure.ErrorCode == DiscordErrorCodes.UnknownChannel)
                rest.ForgetDmChannel(Snowflake(person.Id));
            return DiscordFailures.Outcome(ex.Failure);
        }
        catch (FormatException)
        {
            return DeliveryOutcome.Permanent($"`{target.ChannelId}` is not a Discord channel id");
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return DiscordFailures.Outcome(DiscordFailure.From(ex));
        }
    }

    /// <summary>The message the bot posted for this part since <paramref name="earlier"/>, if any.</summary>
    private async Task<ulong?> FindPostedAsync(ulong channel, ulong botUser, DigestPart part, OutgoingMessage rendered, DateTimeOffset earlier, CancellationToken cancellationToken)
    {
        // "Now" is the app's clock, as the attempt's time is; the wait itself is real, like every wait on the wire.
        var settle = earlier + options.Value.InFlightWindow - time.GetUtcNow();
        if (settle > TimeSpan.Zero)
            await Task.Delay(settle, TimeProvider.System, cancellationToken);
        var after = SnowflakeAt(earlier - Lookback);
        for (var page = 0; page < PagesToReconcile; page++)
        {
            var messages = await rest.GetChannelMessagesAsync(channel, after, null, DiscordRestClient.MaxMessagesPerPage, cancellationToken);
            foreach (var message in messages.Where(m => m.AuthorId == botUser))
            {
                if (part.Card is { } card ? DiscordRenderer.PaperShown(message) == card.Paper.Value : message.Embeds.Count == 0 && message.Content == rendered.Content)
                    return message.Id;
            }
            if (messages.Count < DiscordRestClient.MaxMessagesPerPage)
                return null;
            after = messages.Max(m => m.Id);
        }
        return null;
    }

    private static DeliveryOutcome Sent(DigestTarget target, ulong channel, ulong message) =>
        DeliveryOutcome.Sent(new MessageRef(Platforms.Discord, target.IsDirect ? DiscordScopes.DirectMessages : target.Workspace,
            channel.ToString(CultureInfo.InvariantCulture), message.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The smallest message id Discord could have given at <paramref name="at"/> (a snowflake starts with its milliseconds since 2015).</summary>
    internal static ulong SnowflakeAt(DateTimeOffset at) => (ulong)Math.Max(0, (at - DiscordEpoch).Ticks / TimeSpan.TicksPerMillisecond) << 22;

    private static ulong Snowflake(string id) => ulong.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture);
}
