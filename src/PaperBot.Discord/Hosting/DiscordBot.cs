using System.Globalization;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Adapters;
using PaperBot.Core.Chat;
using PaperBot.Core.Monitoring;
using PaperBot.Core.Users;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Delivery;
using PaperBot.Discord.Gateway;
using PaperBot.Discord.Http;
using PaperBot.Discord.Reactions;
using PaperBot.Discord.Rest;

namespace PaperBot.Discord.Hosting;

/// <summary>The bot on Discord: checks the token and registers <c>/papers</c> (backing off with one clear line a try
/// while Discord cannot be reached or refuses the token, never crashing), then connects the Gateway and hands its
/// interactions and reactions to the core, side by side.</summary>
internal sealed class DiscordBot(
    DiscordRestClient rest,
    DiscordGatewayClient gateway,
    CommandRegistration registration,
    IInteractionHandler interactions,
    CommandRouter router,
    BotIdentity bot,
    IPlatformConnections connections,
    IOptions<DiscordOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<DiscordBot> logger) : BackgroundService
{
    private readonly InFlightWork work = new(64);
    private readonly RecentIds interactionIds = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        connections.Report(Platforms.Discord, ConnectionState.Connecting, "checking the token");
        if (!await ConnectRestAsync(stoppingToken))
            return;
        await gateway.StartAsync(stoppingToken);
        // No new event is taken once the application is stopping (before any service stops); those under way finish.
        using var intake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        try
        {
            await foreach (var dispatch in gateway.ReadDispatchesAsync(intake.Token))
                await DispatchAsync(dispatch, stoppingToken);
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
        await gateway.StopAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await work.WhenIdleAsync(cancellationToken);
    }

    public override void Dispose()
    {
        work.Dispose();
        base.Dispose();
    }

    private Task DispatchAsync(GatewayDispatch dispatch, CancellationToken stoppingToken)
    {
        switch (dispatch.Type)
        {
            case "READY" when gateway.BotUserId is { } id && ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var user):
                bot.Set(user);
                return Task.CompletedTask;
            case "INTERACTION_CREATE" when dispatch.Data.TryGetProperty("id", out var id) && !interactionIds.FirstTime(id.GetString() ?? ""):
                logger.LogDebug("Dropped interaction {Id}, delivered twice", id.GetString());
                return Task.CompletedTask;
            case "INTERACTION_CREATE":
                return work.StartAsync(() => GuardedAsync(() => interactions.HandleAsync(dispatch.Data, stoppingToken), "An interaction"), stoppingToken);
            case ReactionEvents.Added or ReactionEvents.Removed:
                if (!ReactionEvents.TryRead(dispatch.Type, dispatch.Data, options.Value.ApplicationId, bot.UserId?.ToString(CultureInfo.InvariantCulture), out var reaction))
                    return Task.CompletedTask;
                return work.StartAsync(() => GuardedAsync(async () => await router.HandleAsync(reaction, stoppingToken), $"A reaction on message {reaction.Message}"), stoppingToken);
            default:
                return Task.CompletedTask;
        }
    }

    /// <summary>One event's work: a failure is logged and ends only that event.</summary>
    private async Task GuardedAsync(Func<Task> work, string what)
    {
        try
        {
            await work();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "{What} could not be handled", what);
        }
    }

    /// <summary>Learns the bot's user id (which also checks the token) and registers the commands; false when stopping.</summary>
    private Task<bool> ConnectRestAsync(CancellationToken stoppingToken) =>
        ConnectRetry.UntilConnectedAsync(async ct =>
        {
            var application = await rest.GetCurrentApplicationAsync(ct);
            if (application.Bot is { } user)
                bot.Set(user.Id);
            var devGuild = options.Value.HasDevGuild ? ulong.Parse(options.Value.DevGuildId, NumberStyles.None, CultureInfo.InvariantCulture) : (ulong?)null;
            await registration.EnsureAsync(ulong.Parse(options.Value.ApplicationId, NumberStyles.None, CultureInfo.InvariantCulture), devGuild, ct);
        }, LogRetry, time, stoppingToken);

    private bool LogRetry(Exception failure, TimeSpan wait)
    {
        if (failure is DiscordRestException { Failure.StatusCode: 401 })
        {
            logger.LogError("Discord rejected the bot token (401): check Discord:Token. Trying again in {Wait}.", wait);
            connections.Report(Platforms.Discord, ConnectionState.Connecting, "Discord rejected the bot token (401)");
        }
        else if (failure is DiscordRestException or HttpRequestException or SocketException or TimeoutException or OperationCanceledException)
        {
            logger.LogWarning("Cannot reach Discord at {Api} ({Reason}). Trying again in {Wait}.", options.Value.ApiBaseUrl, failure.Message, wait);
            connections.Report(Platforms.Discord, ConnectionState.Connecting, $"cannot reach Discord: {failure.Message}");
        }
        else
        {
            return false;
        }
        return true;
    }
}
