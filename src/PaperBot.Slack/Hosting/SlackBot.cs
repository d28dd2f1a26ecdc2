using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Adapters;
using PaperBot.Core.Chat;
using PaperBot.Core.Monitoring;
using PaperBot.Core.Users;
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
    IPlatformConnections connections,
    IOptions<SlackOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<SlackBot> logger) : BackgroundService
{
    private readonly InFlightWork work = new(64);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        connections.Report(Platforms.Slack, ConnectionState.Connecting, "checking the token");
        if (!await ConnectAsync(stoppingToken))
            return;
        await socket.StartAsync(stoppingToken);
        // No new event is taken once the application is stopping (before any service stops); those under way finish.
        using var intake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        try
        {
            await foreach (var envelope in socket.ReadEnvelopesAsync(intake.Token))
                await DispatchAsync(envelope, stoppingToken);
        }
        catch (OperationCanceledException) when (intake.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Out of time (Shutdown:Timeout) the stop goes on regardless, so that the process still exits cleanly.
        await socket.StopAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await work.WhenIdleAsync(cancellationToken);
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
    private Task<bool> ConnectAsync(CancellationToken stoppingToken) =>
        ConnectRetry.UntilConnectedAsync(async ct =>
        {
            var bot = await identity.GetAsync(ct);
            logger.LogInformation("Connected to Slack workspace {Team} as bot user {User}", bot.TeamId, bot.UserId);
        }, LogRetry, time, stoppingToken);

    private bool LogRetry(Exception failure, TimeSpan wait)
    {
        if (failure is SlackApiException refused && (refused.IsPlatformWide || refused.Error is "not_allowed_token_type" or "missing_scope"))
        {
            logger.LogError("Slack refused the bot token ({Error}): check Slack:BotToken (xoxb-…) and that the app is installed. Trying again in {Wait}.", refused.Error, wait);
            connections.Report(Platforms.Slack, ConnectionState.Connecting, $"Slack refused the bot token ({refused.Error})");
        }
        else if (failure is SlackApiException or HttpRequestException or SocketException or TimeoutException or OperationCanceledException)
        {
            var reason = failure is SlackApiException api ? api.Error : failure.Message;
            logger.LogWarning("Cannot reach Slack at {Api} ({Reason}). Trying again in {Wait}.", options.Value.ApiBase, reason, wait);
            connections.Report(Platforms.Slack, ConnectionState.Connecting, $"cannot reach Slack: {reason}");
        }
        else
        {
            return false;
        }
        return true;
    }
}
