using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;
using PaperBot.Search;
using PaperBot.TestKit;

namespace PaperBot.Search.Tests;

/// <summary>Opens real indexes in temp folders.</summary>
internal static class TestIndex
{
    public static LucenePaperIndex Open(string path) =>
        new(Options.Create(new SearchOptions { IndexPath = path, RamBufferMb = 32 }), TestMetrics.Create(), NullLogger<LucenePaperIndex>.Instance);

    /// <summary>A committed index holding <paramref name="papers"/>.</summary>
    public static async Task<LucenePaperIndex> WithAsync(string path, params Paper[] papers)
    {
        var index = Open(path);
        await index.IndexAsync(papers);
        await index.CommitAsync(1);
        return index;
    }

    public static async IAsyncEnumerable<Paper> Stream(IEnumerable<Paper> papers)
    {
        foreach (var paper in papers)
        {
            await Task.Yield();
            yield return paper;
        }
    }
}
