namespace PaperBot.Host.Http;

/// <summary>The "Http" section: PaperBot's optional HTTP listener (off by default) for operators (<c>/healthz</c>,
/// <c>/readyz</c>, <c>/metrics</c>), Discord's interactions endpoint when <c>Discord:PublicKey</c> is set, and Slack's
/// request URL when <c>Slack:SigningSecret</c> is.</summary>
public sealed class HttpOptions
{
    public const string Section = "Http";

    /// <summary>Where the listener goes when it is enabled without addresses: this machine only.</summary>
    public const string LoopbackUrls = "http://127.0.0.1:8080";

    /// <summary>Turns the listener on, at <see cref="Urls"/> or else <see cref="LoopbackUrls"/>.</summary>
    public bool Enabled { get; set; }

    /// <summary>Where to listen, e.g. <c>http://127.0.0.1:8080</c>; several separated by <c>;</c>. Setting it turns the
    /// listener on too. Loopback is the safe choice: put a TLS proxy in front for Discord or Slack to reach it.</summary>
    public string Urls { get; set; } = "";

    /// <summary>The path Discord's Developer Portal is given as the Interactions Endpoint URL.</summary>
    public string DiscordInteractionsPath { get; set; } = "/discord/interactions";

    /// <summary>The path Slack's app settings are given as the request URL of events, slash commands and interactivity.</summary>
    public string SlackRequestsPath { get; set; } = PaperBot.Slack.Http.SlackHttpEndpointExtensions.DefaultPath;

    public bool Listens => Enabled || Urls.Trim().Length > 0;

    public IReadOnlyList<string> Addresses => (Urls.Trim().Length > 0 ? Urls : LoopbackUrls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
