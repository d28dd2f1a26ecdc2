using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperBot.Slack.Tests;

internal static class TestData
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));

    public static string Text(string name) => File.ReadAllText(Path(name));

    public static JsonNode Node(string name) => JsonNode.Parse(Bytes(name))!;

    public static JsonElement Element(string name)
    {
        using var document = JsonDocument.Parse(Bytes(name));
        return document.RootElement.Clone();
    }
}
