using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Core.Digests;
using PaperBot.Core.Digests.Scheduling;
using PaperBot.Core.Papers;
using PaperBot.Core.Users;
using PaperBot.Host.Hosting;
using PaperBot.Ingestion;
using PaperBot.Ingestion.Synthetic;
using PaperBot.Recommender.Benchmarks;

namespace PaperBot.Host.Benchmarks;

/// <summary>Many subscriptions due in the same minute, through the real dispatcher, recommender and LiteDB outbox; and the cost of a
/// dispatcher round when nothing is due, as the number of subscriptions that are not due grows.</summary>
public static class DigestBenchmark
{
    public sealed record Result(int Due, int FreshPapers, int Catalogue, TimeSpan DispatchTime, TimeSpan DispatchProcessorTime, int Queued, IReadOnlyList<(int NotDue, double RoundMs)> IdleRounds);

    public static async Task<Result> RunAsync(int subscriptions, int catalogueSize, int freshPapers, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(Path.GetTempPath(), "paperbot-bench", Guid.NewGuid().ToString("N"));
        try
        {
            using var host = PaperBotHost.Build(new HostSettings(Path.Combine(folder, "paperbot.db"), Interactive: false));
            await host.StartAsync(cancellationToken);
            var time = host.Services.GetRequiredService<TimeProvider>();
            var now = time.GetUtcNow();
            var papers = SyntheticCatalogue.Generate(catalogueSize, seed: 5).Select((s, i) => s.Paper with
            {
                // The last ones arrived after everybody's previous digest: today's fresh papers.
                FirstSeen = i >= catalogueSize - freshPapers ? now.AddHours(-1) : now.AddDays(-3),
            }).ToList();
            await host.Services.GetRequiredService<CatalogueIngestor>().IngestPapersAsync(papers, SyntheticCatalogue.Source, cancellationToken: cancellationToken);

            var store = host.Services.GetRequiredService<ISubscriptionStore>();
            var schedule = new DigestSchedule(new TimeOnly(8, 0), "UTC", DigestDays.Daily);
            for (var i = 0; i < subscriptions; i++)
                await store.SaveAsync(Subscription(i, schedule, nextDue: now.AddSeconds(-30), lastDigest: now.AddDays(-1)), cancellationToken);

            var dispatcher = host.Services.GetRequiredService<DigestDispatcher>();
            var processor = ProcessUsage.ProcessorTime();
            var clock = Stopwatch.StartNew();
            var queued = await dispatcher.DispatchDueAsync(cancellationToken);
            clock.Stop();
            processor = ProcessUsage.ProcessorTime() - processor;

            // Now nobody is due; add ever more subscriptions that are not due and time an idle round.
            var idle = new List<(int, double)>();
            var notDue = subscriptions;
            foreach (var more in new[] { 0, subscriptions, subscriptions * 2 })
            {
                for (var i = 0; i < more; i++)
                    await store.SaveAsync(Subscription(notDue + i, schedule, nextDue: now.AddHours(5), lastDigest: null), cancellationToken);
                notDue += more;
                await dispatcher.DispatchDueAsync(cancellationToken);
                var started = Stopwatch.GetTimestamp();
                for (var round = 0; round < 20; round++)
                    await dispatcher.DispatchDueAsync(cancellationToken);
                idle.Add((notDue, Stopwatch.GetElapsedTime(started).TotalMilliseconds / 20));
            }
            await host.StopAsync(cancellationToken);
            return new Result(subscriptions, freshPapers, catalogueSize, clock.Elapsed, processor, queued, idle);
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    private static Subscription Subscription(int i, DigestSchedule schedule, DateTimeOffset nextDue, DateTimeOffset? lastDigest)
    {
        var person = new UserRef("bench", "w", $"u{i}");
        return new Subscription(DigestTarget.Direct(person, $"dm{i}"), person, schedule, 5, [], [], [], nextDue, lastDigest, null, null, nextDue.AddDays(-7));
    }
}
