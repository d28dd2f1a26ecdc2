using System.Text.Json;

namespace PaperBot.Slack.WebApi;

public sealed partial class SlackWebApiClient
{
    /// <summary>auth.test: the bot's own user id and the workspace (team) id.</summary>
    public async Task<SlackAuthInfo> AuthTestAsync(CancellationToken cancellationToken = default)
    {
        var root = await CallFormAsync("auth.test", [], cancellationToken);
        return new SlackAuthInfo(
            SlackJson.String(root, "user_id") ?? "",
            SlackJson.String(root, "team_id") ?? "",
            SlackJson.String(root, "bot_id"),
            SlackJson.String(root, "team"),
            SlackJson.String(root, "url"));
    }

    /// <summary>users.info: time zone (for digest times), admin/owner (for workspace settings), bot or not.</summary>
    public async Task<SlackUserInfo> UsersInfoAsync(string user, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        var root = await CallFormAsync("users.info", [new("user", user)], cancellationToken);
        var u = root.GetProperty("user");
        var realName = SlackJson.String(u, "real_name")
            ?? (u.TryGetProperty("profile", out var profile) ? SlackJson.String(profile, "real_name") : null);
        int? offset = u.TryGetProperty("tz_offset", out var o) && o.ValueKind == JsonValueKind.Number ? o.GetInt32() : null;
        return new SlackUserInfo(
            u.GetProperty("id").GetString()!,
            SlackJson.String(u, "tz"),
            offset,
            SlackJson.Bool(u, "is_admin"),
            SlackJson.Bool(u, "is_owner"),
            realName,
            SlackJson.Bool(u, "is_bot"),
            SlackJson.Bool(u, "deleted"));
    }
}
