using System.Buffers;
using System.Text.Json;

namespace PaperBot.Discord.Gateway;

/// <summary>Builds the payloads we send, as UTF-8 JSON.</summary>
internal static class GatewayPayloads
{
    /// <summary>Discord closes with 4002 on a larger payload.</summary>
    public const int MaxPayloadBytes = 4096;

    public static byte[] Heartbeat(long? sequence) => Write(GatewayOpCode.Heartbeat, writer =>
    {
        if (sequence is { } s)
        {
            writer.WriteNumberValue(s);
        }
        else
        {
            writer.WriteNullValue();
        }
    });

    public static byte[] Identify(string token, int intents, int shardId, int shardCount) => Write(GatewayOpCode.Identify, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("token", token);
        writer.WriteStartObject("properties");
        writer.WriteString("os", OperatingSystemName());
        writer.WriteString("browser", "paperbot");
        writer.WriteString("device", "paperbot");
        writer.WriteEndObject();
        writer.WriteNumber("intents", intents);
        writer.WriteStartArray("shard");
        writer.WriteNumberValue(shardId);
        writer.WriteNumberValue(shardCount);
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    public static byte[] Resume(string token, string sessionId, long? sequence) => Write(GatewayOpCode.Resume, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("token", token);
        writer.WriteString("session_id", sessionId);
        if (sequence is { } s)
        {
            writer.WriteNumber("seq", s);
        }
        else
        {
            writer.WriteNull("seq");
        }

        writer.WriteEndObject();
    });

    /// <summary>Throws before a payload Discord would answer with close 4002.</summary>
    public static void EnsureFits(ReadOnlyMemory<byte> payload)
    {
        if (payload.Length > MaxPayloadBytes)
        {
            throw new InvalidOperationException($"Gateway payload of {payload.Length} bytes exceeds Discord's {MaxPayloadBytes}-byte limit.");
        }
    }

    private static byte[] Write(int op, Action<Utf8JsonWriter> writeData)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", op);
            writer.WritePropertyName("d");
            writeData(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static string OperatingSystemName() =>
        OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux";
}
