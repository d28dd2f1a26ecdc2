using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using PaperBot.Ingestion.Arxiv;
using PaperBot.Ingestion.Feeds;
using PaperBot.Ingestion.HuggingFace;
using PaperBot.Ingestion.Inputs;
using PaperBot.Ingestion.SeedPages;
using PaperBot.Ingestion.Snapshot;

namespace PaperBot.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>The parsers, the HTTP fetcher with its resilience and the <see cref="CatalogueIngestor"/>. The host
    /// registers <c>IPaperStore</c>, <c>IPaperIndex</c>, <c>IFeedRunLog</c> and <c>TimeProvider</c>. <paramref name="configureHttp"/>
    /// adjusts the standard resilience pipeline (retries on 408, 429 and 5xx with exponential backoff and jitter,
    /// honouring Retry-After; per-attempt and total timeouts; a circuit breaker).</summary>
    public static IServiceCollection AddPaperIngestion(this IServiceCollection services, Action<HttpStandardResilienceOptions>? configureHttp = null)
    {
        services.AddOptions<IngestionOptions>();
        // Order matters only for texts two parsers would both claim; the seed parser, the most lenient, goes last.
        services.AddSingleton<IPaperParser, ArxivAtomParser>();
        services.AddSingleton<IPaperParser, HuggingFaceDailyParser>();
        services.AddSingleton<IPaperParser, ArxivSnapshotParser>();
        services.AddSingleton<IPaperParser, SeedPageParser>();
        services.AddHttpClient<HttpInputFetcher>(client => client.DefaultRequestHeaders.UserAgent.ParseAdd("PaperBot/1.0"))
            .AddStandardResilienceHandler(options =>
            {
                options.Retry.MaxRetryAttempts = 3;
                options.Retry.ShouldRetryAfterHeader = true;
                configureHttp?.Invoke(options);
            });
        services.TryAddTransient<InputReader>();
        services.TryAddTransient<CatalogueIngestor>();
        services.AddFeedIngestion(configureHttp);
        return services;
    }
}
