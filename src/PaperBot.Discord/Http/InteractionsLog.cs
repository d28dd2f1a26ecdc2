using Microsoft.Extensions.Logging;

namespace PaperBot.Discord.Http;

/// <summary>The endpoint's log lines. The interaction token is never logged: it can answer as the bot for 15 minutes.</summary>
internal static partial class InteractionsLog
{
    [LoggerMessage(1, LogLevel.Information, "Discord interaction request rejected: {Reason}")]
    public static partial void Rejected(ILogger logger, string reason);

    [LoggerMessage(2, LogLevel.Error, "Discord interaction handler failed for interaction {InteractionId} (type {InteractionType})")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string? interactionId, int interactionType);

    [LoggerMessage(3, LogLevel.Warning, "Discord interaction handler for interaction {InteractionId} was cancelled by shutdown")]
    public static partial void HandlerCancelled(ILogger logger, string? interactionId);
}
