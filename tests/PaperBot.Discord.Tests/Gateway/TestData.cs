using System.Text.Json;

namespace PaperBot.Discord.Tests.Gateway;

internal static class TestData
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));

    public static JsonElement Payload(string name)
    {
        using var document = JsonDocument.Parse(Bytes(name));
        return document.RootElement.Clone();
    }
}
