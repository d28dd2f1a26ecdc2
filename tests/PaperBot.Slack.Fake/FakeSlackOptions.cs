namespace PaperBot.Slack.Fake;

/// <summary>How the fake behaves; Slack's documented limits by default.</summary>
public sealed class FakeSlackOptions
{
    public string AppToken { get; set; } = "xapp-1-fake-app-token";

    public string BotToken { get; set; } = "xoxb-fake-bot-token";

    public string TeamId { get; set; } = "T0FAKE";

    public string BotUserId { get; set; } = "U0BOT";

    public string BotId { get; set; } = "B0BOT";

    /// <summary>Send hello right after the socket opens (off: tests send it with <see cref="FakeSocket.SendHelloAsync"/>).</summary>
    public bool SendHello { get; set; } = true;

    /// <summary>chat.postMessage per channel: this many posts within one second, then 429 Retry-After 1.</summary>
    public int PostsPerSecondPerChannel { get; set; } = 1;

    /// <summary>Short bursts Slack tolerates on top of one per second.</summary>
    public int PostBurstPerChannel { get; set; } = 3;

    /// <summary>chat.postMessage per workspace per minute.</summary>
    public int PostsPerMinute { get; set; } = 300;
}
