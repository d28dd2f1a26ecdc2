namespace PaperBot.Discord.Rest;

/// <summary>A Discord call failed. The message names the route template (never the token or the interaction token).</summary>
public sealed class DiscordRestException : Exception
{
    public DiscordRestException() : this("Discord request failed.") { }

    public DiscordRestException(string message) : this(message, null) { }

    public DiscordRestException(string message, Exception? innerException)
        : this(message, new DiscordFailure(DiscordFailureKind.Transient, null, null, null, false, false), null, null, innerException) { }

    internal DiscordRestException(string message, DiscordFailure failure, string? route, string? discordMessage, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        Route = route;
        DiscordMessage = discordMessage;
    }

    public DiscordFailure Failure { get; }

    public int? StatusCode => Failure.StatusCode;

    public int? ErrorCode => Failure.ErrorCode;

    /// <summary>Discord's own error text, e.g. "Cannot send messages to this user".</summary>
    public string? DiscordMessage { get; }

    /// <summary>Method and route template, e.g. <c>POST /channels/{channel_id}/messages</c>.</summary>
    public string? Route { get; }
}
