namespace PaperBot.Slack.SocketMode;

public sealed record SlackSocketModeOptions
{
    /// <summary>Where apps.connections.open is called; tests point it at the fake. Must end with a slash.</summary>
    public Uri WebApiBaseUrl { get; init; } = new("https://slack.com/api/");

    /// <summary>Envelopes waiting for the consumer; when full, reading the socket pauses (Slack then retries).</summary>
    public int EnvelopeQueueCapacity { get; init; } = 256;

    /// <summary>
    /// For envelopes with accepts_response_payload, the consumer may ack with a payload; if it has not after this,
    /// the client acks empty so Slack's 3 s deadline is met.
    /// </summary>
    public TimeSpan AutoAckAfter { get; init; } = TimeSpan.FromMilliseconds(2500);

    /// <summary>Ids remembered for dropping duplicates (envelope_id and events_api event_id).</summary>
    public int DedupeCapacity { get; init; } = 10_000;

    public TimeSpan DedupeWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>ClientWebSocket PING interval; with <see cref="KeepAliveTimeout"/> a missing PONG aborts a half-open socket.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan KeepAliveTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// No frame for this long and the socket is replaced (.NET does not surface Slack's pings, so frames are what we
    /// can see). Replacing a healthy idle socket costs one apps.connections.open; null turns the check off.
    /// </summary>
    public TimeSpan? IdleTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a new socket may take to send hello.</summary>
    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long we keep reading a socket we are closing, for envelopes already on their way.</summary>
    public TimeSpan CloseGrace { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Appends debug_reconnects=true: Slack then refreshes every 360 s (for trying refresh handling).</summary>
    public bool DebugReconnects { get; init; }
}
