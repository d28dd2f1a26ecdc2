using System.Text.Json;

namespace PaperBot.Discord.Rest.Wire;

/// <summary>The body of every message PaperBot sends. Built only by <see cref="From"/>, which is the one place
/// that sets <c>allowed_mentions</c>.</summary>
internal sealed record WireMessageBody(
    string? Content,
    IReadOnlyList<Embed>? Embeds,
    IReadOnlyList<WireComponent>? Components,
    int? Flags,
    WireAllowedMentions AllowedMentions,
    string? Nonce,
    bool? EnforceNonce)
{
    public static WireMessageBody From(OutgoingMessage message, string? nonce = null)
    {
        OutgoingMessageValidator.Validate(message);
        OutgoingMessageValidator.ValidateNonce(nonce);
        return new(
            message.Content,
            message.Embeds,
            message.Components?.Select(WireComponent.From).ToList(),
            message.Flags == MessageFlags.None ? null : (int)message.Flags,
            WireAllowedMentions.None,
            nonce,
            nonce is null ? null : true);
    }
}

/// <summary>An empty parse list: no @everyone, role or user pings from paper titles or abstracts.</summary>
internal sealed record WireAllowedMentions(IReadOnlyList<string> Parse)
{
    public static WireAllowedMentions None { get; } = new([]);
}

/// <summary>Type 1 is an action row, type 2 a button.</summary>
internal sealed record WireComponent(
    int Type,
    int? Style = null,
    string? Label = null,
    string? CustomId = null,
    string? Url = null,
    bool? Disabled = null,
    IReadOnlyList<WireComponent>? Components = null)
{
    public const int ActionRowType = 1;
    public const int ButtonType = 2;

    public static WireComponent From(ActionRow row) =>
        new(ActionRowType, Components: row.Buttons.Select(b =>
            new WireComponent(ButtonType, (int)b.Style, b.Label, b.CustomId, b.Url, b.Disabled ? true : null)).ToList());

    public ActionRow? ToActionRow() => Type != ActionRowType ? null : new ActionRow(
        (Components ?? []).Where(c => c.Type == ButtonType)
            .Select(c => new Button((ButtonStyle)(c.Style ?? 0), c.Label, c.CustomId, c.Url, c.Disabled ?? false)).ToList());
}

internal sealed record WireUser(ulong Id, string Username, bool? Bot)
{
    public DiscordUser ToUser() => new(Id, Username, Bot ?? false);
}

internal sealed record WireMessage(
    ulong Id,
    ulong ChannelId,
    WireUser? Author,
    string? Content,
    DateTimeOffset? Timestamp,
    IReadOnlyList<Embed>? Embeds,
    IReadOnlyList<WireComponent>? Components,
    int? Flags,
    JsonElement? Nonce)
{
    public DiscordMessage ToMessage() => new(
        Id,
        ChannelId,
        Author?.Id,
        Content ?? "",
        Timestamp,
        Embeds ?? [],
        (Components ?? []).Select(c => c.ToActionRow()).OfType<ActionRow>().ToList(),
        (MessageFlags)(Flags ?? 0),
        Nonce switch
        {
            { ValueKind: JsonValueKind.String } n => n.GetString(),
            { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
            _ => null,
        });
}
