using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Adapters;
using PaperBot.Core.Monitoring;
using PaperBot.Core.Users;
using PaperBot.Slack.SocketMode;
using PaperBot.Slack.WebApi;

namespace PaperBot.Slack.Hosting;

/// <summary>The bot on Slack: checks the bot token with auth.test (backing off with one clear line a try while Slack
/// cannot be reached or refuses the token, never crashing), then, in Socket Mode, starts the socket and hands its
/// envelopes to <see cref="SlackInbound"/>. In HTTP mode there is no socket (null): requests reach the same
/// <see cref="SlackInbound"/> through the listener, and stopping still waits for their work.</summary>
internal sealed class SlackBot(
    SlackIdentity identity,
    SlackInbound inbound,
    IPlatformConnections connections,
    IOptions<SlackOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<SlackBot> logger,
    SlackSocketModeClient? socket = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        connections.Report(Platforms.Slack, ConnectionState.Connecting, "checking the token");
        if (!await ConnectAsync(stoppingToken))
            return;
        if (socket is null)
        {
            // HTTP mode: Slack reaches the bot through the listener; the token checked is all there is to connect.
            connections.Report(Platforms.Slack, ConnectionState.Connected, "HTTP mode");
            return;
        }
        await socket.StartAsync(stoppingToken);
        // No new event is taken once the application is stopping (before any service stops); those under way finish.
        using var intake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        try
        {
            await foreach (var envelope in socket.ReadEnvelopesAsync(intake.Token))
                await inbound.DispatchAsync(envelope, stoppingToken);
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
        if (socket is not null)
            await socket.StopAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await inbound.WhenIdleAsync(cancellationToken);
    }

    /// <summary>Learns who the bot is (which checks the token); false when stopping.</summary>
    private Task<bool> ConnectAsync(CancellationToken stoppingToken) =>
        ConnectRetry.UntilConnectedAsync(async ct =>
        {
            var bot = await identity.GetAsync(ct);
            logger.LogInformation("Connected to Slack workspace {Team} as bot user {User}{Mode}", bot.TeamId, bot.UserId, socket is null ? " (HTTP mode)" : "");
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
