namespace PaperBot.Discord.Gateway;

/// <summary>What each close code means for us (Discord docs, "Gateway Close Event Codes").</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Ours when we drop a connection to reconnect: anything but 1000/1001 keeps the session resumable.</summary>
    public const int Reconnecting = 4900;

    /// <summary>Ours on a graceful stop: 1000 ends the session, so the bot goes offline at once.</summary>
    public const int Normal = 1000;

    public static string? FatalMeaning(int code) => code switch
    {
        4004 => "authentication failed: the bot token is wrong",
        4010 => "invalid shard: the shard id or count is wrong",
        4011 => "sharding required: too many guilds for the configured shard count",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: a privileged intent is not enabled for this bot in the Developer Portal",
        _ => null,
    };

    public static ConnectionOutcome Classify(int? code, string? reason)
    {
        var text = code is { } c ? $"closed by Discord with {c}{(string.IsNullOrEmpty(reason) ? "" : $" ({reason})")}" : "connection closed without a code";
        if (code is not { } value)
        {
            return ConnectionOutcome.Reconnect(text);
        }

        if (FatalMeaning(value) is { } meaning)
        {
            return ConnectionOutcome.Fatal($"close code {value}: {meaning}", value);
        }

        // 4007 invalid seq, 4009 session timed out: the session is gone, start a new one.
        return value is 4007 or 4009 ? ConnectionOutcome.NewSession(text, value) : ConnectionOutcome.Reconnect(text, value);
    }
}
