using System.Collections.Specialized;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Digests;
using PaperBot.Ingestion.Feeds;
using Quartz;

namespace PaperBot.Host.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>The bot's Quartz jobs: digests every minute, feeds by their cron, retraining nightly and after enough thumbs.
    /// LiteDB stays the source of truth; Quartz only says "now", so its in-memory store is enough.</summary>
    public static IServiceCollection AddPaperBotScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section).ValidateDataAnnotations()
            .Validate(o => IsCron(o.DispatchCron) && IsCron(o.RetrainCron), "Scheduling:DispatchCron and Scheduling:RetrainCron must be Quartz cron expressions, e.g. 0 * * * * ?")
            .ValidateOnStart();
        services.AddSingleton<IFeedStatus, FeedRunStatus>();
        services.AddSingleton<DeliveryLanes>();
        services.AddHostedService(provider => provider.GetRequiredService<DeliveryLanes>());

        // Triggers are fixed when the scheduler is built, so they are read from configuration here; the options above
        // validate the same values at start and stop the bot with a message if they are wrong.
        var scheduling = configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>() ?? new SchedulingOptions();
        var feeds = configuration.GetSection(FeedOptions.Section).Get<FeedOptions>() ?? new FeedOptions();
        // Quartz keeps schedulers in a process-wide registry by name; a name per host keeps two hosts in one process apart.
        var properties = new NameValueCollection { ["quartz.scheduler.instanceName"] = $"PaperBot-{Guid.NewGuid():N}" };
        services.AddQuartz(properties, quartz =>
        {
            // Quartz only wakes the jobs up; what is due is decided by the jobs against the app's own clock, so the
            // scheduler itself runs on real time even where the app's TimeProvider is a test's fake.
            quartz.UseTimeProvider(TimeProvider.System);
            quartz.AddJob<DigestDispatchJob>(job => job.WithIdentity(DigestDispatchJob.Key).StoreDurably());
            quartz.AddJob<RetrainJob>(job => job.WithIdentity(RetrainJob.Key).StoreDurably());
            quartz.AddJob<FeedIngestionJob>(job => job.WithIdentity(FeedIngestionJob.Key).StoreDurably());
            if (IsCron(scheduling.DispatchCron))
                quartz.AddTrigger(t => t.ForJob(DigestDispatchJob.Key).WithIdentity("digests").WithCronSchedule(scheduling.DispatchCron));
            if (IsCron(scheduling.RetrainCron))
                quartz.AddTrigger(t => t.ForJob(RetrainJob.Key).WithIdentity(RetrainJob.NightlyKey).WithCronSchedule(scheduling.RetrainCron));
            quartz.AddTrigger(t => t.ForJob(RetrainJob.Key).WithIdentity("thumbs").WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(10)).RepeatForever()));
            if (IsCron(feeds.Cron) && TimeZoneInfo.TryFindSystemTimeZoneById(feeds.TimeZone, out var zone))
                quartz.AddTrigger(t => t.ForJob(FeedIngestionJob.Key).WithIdentity("feeds").WithCronSchedule(feeds.Cron, c => c.InTimeZone(zone)));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    private static bool IsCron(string? expression)
    {
        try
        {
            _ = new CronExpression(expression ?? "");
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
