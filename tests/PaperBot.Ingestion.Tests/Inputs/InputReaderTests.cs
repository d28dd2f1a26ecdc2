using System.Text;
using PaperBot.Ingestion.Inputs;
using PaperBot.TestKit;

namespace PaperBot.Ingestion.Tests.Inputs;

public sealed class InputReaderTests
{
    private readonly InputReader reader = new(new HttpInputFetcher(new HttpClient()));

    [Fact]
    public void Folders_expand_to_their_files_recursively_in_path_order_without_hidden_files()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("b"));
        Directory.CreateDirectory(folder.File("empty"));
        File.WriteAllText(folder.File("b/z.txt"), "z");
        File.WriteAllText(folder.File("a.txt"), "a");
        File.WriteAllText(folder.File(".gitkeep"), "");

        var locations = InputReader.Expand([folder.Path, folder.File("empty"), "https://example.org/feed.atom", folder.File("missing.txt")]);

        Assert.Equal([folder.File("a.txt"), folder.File("b/z.txt"), folder.File("empty"), "https://example.org/feed.atom", folder.File("missing.txt")], locations);
    }

    [Theory]
    [InlineData(new byte[0], "empty file")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09 }, "empty file (only white space)")]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, "binary file (it contains NUL bytes), not text")]
    [InlineData(new byte[] { 0x43, 0x61, 0x66, 0xE9 }, "not UTF-8 text (a binary file?)")]
    public async Task What_is_not_text_is_refused_with_the_reason(byte[] bytes, string reason)
    {
        using var folder = new TempFolder();
        await File.WriteAllBytesAsync(folder.File("input"), bytes);

        var content = await reader.ReadAsync(folder.File("input"));

        Assert.Equal("", content.Text);
        Assert.Equal(new IngestProblem(folder.File("input"), null, reason), content.Problem);
    }

    [Fact]
    public async Task Utf8_text_is_read_without_its_byte_order_mark()
    {
        using var folder = new TempFolder();
        await File.WriteAllBytesAsync(folder.File("page.txt"), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Ünïcode title")]);

        var content = await reader.ReadAsync(folder.File("page.txt"));

        Assert.Equal("Ünïcode title", content.Text);
        Assert.Null(content.Problem);
    }

    [Fact]
    public async Task An_empty_folder_and_a_missing_path_are_reported()
    {
        using var folder = new TempFolder();

        Assert.Equal("the folder holds no files", (await reader.ReadAsync(folder.Path)).Problem?.Reason);
        Assert.Equal("no such file, folder or http(s) URL", (await reader.ReadAsync(folder.File("nope"))).Problem?.Reason);
    }
}
