using System.Globalization;
using PaperBot.Discord.Rest.Wire;

namespace PaperBot.Discord.Rest;

public sealed partial class DiscordRestClient
{
    public const int MaxMessagesPerPage = 100;

    /// <summary>POST /channels/{id}/messages. With a <paramref name="nonce"/> (≤ 25 characters) the body carries
    /// <c>enforce_nonce: true</c>, so a resend within Discord's few-minute window returns the first message instead
    /// of posting twice. Never retried on 5xx or timeouts: the caller decides, to keep sends exactly-once.</summary>
    public async Task<DiscordMessage> CreateMessageAsync(ulong channelId, OutgoingMessage message, string? nonce, CancellationToken ct)
    {
        var wire = await SendAsync<WireMessage>(
            Route(HttpMethod.Post, "/channels/{channel_id}/messages", Id(channelId), $"/channels/{Id(channelId)}/messages"),
            WireMessageBody.From(message, nonce), ct);
        return wire.ToMessage();
    }

    /// <summary>GET /channels/{id}/messages, newest first. Give at most one of <paramref name="after"/> and <paramref name="before"/>.</summary>
    public async Task<IReadOnlyList<DiscordMessage>> GetChannelMessagesAsync(
        ulong channelId, ulong? after, ulong? before, int limit, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxMessagesPerPage);
        if (after is not null && before is not null)
            throw new ArgumentException("Discord takes one of after and before, not both.", nameof(before));
        var query = "?limit=" + limit.ToString(CultureInfo.InvariantCulture)
            + (after is { } a ? "&after=" + Id(a) : "")
            + (before is { } b ? "&before=" + Id(b) : "");
        var wire = await SendAsync<List<WireMessage>>(
            Route(HttpMethod.Get, "/channels/{channel_id}/messages", Id(channelId), $"/channels/{Id(channelId)}/messages{query}"), null, ct);
        return wire.Select(m => m.ToMessage()).ToList();
    }

    /// <summary>PUT /channels/{c}/messages/{m}/reactions/{emoji}/@me (204). <paramref name="emoji"/> is a Unicode
    /// emoji ("👍") or a custom one as <c>name:id</c>; it is URL-encoded here, as Discord requires.</summary>
    public Task AddReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(emoji);
        return SendNoContentAsync(
            Route(HttpMethod.Put, "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me", Id(channelId),
                $"/channels/{Id(channelId)}/messages/{Id(messageId)}/reactions/{Uri.EscapeDataString(emoji)}/@me"),
            null, ct);
    }
}
