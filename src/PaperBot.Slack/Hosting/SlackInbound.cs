using Microsoft.Extensions.Logging;
using PaperBot.Adapters;
using PaperBot.Core.Chat;
using PaperBot.Slack.Events;
using PaperBot.Slack.SocketMode;

namespace PaperBot.Slack.Hosting;

/// <summary>Hands one envelope to its handler, whichever way it came (Socket Mode or an HTTP request): slash commands,
/// button clicks and reactions run side by side, each failure logged and each ack still owed sent.</summary>
internal sealed class SlackInbound(
    SlackIdentity identity,
    SlashCommandResponder commands,
    BlockActionResponder buttons,
    CommandRouter router,
    ILogger<SlackInbound> logger) : IDisposable
{
    private readonly InFlightWork work = new(64);

    /// <summary>Starts the envelope's work and returns once it is under way (waiting for a free slot is the back-pressure).</summary>
    public Task DispatchAsync(SlackEnvelope envelope, CancellationToken stoppingToken)
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

    /// <summary>Completes when the work under way has ended.</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken) => work.WhenIdleAsync(cancellationToken);

    public void Dispose() => work.Dispose();

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
}
