using System.Text.Json;
using PaperBot.Host.Output;

namespace PaperBot.Host.Control;

/// <summary>A <c>paperbot</c> command line for the running bot to run: the arguments as typed, the folder they were typed
/// in (relative paths are read from there) and the person's terminal.</summary>
internal sealed record ControlRequest(string[] Args, string WorkingDirectory, TerminalFacts Terminal);

/// <summary>One piece of the answer: text for standard output or error, or, last, the exit code.</summary>
internal sealed record ControlFrame(string? Out = null, string? Error = null, int? Exit = null);

/// <summary>The wire format: one JSON object a line, each way.</summary>
internal static class ControlWire
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Encode<T>(T message) => JsonSerializer.Serialize(message, Options);

    public static T? Decode<T>(string line) => JsonSerializer.Deserialize<T>(line, Options);
}
