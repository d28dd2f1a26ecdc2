using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Feeds;
using PaperBot.Core.Papers;
using PaperBot.Core.Search;
using PaperBot.Ingestion.Feeds;
using PaperBot.TestKit;

namespace PaperBot.Ingestion.Tests.Feeds;

public sealed class FeedServiceCollectionExtensionsTests : IDisposable
{
    private readonly FeedTestHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task The_feeds_record_their_runs_in_the_log_the_host_registered()
    {
        var log = new InMemoryFeedRunLog();
        host.AllUp();
        var services = host.Services(more: s => s.AddSingleton<IFeedRunLog>(log));

        var runs = await services.GetRequiredService<FeedIngestion>().IngestAllAsync();

        Assert.Same(log, services.GetRequiredService<IFeedRunLog>());
        Assert.Equal(runs.OrderBy(r => r.Source, StringComparer.Ordinal), await log.LatestPerSourceAsync());
    }

    [Fact]
    public void Without_a_run_log_the_services_do_not_build_and_name_the_missing_port()
    {
        var services = new ServiceCollection()
            .AddSingleton<IPaperStore>(host.Store)
            .AddSingleton<IPaperIndex>(host.Index)
            .AddSingleton(TimeProvider.System)
            .AddPaperIngestion();

        var error = Assert.Throws<AggregateException>(() => services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));

        Assert.Contains(nameof(IFeedRunLog), error.Message, StringComparison.Ordinal);
    }
}
