using Spectre.Console;

namespace PaperBot.Host.Output;

/// <summary>A table written a page of rows at a time. Spectre.Console lays a table out whole, and a table of the whole of
/// arXiv took <c>paperbot papers</c> to the machine's 24 GB before it was killed; each page is laid out on its own.</summary>
public static class PagedTable
{
    public const int PageRows = 1000;

    /// <param name="cells">A row's cells as markup (escape plain text).</param>
    /// <returns>How many rows were written.</returns>
    public static async Task<int> WriteAsync<T>(IAnsiConsole console, IAsyncEnumerable<T> rows, string[] columns, Func<T, string[]> cells,
        CancellationToken cancellationToken)
    {
        var count = 0;
        Table? page = null;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            page ??= new Table().AddColumns(columns);
            page.AddRow(cells(row));
            count++;
            if (page.Rows.Count == PageRows)
            {
                console.Write(page);
                page = null;
            }
        }
        // An empty list still shows its columns.
        if (page is not null || count == 0)
            console.Write(page ?? new Table().AddColumns(columns));
        return count;
    }
}
