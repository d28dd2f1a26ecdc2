namespace PaperBot.Discord.Rest.Wire;

internal sealed record WireGatewayBot(string Url, int Shards, WireSessionStartLimit SessionStartLimit)
{
    public GatewayBot ToGatewayBot() => new(Url, Shards, new SessionStartLimit(
        SessionStartLimit.Total,
        SessionStartLimit.Remaining,
        TimeSpan.FromMilliseconds(SessionStartLimit.ResetAfter),
        SessionStartLimit.MaxConcurrency));
}

internal sealed record WireSessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);

internal sealed record WireApplication(ulong Id, string Name, WireUser? Bot)
{
    public DiscordApplication ToApplication() => new(Id, Name, Bot?.ToUser());
}

internal sealed record WireDmChannel(ulong Id);

internal sealed record WireCreateDm(ulong RecipientId);

internal sealed record WireInteractionResponse(int Type, object? Data);

/// <summary>Discord's error body: <c>{code, message, errors?}</c>; a 429 has <c>{message, retry_after, global, code?}</c>.</summary>
internal sealed record WireError(int? Code, string? Message, double? RetryAfter, bool? Global);
