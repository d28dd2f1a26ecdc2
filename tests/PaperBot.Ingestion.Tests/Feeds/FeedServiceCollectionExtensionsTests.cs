using Microsoft.Extensions.DependencyInjection;
using PaperBot.Ingestion.Feeds;

namespace PaperBot.Ingestion.Tests.Feeds;

public sealed class FeedServiceCollectionExtensionsTests : IDisposable
{
    private readonly FeedTestHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public void The_paper_ingestion_brings_the_feeds_and_an_in_memory_run_log()
    {
        var services = host.Services();

        Assert.NotNull(services.GetRequiredService<FeedIngestion>());
        Assert.IsType<InMemoryFeedRunLog>(services.GetRequiredService<IFeedRunLog>());
        Assert.Same(services.GetRequiredService<IFeedRunLog>(), services.GetRequiredService<IFeedRunLog>());
    }

    [Fact]
    public void A_run_log_the_host_registered_first_is_kept()
    {
        var durable = new InMemoryFeedRunLog();

        var services = host.Services(more: s => s.AddSingleton<IFeedRunLog>(durable));

        Assert.Same(durable, services.GetRequiredService<IFeedRunLog>());
    }
}
