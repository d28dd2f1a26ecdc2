using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Host.Scheduling;
using PaperBot.Host.Tests.Terminal;
using PaperBot.Recommender.Model;
using PaperBot.TestKit;
using Quartz;

namespace PaperBot.Host.Tests.Scheduling;

/// <summary>Early retraining through the host's real Quartz scheduler: a new job instance runs every time.</summary>
public sealed class RetrainJobTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Retrains_early_once_enough_thumbs_arrived_or_went_since_the_model_in_service_was_trained()
    {
        var input = new ScriptedInput();
        using var host = TerminalHost.Build(folder.File("bot.db"), input, new StringWriter(),
            services => services.PostConfigure<PaperBot.Host.Scheduling.SchedulingOptions>(o => o.RetrainAfterThumbs = 5));
        var papers = Enumerable.Range(0, 40).Select(i => PaperBuilder.Paper($"Paper {i} on {(i % 2 == 0 ? "graph networks" : "speech codecs")}")).ToList();
        await host.Services.GetRequiredService<IPaperStore>().SaveAsync(papers);
        var ratings = host.Services.GetRequiredService<IRatingStore>();
        await ratings.SetManyAsync(Thumbs(papers, people: 2, each: 4));
        var runs = Channel.CreateUnbounded<string>();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        scheduler.ListenerManager.AddJobListener(new RunListener(runs.Writer), [Matchers.Key(RetrainJob.Key)]);
        var models = host.Services.GetRequiredService<ModelHolder>();

        // The periodic check runs as the bot starts: 8 thumbs and no model yet, so it trains.
        var running = host.RunAsync();
        await NextRunAsync(runs.Reader);
        var first = await models.CurrentAsync();
        Assert.Equal(8, first?.Ratings);

        await ratings.SetManyAsync(Thumbs(papers, people: 1, each: 4, firstPerson: 10));
        await scheduler.TriggerJob(RetrainJob.Key);
        await NextRunAsync(runs.Reader);
        Assert.Equal(first!.Version, (await models.CurrentAsync())?.Version);

        await ratings.SetAsync(new Rating(UserRef.Terminal("p11"), papers[0].Id, Thumb.Up, "test", At));
        await scheduler.TriggerJob(RetrainJob.Key);
        await NextRunAsync(runs.Reader);
        var second = await models.CurrentAsync();
        Assert.NotEqual(first.Version, second?.Version);
        Assert.Equal(13, second?.Ratings);

        // Someone's thumbs deleted: the model should not keep them till the nightly run.
        Assert.Equal(4, await ratings.DeleteUserAsync(UserRef.Terminal("p0")));
        Assert.Equal(4, await ratings.DeleteUserAsync(UserRef.Terminal("p1")));
        await scheduler.TriggerJob(RetrainJob.Key);
        await NextRunAsync(runs.Reader);
        Assert.Equal(5, (await models.CurrentAsync())?.Ratings);

        input.End();
        await running.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static List<Rating> Thumbs(List<Paper> papers, int people, int each, int firstPerson = 0) =>
        [.. Enumerable.Range(firstPerson, people).SelectMany(person => Enumerable.Range(0, each).Select(i =>
            new Rating(UserRef.Terminal($"p{person}"), papers[(person * 7 + i * 2) % papers.Count].Id, i % 3 == 2 ? Thumb.Down : Thumb.Up, "test", At)))];

    private static async Task NextRunAsync(ChannelReader<string> runs)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var failure = await runs.ReadAsync(timeout.Token);
        Assert.Equal("", failure);
    }

    private sealed class RunListener(ChannelWriter<string> runs) : IJobListener
    {
        public string Name => "test runs";

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default) =>
            runs.WriteAsync(jobException?.Message ?? "", cancellationToken);
    }
}
