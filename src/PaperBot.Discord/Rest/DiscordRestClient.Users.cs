using PaperBot.Discord.Rest.Wire;

namespace PaperBot.Discord.Rest;

public sealed partial class DiscordRestClient
{
    /// <summary>GET /users/@me: the bot user; a 401 here means the token is wrong.</summary>
    public async Task<DiscordUser> GetCurrentUserAsync(CancellationToken ct)
    {
        var wire = await SendAsync<WireUser>(Route(HttpMethod.Get, "/users/@me", "", "/users/@me"), null, ct);
        return wire.ToUser();
    }

    /// <summary>GET /applications/@me: the application id that commands and webhooks are addressed by.</summary>
    public async Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken ct)
    {
        var wire = await SendAsync<WireApplication>(Route(HttpMethod.Get, "/applications/@me", "", "/applications/@me"), null, ct);
        return wire.ToApplication();
    }

    /// <summary>POST /users/@me/channels: the DM channel with a user. Discord returns the same channel every time,
    /// so it is asked once per user and then remembered.</summary>
    public async Task<ulong> CreateDmAsync(ulong recipientId, CancellationToken ct)
    {
        if (dmChannelByUser.TryGetValue(recipientId, out var cached))
            return cached;
        var channel = await SendAsync<WireDmChannel>(
            Route(HttpMethod.Post, "/users/@me/channels", "", "/users/@me/channels"), new WireCreateDm(recipientId), ct);
        dmChannelByUser[recipientId] = channel.Id;
        return channel.Id;
    }

    /// <summary>Forgets a cached DM channel, e.g. after Discord said it no longer exists (10003).</summary>
    public void ForgetDmChannel(ulong recipientId) => dmChannelByUser.TryRemove(recipientId, out _);
}
