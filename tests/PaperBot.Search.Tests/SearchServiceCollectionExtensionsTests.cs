using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PaperBot.Core.Search;
using PaperBot.TestKit;

namespace PaperBot.Search.Tests;

public sealed class SearchServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Registers_one_index_that_opens_the_configured_folder()
    {
        var indexPath = folder.File("index");
        await using var provider = new ServiceCollection()
            .AddLogging()
            .AddLuceneSearch()
            .Configure<SearchOptions>(o => o.IndexPath = indexPath)
            .BuildServiceProvider();

        var index = provider.GetRequiredService<IPaperIndex>();

        Assert.Same(provider.GetRequiredService<LucenePaperIndex>(), index);
        Assert.Null(await index.RevisionAsync());
        Assert.NotEmpty(Directory.GetFiles(indexPath, "segments_*"));
    }

    [Fact]
    public void An_unset_index_path_is_refused()
    {
        using var provider = new ServiceCollection().AddLogging().AddLuceneSearch().BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SearchOptions>>().Value);
        Assert.Contains("IndexPath", error.Message, StringComparison.Ordinal);
    }
}
