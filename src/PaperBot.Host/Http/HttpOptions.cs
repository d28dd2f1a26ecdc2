namespace PaperBot.Host.Http;

/// <summary>The "Http" section: PaperBot's optional HTTP listener (off by default), for <c>/healthz</c>, Discord's
/// interactions endpoint when <c>Discord:PublicKey</c> is set, and Slack's request URL when <c>Slack:SigningSecret</c> is.</summary>
public sealed class HttpOptions
{
    public const string Section = "Http";

    /// <summary>Where to listen, e.g. <c>http://127.0.0.1:8080</c>; several separated by <c>;</c>. Empty: no listener.
    /// Loopback is the safe default to type: put a TLS proxy in front for Discord to reach it.</summary>
    public string Urls { get; set; } = "";

    /// <summary>The path Discord's Developer Portal is given as the Interactions Endpoint URL.</summary>
    public string DiscordInteractionsPath { get; set; } = "/discord/interactions";

    /// <summary>The path Slack's app settings are given as the request URL of events, slash commands and interactivity.</summary>
    public string SlackRequestsPath { get; set; } = PaperBot.Slack.Http.SlackHttpEndpointExtensions.DefaultPath;

    public bool Enabled => Urls.Trim().Length > 0;
}
