using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaperBot.Discord.Rest.Wire;

/// <summary>Discord's JSON: snake_case names, nulls left out, snowflakes as strings.</summary>
internal static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new SnowflakeConverter() },
    };
}

/// <summary>Snowflakes are 64-bit and travel as JSON strings (JavaScript numbers would lose precision); reading
/// also accepts a number, which some fields (nonce, older payloads) use.</summary>
internal sealed class SnowflakeConverter : JsonConverter<ulong>
{
    public override ulong Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? ulong.Parse(reader.GetString()!, NumberStyles.None, CultureInfo.InvariantCulture)
            : reader.GetUInt64();

    public override void Write(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}
