using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using PaperBot.Core;
using PaperBot.Core.Feeds;

namespace PaperBot.Ingestion.Feeds;

public static class FeedServiceCollectionExtensions
{
    // Far beyond a day's feed (about 300 KB for 100 arXiv entries), small enough that a runaway response cannot fill memory.
    private const int MaxResponseBytes = 32 * 1024 * 1024;

    /// <summary>
    /// <see cref="FeedIngestion"/> and its HTTP client with the standard resilience pipeline. The host registers an
    /// <see cref="IFeedRunLog"/> (the LiteDB storage does, so that <c>/papers status</c> survives a restart), binds
    /// <see cref="FeedOptions"/> to <see cref="FeedOptions.Section"/> and schedules <see cref="FeedIngestion.IngestAllAsync"/>
    /// by <see cref="FeedOptions.Cron"/>.
    /// <paramref name="configureHttp"/> adjusts the resilience pipeline after the feed defaults.
    /// </summary>
    public static IServiceCollection AddFeedIngestion(this IServiceCollection services, Action<HttpStandardResilienceOptions>? configureHttp = null)
    {
        // The configuration binder appends to a list's initial items, so the default categories come after binding.
        services.AddOptions<FeedOptions>().PostConfigure(options =>
        {
            if (options.ArxivCategories.Count == 0)
            {
                foreach (var category in FeedOptions.DefaultArxivCategories)
                    options.ArxivCategories.Add(category);
            }
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FeedOptions>, FeedOptionsValidator>());
        var http = services.AddHttpClient<FeedHttpClient>(client =>
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd("PaperBot/1.0");
            client.MaxResponseContentBufferSize = MaxResponseBytes;
        });
        http.AddStandardResilienceHandler(options =>
        {
            options.Retry.MaxRetryAttempts = 3;
            options.Retry.ShouldRetryAfterHeader = true;
            // A query for 100 entries can keep arXiv busy for several seconds; the defaults (10 s, 30 s in all) are tight.
            options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(30);
            options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(90);
            options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(60);
            configureHttp?.Invoke(options);
        });
        // Added after the resilience handler, so it runs inside it: once per attempt.
        http.AddHttpMessageHandler(() => new AttemptCounter());
        services.AddPaperBotMetrics();
        services.TryAddTransient<FeedIngestion>();
        return services;
    }
}
