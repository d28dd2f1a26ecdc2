namespace PaperBot.Discord.Fake.Gateway;

/// <summary>How the fake treats each new connection; read when a connection is accepted, so tests may change it between connections.</summary>
public sealed class FakeGatewayBehavior
{
    /// <summary>Hello's heartbeat_interval sent on connect; null sends no Hello (the test sends it, or op 7 first).</summary>
    public int? HelloIntervalMs { get; set; } = 41250;

    /// <summary>Answer op 1 with op 11. Off simulates a zombie connection.</summary>
    public bool AutoAck { get; set; } = true;

    /// <summary>Answer Identify with READY on a new session.</summary>
    public bool AutoReady { get; set; } = true;

    /// <summary>Answer Resume by replaying missed events then RESUMED (or op 9 false for an unknown session).</summary>
    public bool AutoResume { get; set; } = true;

    public string BotUserId { get; set; } = "1178012787457400832";

    public string ApplicationId { get; set; } = "1178012787457400832";
}
