using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Benchmarks.Discord;
using PaperBot.Core.Digests;
using PaperBot.Core.Users;
using PaperBot.Recommender.Benchmarks;
using Quartz;

namespace PaperBot.Benchmarks.Morning;

/// <summary>When the morning's digests fell due, how long composing them took, how many were queued, and the peak memory.</summary>
public sealed record MorningTimings(DateTimeOffset DueAt, TimeSpan ComposeTime, int Queued, long PeakBytes, bool Drained);

/// <summary>The morning rush on any platform: every person's DM subscription due in the same minute, one dispatcher round
/// as the job runs it, then waiting until the fake holds every message (or nothing arrives for a while).</summary>
public static class MorningRun
{
    private static readonly TimeSpan Stall = TimeSpan.FromMinutes(3);

    /// <param name="messages">How many digest messages the fake holds so far.</param>
    /// <param name="status">A progress line's detail, e.g. the 429s so far.</param>
    public static async Task<MorningTimings> RunAsync(IHost host, IReadOnlyList<UserRef> people, MorningSettings settings, Func<int> messages, Func<string> status, CancellationToken cancellationToken)
    {
        // Quartz would run the dispatcher on its own each minute, while the subscriptions are still being saved; this
        // runs the job's round itself (below), so the round's start is the moment everything fell due.
        await (await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken)).Standby(cancellationToken);
        var setup = Stopwatch.StartNew();
        var store = host.Services.GetRequiredService<ISubscriptionStore>();
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var person in people)
            await store.SaveAsync(Digests.DueNow(DigestTarget.Direct(person), person, settings.Papers, now), cancellationToken);
        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{people.Count:N0} subscriptions saved in {setup.Elapsed.TotalSeconds:0.0} s; dispatching"));

        var expected = people.Count * settings.MessagesPerDigest;
        // The app clock is the system clock here, as is the fake's: its message timestamps are comparable with this.
        var dueAt = TimeProvider.System.GetUtcNow();
        var ((composeTime, queued), peak) = await ProcessUsage.PeakWorkingSetWhile(async () =>
        {
            var due = Stopwatch.StartNew();
            var queuedDigests = await Digests.DispatchAsync(host, cancellationToken);
            var composed = due.Elapsed;
            await WaitForMessagesAsync(messages, status, expected, due, cancellationToken);
            return (composed, queuedDigests);
        });
        var drained = await OutboxDrainedAsync(host.Services.GetRequiredService<IDigestLedger>(), cancellationToken);
        return new MorningTimings(dueAt, composeTime, queued, peak, drained);
    }

    /// <summary>Whether the ledger soon has nothing pending, however far ahead one looks (the last item is marked delivered
    /// just after its last message).</summary>
    private static async Task<bool> OutboxDrainedAsync(IDigestLedger ledger, CancellationToken cancellationToken)
    {
        try
        {
            await Until.TrueAsync(async () => (await ledger.PendingAsync(DateTimeOffset.MaxValue.AddDays(-1), 1, cancellationToken: cancellationToken)).Count == 0,
                "the outbox to be empty", TimeSpan.FromSeconds(30), cancellationToken, everyMs: 200);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static async Task WaitForMessagesAsync(Func<int> messages, Func<string> status, int expected, Stopwatch since, CancellationToken cancellationToken)
    {
        var last = -1;
        var progress = Stopwatch.StartNew();
        var report = Stopwatch.StartNew();
        while (true)
        {
            var count = messages();
            if (count >= expected)
                return;
            if (count != last)
                (last, progress) = (count, Stopwatch.StartNew());
            if (progress.Elapsed > Stall)
                return; // the checks say what is missing
            if (report.Elapsed > TimeSpan.FromSeconds(30))
            {
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{since.Elapsed.TotalSeconds:0} s: {count:N0} of {expected:N0} messages, {status()}"));
                report.Restart();
            }
            await Task.Delay(250, cancellationToken);
        }
    }
}
