using System.Text.RegularExpressions;
using PaperBot.Host.Output;
using Spectre.Console;

namespace PaperBot.Host.Tests.Output;

/// <summary>Lists as tables a page at a time: a table of a million papers laid out whole took 24 GB.</summary>
public sealed class PagedTableTests
{
    private readonly StringWriter output = new();
    private readonly IAnsiConsole console;

    public PagedTableTests()
    {
        console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 120;
    }

    [Fact]
    public async Task Rows_beyond_a_page_go_into_further_tables_and_every_row_is_written_once()
    {
        var rows = Enumerable.Range(0, (2 * PagedTable.PageRows) + 500).Select(i => $"paper-{i:D5}").ToAsyncEnumerable();

        var count = await PagedTable.WriteAsync(console, rows, ["id", "title"], id => [id, "A title"], CancellationToken.None);

        var text = output.ToString();
        Assert.Equal((2 * PagedTable.PageRows) + 500, count);
        Assert.Equal(3, Regex.Count(text, @"│ id\s+│ title"));
        var ids = Regex.Matches(text, @"paper-\d{5}").Select(m => m.Value).ToList();
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"paper-{i:D5}"), ids);
    }

    [Fact]
    public async Task An_empty_list_still_shows_its_columns()
    {
        var count = await PagedTable.WriteAsync(console, AsyncEnumerable.Empty<string>(), ["id", "title"], id => [id, ""], CancellationToken.None);

        Assert.Equal(0, count);
        Assert.Equal(1, Regex.Count(output.ToString(), @"│ id\s+│ title"));
    }
}
