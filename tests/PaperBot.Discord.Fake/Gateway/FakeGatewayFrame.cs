using System.Text.Json;

namespace PaperBot.Discord.Fake.Gateway;

/// <summary>A frame the client sent. <paramref name="ReceivedAt"/> is a Stopwatch timestamp.</summary>
public sealed record FakeGatewayFrame(int Op, JsonElement Data, string Raw, long ReceivedAt)
{
    public static FakeGatewayFrame Parse(string raw, long receivedAt)
    {
        using var document = JsonDocument.Parse(raw);
        var root = document.RootElement;
        var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
        return new FakeGatewayFrame(root.GetProperty("op").GetInt32(), data, raw, receivedAt);
    }

    /// <summary>The <c>d</c> of a heartbeat as a sequence number, null for <c>"d":null</c>.</summary>
    public long? HeartbeatSequence => Data.ValueKind == JsonValueKind.Number ? Data.GetInt64() : null;
}

/// <summary>How a connection ended: the client's close code, or null when it dropped without one.</summary>
public sealed record FakeGatewayClose(int? Code, string? Reason);
