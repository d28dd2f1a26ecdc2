using System.Text.Encodings.Web;
using System.Text.Json;

namespace PaperBot.Host.Output;

public static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Titles carry non-ASCII letters and symbols; keep them readable rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void WriteJson<T>(this CliConsole console, T value) => console.Out.WriteLine(JsonSerializer.Serialize(value, Options));
}
