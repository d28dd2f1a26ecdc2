using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using PaperBot.Core.Feeds;
using PaperBot.Core.Papers;
using PaperBot.Core.Search;
using PaperBot.TestKit;

namespace PaperBot.Ingestion.Tests;

/// <summary>The ingestion services as the host wires them, over the store and index a test gives.</summary>
internal sealed class TestIngestion : IDisposable
{
    private readonly ServiceProvider provider;

    public TestIngestion(IPaperStore store, IPaperIndex index, Action<IngestionOptions>? options = null, Action<HttpStandardResilienceOptions>? http = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(store);
        services.AddSingleton(index);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IFeedRunLog, InMemoryFeedRunLog>();
        services.AddPaperIngestion(http);
        if (options is not null)
            services.Configure(options);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Ingestor = provider.GetRequiredService<CatalogueIngestor>();
    }

    public CatalogueIngestor Ingestor { get; }

    public void Dispose() => provider.Dispose();
}
