using PaperBot.Core.Papers;
using PaperBot.Ingestion;
using PaperBot.Ingestion.SeedPages;
using PaperBot.TestKit;

namespace PaperBot.Search.Tests.Relevance;

/// <summary>The seed catalogue as the first run ingests it (every seed page parsed, papers merged by title),
/// indexed once for all the relevance tests.</summary>
public sealed class SeedCatalogueIndex : IAsyncLifetime
{
    private readonly TempFolder folder = new();

    public LucenePaperIndex Index { get; private set; } = null!;

    public IReadOnlyDictionary<PaperId, Paper> Papers { get; private set; } = new Dictionary<PaperId, Paper>();

    public async Task InitializeAsync()
    {
        var parser = new SeedPageParser();
        var papers = Directory.GetFiles(RepoPaths.Seeds).Order(StringComparer.Ordinal)
            .SelectMany(path => parser.Parse(new SourceText(path, File.ReadAllText(path))).Papers)
            .DistinctBy(p => p.TitleKey)
            .ToList();
        Papers = papers.ToDictionary(p => p.Id);
        Index = TestIndex.Open(folder.Path);
        await Index.RebuildAsync(TestIndex.Stream(papers), 1);
    }

    public async Task DisposeAsync()
    {
        await Index.DisposeAsync();
        folder.Dispose();
    }
}
