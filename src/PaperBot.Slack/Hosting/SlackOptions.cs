namespace PaperBot.Slack.Hosting;

/// <summary>The "Slack" configuration section. The bot token with the app token (Socket Mode) or with the signing secret
/// (HTTP mode) selects Slack (beside Discord, if that is configured too); these secrets come from the environment
/// (<c>PAPERBOT_Slack__BotToken</c>, <c>PAPERBOT_Slack__AppToken</c>, <c>PAPERBOT_Slack__SigningSecret</c>) or
/// <c>/run/secrets</c>, never from a config file, and are never logged.</summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>The bot token (<c>xoxb-…</c>) for the Web API.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>The app-level token (<c>xapp-…</c>, scope connections:write) for Socket Mode.</summary>
    public string AppToken { get; set; } = "";

    /// <summary>Verifies the requests of the optional HTTP mode (Basic Information → Signing Secret); Socket Mode needs
    /// no signature check. With it and no app token, Slack runs in HTTP mode only.</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary>The Web API root; tests point it at a local fake. The socket URL comes from apps.connections.open.</summary>
    public string ApiBaseUrl { get; set; } = WebApi.SlackWebApiOptions.DefaultBaseUrl.ToString();

    /// <summary>The slash command PaperBot answers, as configured in the app (<c>/papers</c>).</summary>
    public string CommandName { get; set; } = "/papers";

    /// <summary>Who may change a channel's digest: <see cref="ChannelManagerRule.AdminsAndCreator"/> (workspace admins
    /// and owners, and the channel's creator) or <see cref="ChannelManagerRule.Anyone"/>.</summary>
    public string ChannelManagers { get; set; } = ChannelManagerRule.AdminsAndCreator;

    /// <summary>How long a message post may still land after it was sent (the HTTP timeout): after a crash, a part whose
    /// answer was lost is looked for in the conversation only once this has passed since the attempt.</summary>
    public TimeSpan InFlightWindow { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many digests are sent side by side; the Web API client paces posts per channel and workspace.</summary>
    public int ParallelDeliveries { get; set; } = 8;

    public bool Enabled => BotToken.Length > 0 && (SocketMode || HttpMode);

    /// <summary>Events arrive over Socket Mode: there is an app token.</summary>
    public bool SocketMode => AppToken.Length > 0;

    /// <summary>Requests to the HTTP listener are verified and answered: there is a signing secret.</summary>
    public bool HttpMode => SigningSecret.Length > 0;

    /// <summary>The API root with the trailing slash relative method names need.</summary>
    public Uri ApiBase => new(ApiBaseUrl.EndsWith('/') ? ApiBaseUrl : ApiBaseUrl + "/");
}

public static class ChannelManagerRule
{
    public const string AdminsAndCreator = "admins-and-creator";
    public const string Anyone = "anyone";
}
