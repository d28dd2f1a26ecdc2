using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Adapters;
using PaperBot.Core.Chat;
using PaperBot.Slack.Events;
using PaperBot.Slack.SocketMode;
using PaperBot.Slack.WebApi;

namespace PaperBot.Slack.Hosting;

/// <summary>The bot on Slack: checks the bot token with auth.test (backing off with one clear line a try while Slack
/// cannot be reached or refuses the token, never crashing), then starts Socket Mode and hands its envelopes to the
/// core side by side: slash commands, button clicks and reactions.</summary>
internal sealed class SlackBot(
    SlackIdentity identity,
    SlackSocketModeClient socket,
    SlashCommandResponder commands,
    BlockActionResponder buttons,
    CommandRouter router,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackBot> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMinutes(5);

    private readonly InFlightWork work = new(64);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await ConnectAsync(stoppingToken))
            return;
        await socket.StartAsync(stoppingToken);
        try
        {
            await foreach (var envelope in socket.ReadEnvelopesAsync(stoppingToken))
                await DispatchAsync(envelope, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await socket.StopAsync(cancellationToken);
        await work.WhenIdleAsync().WaitAsync(cancellationToken);
    }

    public override void Dispose()
    {
        work.Dispose();
        base.Dispose();
    }

    private Task DispatchAsync(SlackEnvelope envelope, CancellationToken stoppingToken)
    {
        switch (envelope.Type)
        {
            case SlackEnvelopeType.SlashCommands:
                return work.StartAsync(() => GuardAsync(envelope, "a slash command", () => commands.HandleAsync(envelope, stoppingToken)), stoppingToken);
            case SlackEnvelopeType.Interactive:
                return work.StartAsync(() => GuardAsync(envelope, "a button click", () => buttons.HandleAsync(envelope, stoppingToken)), stoppingToken);
            case SlackEnvelopeType.EventsApi when SlackPayloads.TryReadReaction(envelope.Payload, identity.Known?.UserId, out var reaction):
                return work.StartAsync(() => GuardAsync(envelope, "a reaction", async () => await router.HandleAsync(reaction, stoppingToken)), stoppingToken);
            default:
                return envelope.IsAcked ? Task.CompletedTask : envelope.AckAsync(null, stoppingToken);
        }
    }

    /// <summary>One envelope's work, its failure logged (and its ack sent, if it was still owed) rather than ending the bot.</summary>
    private async Task GuardAsync(SlackEnvelope envelope, string what, Func<Task> handle)
    {
        try
        {
            await handle();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Handling {What} (envelope {Envelope}) failed", what, envelope.EnvelopeId);
        }
        finally
        {
            if (!envelope.IsAcked)
                await envelope.AckAsync(null, CancellationToken.None);
        }
    }

    /// <summary>Learns who the bot is (which checks the token); false when stopping.</summary>
    private async Task<bool> ConnectAsync(CancellationToken stoppingToken)
    {
        var wait = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var bot = await identity.GetAsync(stoppingToken);
                logger.LogInformation("Connected to Slack workspace {Team} as bot user {User}", bot.TeamId, bot.UserId);
                return true;
            }
            catch (SlackApiException ex) when (ex.IsPlatformWide || ex.Error is "not_allowed_token_type" or "missing_scope")
            {
                logger.LogError("Slack refused the bot token ({Error}): check Slack:BotToken (xoxb-…) and that the app is installed. Trying again in {Wait}.", ex.Error, wait);
            }
            catch (Exception ex) when (ex is SlackApiException or HttpRequestException or SocketException or TimeoutException
                || (ex is OperationCanceledException && !stoppingToken.IsCancellationRequested))
            {
                logger.LogWarning("Cannot reach Slack at {Api} ({Reason}). Trying again in {Wait}.", options.Value.ApiBase, ex is SlackApiException api ? api.Error : ex.Message, wait);
            }
            try
            {
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
            wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestRetry.Ticks));
        }
        return false;
    }
}
