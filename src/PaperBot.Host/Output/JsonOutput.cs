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

    /// <summary>Writes the value as indented JSON and a line end, piece by piece as it is serialized: a list (or an
    /// async stream) of a million papers is never one string in memory.</summary>
    public static async Task WriteJsonAsync<T>(this CliConsole console, T value, CancellationToken cancellationToken)
    {
        await using (var stream = new TextWriterStream(console.Out))
            await JsonSerializer.SerializeAsync(stream, value, Options, cancellationToken);
        await console.Out.WriteLineAsync();
    }
}
