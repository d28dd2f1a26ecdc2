namespace PaperBot.Discord.Rest;

/// <summary>GET /gateway/bot.</summary>
public sealed record GatewayBot(string Url, int Shards, SessionStartLimit SessionStartLimit);

/// <param name="ResetAfter">Discord sends milliseconds.</param>
public sealed record SessionStartLimit(int Total, int Remaining, TimeSpan ResetAfter, int MaxConcurrency);

public sealed record DiscordUser(ulong Id, string Username, bool IsBot);

public sealed record DiscordApplication(ulong Id, string Name, DiscordUser? Bot);

/// <summary>A registered application command; <paramref name="Definition"/> is the JSON Discord returned.</summary>
public sealed record ApplicationCommand(ulong Id, string Name, int Type, string? Description, System.Text.Json.JsonElement Definition);

/// <summary>A message as Discord returns it. <paramref name="Nonce"/> is only set on the create response:
/// Discord does not store it, so messages read back never have one.</summary>
public sealed record DiscordMessage(
    ulong Id,
    ulong ChannelId,
    ulong? AuthorId,
    string Content,
    DateTimeOffset? Timestamp,
    IReadOnlyList<Embed> Embeds,
    IReadOnlyList<ActionRow> Components,
    MessageFlags Flags,
    string? Nonce)
{
    /// <summary>Every button custom_id on the message, in order: PaperBot's own markers of what a message was.</summary>
    public IEnumerable<string> CustomIds =>
        Components.SelectMany(row => row.Buttons).Select(b => b.CustomId).OfType<string>();
}

/// <summary>Interaction callback types (Receiving and Responding, Interaction Callback Type).</summary>
public enum InteractionCallbackType
{
    Pong = 1,
    ChannelMessageWithSource = 4,
    DeferredChannelMessageWithSource = 5,
    DeferredUpdateMessage = 6,
    UpdateMessage = 7,
    ApplicationCommandAutocompleteResult = 8,
    Modal = 9,
}
