using System.Text.Json.Nodes;

namespace PaperBot.Slack.Fake;

/// <summary>One Web API request as the fake saw it.</summary>
public sealed record FakeApiCall(string Method, string? Authorization, string? ContentType, string Body, int Status, DateTimeOffset At);

/// <summary>One ack received on a socket.</summary>
public sealed record FakeAck(int SocketIndex, string EnvelopeId, JsonNode? Payload, DateTimeOffset At);

/// <summary>A stored message.</summary>
public sealed class FakeMessage
{
    public required string Ts { get; init; }

    public string? Text { get; set; }

    public JsonNode? Blocks { get; set; }

    public string? User { get; init; }

    public string? BotId { get; init; }

    public JsonObject? Metadata { get; init; }

    public List<string> Reactions { get; } = [];
}

/// <summary>A channel with its messages (oldest first).</summary>
public sealed class FakeChannel
{
    private long counter;

    public required string Id { get; init; }

    public string? Creator { get; init; }

    public bool IsIm { get; init; }

    public string? User { get; init; }

    public bool IsArchived { get; set; }

    /// <summary>Off: chat.postMessage answers not_in_channel.</summary>
    public bool BotIsMember { get; set; } = true;

    public List<FakeMessage> Messages { get; } = [];

    /// <summary>Unique and rising per channel, Slack-shaped and, like Slack's, the moment of posting (seconds since 1970,
    /// six decimals), so that conversations.history's <c>oldest</c> means what it means on Slack.</summary>
    internal string NextTs()
    {
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() * 1000;
        long last, next;
        do
        {
            last = Interlocked.Read(ref counter);
            next = Math.Max(now, last + 100);
        }
        while (Interlocked.CompareExchange(ref counter, next, last) != last);
        return $"{next / 1_000_000}.{next % 1_000_000:000000}";
    }
}

/// <summary>A seeded user for users.info.</summary>
public sealed record FakeUser(string Id, string RealName, string Tz = "Europe/Berlin", int TzOffset = 3600, bool IsAdmin = false, bool IsOwner = false, bool IsBot = false);
