using System.Text.Json;

namespace PaperBot.Discord.Gateway;

/// <summary>A received payload <c>{op, d, s, t}</c>; <see cref="Data"/> is cloned out of the receive buffer.</summary>
internal sealed record GatewayFrame(int Op, JsonElement Data, long? Sequence, string? Type)
{
    public static GatewayFrame Parse(ReadOnlyMemory<byte> utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        var root = document.RootElement;
        var op = root.GetProperty("op").GetInt32();
        var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
        long? sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : null;
        var type = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return new GatewayFrame(op, data, sequence, type);
    }

    /// <summary>Hello's <c>d.heartbeat_interval</c>.</summary>
    public TimeSpan HeartbeatInterval => TimeSpan.FromMilliseconds(Data.GetProperty("heartbeat_interval").GetDouble());

    /// <summary>Invalid Session's <c>d</c>: whether the session may be resumed.</summary>
    public bool Resumable => Data.ValueKind == JsonValueKind.True;
}
