using System.Runtime.CompilerServices;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Benchmarks.Discord;
using PaperBot.Core.Chat;
using PaperBot.Core.Digests;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Host.Benchmarks;
using PaperBot.Host.Hosting;
using PaperBot.Recommender.Benchmarks;

namespace PaperBot.Benchmarks.Reactions;

/// <summary>A burst of 👍/👎 reactions on digest cards through a platform's fake (Discord's Gateway, Slack's socket) into the real host: per event, the time
/// from the fake sending the frame to the thumb being stored (committed to LiteDB), and whether every thumb is in the
/// database file after the host stopped.</summary>
public static class ReactionsBenchmark
{
    public static async Task<ResultTable> RunAsync(IReactionRig rig, ReactionsSettings settings, CancellationToken cancellationToken)
    {
        using var folder = new TempFolder();
        var database = folder.File("paperbot.db");
        var thumbs = new StoredThumbs();
        var table = new ResultTable($"reactions: {settings.Rate:N0} {rig.Events}/s for {settings.Seconds} s from {settings.Users:N0} people on {settings.Cards} digest cards");
        List<ReactionEvent> events;
        using (var host = await rig.StartAsync(database, thumbs.Decorate, cancellationToken))
        {
            var cards = await rig.DeliverChannelDigestAsync(host, settings.Cards, cancellationToken);
            events = Events(rig, settings, cards);
            var (result, peak) = await ProcessUsage.PeakWorkingSetWhile(async () =>
            {
                var processor = ProcessUsage.ProcessorTime();
                var paused = GC.GetTotalPauseDuration();
                var burst = await SendAsync(rig, events, settings.Rate, cancellationToken);
                await WaitForThumbsAsync(thumbs, events.Count, cancellationToken);
                return burst with { ProcessorTime = ProcessUsage.ProcessorTime() - processor, GcPause = GC.GetTotalPauseDuration() - paused };
            });
            Report(table, settings, events, result, thumbs, peak);
            rig.Report(table, result.At);
            await host.StopAsync(cancellationToken);
        }
        await CheckDatabaseAsync(table, database, rig.Workspace, events, cancellationToken);
        return table;
    }

    /// <summary>One reaction to send: who, on which card, and which (person, paper) thumb it should store.</summary>
    private sealed record ReactionEvent(string User, string Paper, string Json, bool FirstOfUser);

    /// <summary>When each event left the fake (and when it was meant to, for the sender's own lag), Stopwatch timestamps.</summary>
    private sealed record Sent(long[] At, long[] Intended, TimeSpan ProcessorTime, TimeSpan GcPause = default);

    /// <summary>Built before the burst, so that making payloads is not timed.</summary>
    private static List<ReactionEvent> Events(IReactionRig rig, ReactionsSettings settings, IReadOnlyList<DigestCard> cards) =>
        [.. Enumerable.Range(0, settings.Events).Select(i =>
        {
            var user = rig.User(i % settings.Users);
            var card = cards[(i / settings.Users) % settings.Cards];
            return new ReactionEvent(user, card.Paper, rig.Reaction(i, user, card, up: i % 2 == 0), i < settings.Users);
        })];

    /// <summary>Sends the events at <paramref name="rate"/> per second on a fixed schedule: every millisecond or so, all the
    /// events due by then. A frame's time is taken just before the fake serialises and sends it.</summary>
    private static async Task<Sent> SendAsync(IReactionRig rig, List<ReactionEvent> events, int rate, CancellationToken cancellationToken)
    {
        var at = new long[events.Count];
        var intended = new long[events.Count];
        var interval = (double)Stopwatch.Frequency / rate;
        var start = Stopwatch.GetTimestamp();
        var next = 0;
        while (next < events.Count)
        {
            var due = Math.Min(events.Count, (int)((Stopwatch.GetTimestamp() - start) / interval) + 1);
            for (; next < due; next++)
            {
                intended[next] = start + (long)(next * interval);
                at[next] = Stopwatch.GetTimestamp();
                await rig.SendAsync(events[next].Json, cancellationToken);
            }
            await Task.Delay(1, cancellationToken);
        }
        return new Sent(at, intended, TimeSpan.Zero);
    }

    private static async Task WaitForThumbsAsync(StoredThumbs thumbs, int expected, CancellationToken cancellationToken)
    {
        // Stop waiting once nothing arrives for a while: the "lost" check then reports what is missing.
        var last = -1;
        var quiet = Stopwatch.StartNew();
        while (thumbs.Count < expected && quiet.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (thumbs.Count != last)
                (last, quiet) = (thumbs.Count, Stopwatch.StartNew());
            await Task.Delay(20, cancellationToken);
        }
    }

    private static void Report(ResultTable table, ReactionsSettings settings, List<ReactionEvent> events, Sent sent, StoredThumbs thumbs, long peakBytes)
    {
        var fromSend = new List<double>(events.Count);
        var fromSchedule = new List<double>(events.Count);
        var newcomers = new List<double>();
        var known = new List<double>();
        var lost = 0;
        for (var i = 0; i < events.Count; i++)
        {
            if (thumbs.StoredAt(events[i].User, events[i].Paper) is not { } stored)
            {
                lost++;
                continue;
            }
            var ms = Stopwatch.GetElapsedTime(sent.At[i], stored).TotalMilliseconds;
            fromSend.Add(ms);
            (events[i].FirstOfUser ? newcomers : known).Add(ms);
            fromSchedule.Add(Stopwatch.GetElapsedTime(sent.Intended[i], stored).TotalMilliseconds);
        }
        var sendSeconds = Stopwatch.GetElapsedTime(sent.At[0], sent.At[^1]).TotalSeconds;
        // p99 of the events sent in each second: a stall (a checkpoint, a collection, the pool growing) shows as one bad second.
        var bySecond = Enumerable.Range(0, events.Count)
            .Where(i => thumbs.StoredAt(events[i].User, events[i].Paper) is not null)
            .GroupBy(i => (int)Stopwatch.GetElapsedTime(sent.At[0], sent.At[i]).TotalSeconds)
            .OrderBy(g => g.Key)
            .Select(g => Percentiles.Of([.. g.Select(i => Stopwatch.GetElapsedTime(sent.At[i], thumbs.StoredAt(events[i].User, events[i].Paper)!.Value).TotalMilliseconds).Order()], 99));
        table.Row("events sent", $"{events.Count:N0}")
            .Row("achieved rate", $"{(events.Count - 1) / sendSeconds:N0} events/s ({sendSeconds:0.0} s)")
            .Row("frame sent → thumb stored: p50 / p95 / p99 / max", Latencies(fromSend))
            .Row("  people seen for the first time (first event each)", Latencies(newcomers))
            .Row("  people already known", Latencies(known))
            .Row("p99 of the events sent in each second", $"{string.Join(", ", bySecond.Select(ms => ms.ToString("0", CultureInfo.InvariantCulture)))} ms")
            .Row("garbage collection pauses meanwhile", $"{sent.GcPause.TotalMilliseconds:0} ms")
            .Row("scheduled send → thumb stored: p50 / p99 / max (includes the sender's own lag)", Latencies(fromSchedule, p95: false))
            .Row("processor time (bot + fakes, all threads)", $"{sent.ProcessorTime.TotalSeconds:0.0} s ({sent.ProcessorTime.TotalSeconds / sendSeconds:0.00} cores)")
            .Row("peak working set (bot + fakes, one process)", $"{peakBytes / (1024 * 1024):N0} MiB")
            .Check("every event's thumb stored (none lost)", lost == 0, $"{lost:N0} of {events.Count:N0} never stored");
        var p99 = Sorted(fromSend) is { Count: > 0 } all ? Percentiles.Of(all, 99) : double.NaN;
        table.Row("target p99 ≤ 20 ms at 1,000 events/s", $"{(p99 <= 20 && settings.Rate >= 1000 ? "met" : "missed")} (p99 {p99:0.0} ms)");
    }

    /// <summary>After the host stopped: a fresh host on the same file finds every thumb, as a reaction.</summary>
    private static async Task CheckDatabaseAsync(ResultTable table, string database, string workspace, List<ReactionEvent> events, CancellationToken cancellationToken)
    {
        using var reopened = PaperBotHost.Build(new HostSettings(database, Interactive: false, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" }));
        var stored = new HashSet<(string, string)>();
        await foreach (var rating in reopened.Services.GetRequiredService<IRatingStore>().AllAsync(cancellationToken))
        {
            if (rating.Source == RatingSources.Reaction && rating.User.Workspace == workspace)
                stored.Add((rating.User.Id, rating.Paper.Value));
        }
        var missing = events.Count(e => !stored.Contains((e.User, e.Paper)));
        table.Check("every thumb in the LiteDB file after the host stopped", missing == 0, $"{missing:N0} of {events.Count:N0} missing");
    }

    private static List<double> Sorted(List<double> samples) => [.. samples.Order()];

    private static FormattableString Latencies(List<double> samples, bool p95 = true)
    {
        var sorted = Sorted(samples);
        if (sorted.Count == 0)
            return FormattableStringFactory.Create("none");
        if (p95)
            return $"{Percentiles.Of(sorted, 50):0.0} / {Percentiles.Of(sorted, 95):0.0} / {Percentiles.Of(sorted, 99):0.0} / {sorted[^1]:0.0} ms (n = {sorted.Count:N0})";
        return $"{Percentiles.Of(sorted, 50):0.0} / {Percentiles.Of(sorted, 99):0.0} / {sorted[^1]:0.0} ms";
    }
}
