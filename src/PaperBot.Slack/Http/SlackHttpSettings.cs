namespace PaperBot.Slack.Http;

/// <summary>Limits of the HTTP endpoint; register one in DI to override the defaults.</summary>
/// <param name="MaxBodyBytes">Larger bodies get 413. Slack's requests are a few KiB (an interaction with its message's blocks
/// a few dozen); 1 MiB leaves ample room.</param>
/// <param name="AckWithin">How long a slash command's request waits for its reply before answering empty (the reply then
/// goes through response_url): inside Slack's 3 s, leaving room for the answer to travel.</param>
/// <param name="DedupeCapacity">Event ids remembered for dropping Slack's retries of an event already taken.</param>
/// <param name="DedupeWindow">How long they are remembered: Slack retries after about 1 and 5 minutes.</param>
internal sealed record SlackHttpSettings(long MaxBodyBytes, TimeSpan AckWithin, int DedupeCapacity, TimeSpan DedupeWindow)
{
    public static SlackHttpSettings Default { get; } = new(1024 * 1024, TimeSpan.FromMilliseconds(2500), 10_000, TimeSpan.FromHours(1));
}
