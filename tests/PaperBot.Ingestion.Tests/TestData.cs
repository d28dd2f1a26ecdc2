namespace PaperBot.Ingestion.Tests;

/// <summary>The recorded samples under TestData/, copied next to the test assembly.</summary>
internal static class TestData
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "TestData", relative);

    public static SourceText Source(string relative) => new(PathOf(relative), File.ReadAllText(PathOf(relative)));
}
