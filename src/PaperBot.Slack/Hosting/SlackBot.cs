using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Adapters;
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
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackBot> logger,
    SlackSocketModeClient? socket = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await ConnectAsync(stoppingToken) || socket is null)
            return;
        await socket.StartAsync(stoppingToken);
        try
        {
            await foreach (var envelope in socket.ReadEnvelopesAsync(stoppingToken))
                await inbound.DispatchAsync(envelope, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (socket is not null)
            await socket.StopAsync(cancellationToken);
        await inbound.WhenIdleAsync().WaitAsync(cancellationToken);
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
            logger.LogError("Slack refused the bot token ({Error}): check Slack:BotToken (xoxb-…) and that the app is installed. Trying again in {Wait}.", refused.Error, wait);
        else if (failure is SlackApiException or HttpRequestException or SocketException or TimeoutException or OperationCanceledException)
            logger.LogWarning("Cannot reach Slack at {Api} ({Reason}). Trying again in {Wait}.", options.Value.ApiBase, failure is SlackApiException api ? api.Error : failure.Message, wait);
        else
            return false;
        return true;
    }
}
