using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Host.Hosting;
using PaperBot.Ingestion.Feeds;

namespace PaperBot.Benchmarks;

/// <summary>The bot host as <c>paperbot run</c> builds it, for a benchmark: feeds off (no network), logs only from
/// warnings up (a line per digest would time the console), the platform's settings, then the benchmark's own.</summary>
public static class BotHost
{
    public static IHost Build(string database, IReadOnlyDictionary<string, string?> platform, IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection>? configure)
    {
        var all = new Dictionary<string, string?>(platform)
        {
            ["Feeds:ArxivEnabled"] = "false",
            ["Feeds:HuggingFaceEnabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:PaperBot"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        return PaperBotHost.Build(new HostSettings(database, Interactive: true, all), services =>
        {
            services.PostConfigure<FeedOptions>(o => (o.ArxivEnabled, o.HuggingFaceEnabled) = (false, false));
            configure?.Invoke(services);
        });
    }
}
