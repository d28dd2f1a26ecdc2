using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Benchmarks.Discord;
using PaperBot.Core.Digests;
using PaperBot.Core.Users;
using PaperBot.Discord.Fake.Rest;
using PaperBot.Recommender.Benchmarks;
using Quartz;

namespace PaperBot.Benchmarks.Morning;

/// <summary>The morning rush on Discord: many DM subscribers due in the same minute, composed by the real dispatcher and
/// delivered through <c>DiscordPlatform</c> and the REST client against the fake with Discord's documented limits (50
/// requests/s global, 5 messages per 5 s per channel, DM channels opened on the way). Times due → last message, counts
/// requests and 429s, and checks that every subscriber got exactly one header and their cards, once.</summary>
public static class DiscordMorningBenchmark
{
    private const int DiscordGlobalPerSecond = 50;

    public static async Task<ResultTable> RunAsync(MorningSettings settings, CancellationToken cancellationToken)
    {
        using var folder = new TempFolder();
        await using var fakes = await DiscordFakes.StartAsync(cancellationToken);
        var overrides = new Dictionary<string, string?>();
        if (settings.Parallel is { } parallel)
            overrides["Discord:ParallelDeliveries"] = parallel.ToString(CultureInfo.InvariantCulture);
        using var host = fakes.Build(folder.File("paperbot.db"), overrides);
        await fakes.StartAsync(host, cancellationToken);
        var parallelDeliveries = host.Services.GetRequiredService<IEnumerable<IChatPlatform>>().Single(p => p.Platform == Platforms.Discord).ParallelDeliveries;
        var table = new ResultTable($"discord-morning: {settings.Subscribers:N0} DM subscribers due in the same minute, {settings.Papers} papers each, {parallelDeliveries} deliveries side by side");
        var people = Enumerable.Range(0, settings.Subscribers).Select(i => new UserRef(Platforms.Discord, fakes.ApplicationId, Person(i))).ToList();
        var timings = await MorningRun.RunAsync(host, people, settings, () => fakes.Rest.MessageCount, () => $"{fakes.Rest.RateLimitedCount:N0} 429s", cancellationToken);
        Report(table, settings, fakes.Rest, people, timings, parallelDeliveries);
        table.Check("every outbox item marked delivered", timings.Drained, $"items still pending after the last message");
        await host.StopAsync(cancellationToken);
        return table;
    }

    private static void Report(ResultTable table, MorningSettings settings, FakeDiscordRest rest, List<UserRef> people, MorningTimings timings, int parallelDeliveries)
    {
        var perDigest = settings.MessagesPerDigest;
        int missingDm = 0, wrongCount = 0, duplicateCards = 0, duplicateNonces = 0, headers = 0;
        var lastMessage = DateTimeOffset.MinValue;
        var firstMessage = DateTimeOffset.MaxValue;
        foreach (var person in people)
        {
            if (rest.DmChannelOf(ulong.Parse(person.Id, CultureInfo.InvariantCulture)) is not { } channel)
            {
                missingDm++;
                continue;
            }
            var messages = rest.MessagesIn(channel);
            if (messages.Count != perDigest)
                wrongCount++;
            var cards = messages.Where(m => m.Embeds.Count > 0).Select(m => m.CustomIds.FirstOrDefault()).ToList();
            duplicateCards += cards.Count - cards.Distinct().Count();
            duplicateNonces += messages.Count - messages.Select(m => m.Nonce).Distinct().Count();
            headers += messages.Count(m => m.Embeds.Count == 0);
            foreach (var message in messages)
            {
                lastMessage = message.Timestamp > lastMessage ? message.Timestamp : lastMessage;
                firstMessage = message.Timestamp < firstMessage ? message.Timestamp : firstMessage;
            }
        }
        var wall = lastMessage - timings.DueAt;
        var messagePosts = rest.RequestsTo("POST /channels/*/messages").Count;
        var dmOpens = rest.RequestsTo("POST /users/@me/channels").Count;
        var needed = settings.Subscribers * (perDigest + 1);
        // Each digest's sixth message waits for its channel's 5-second window, holding its delivery slot meanwhile.
        var channelBound = Math.Ceiling((double)settings.Subscribers / parallelDeliveries) * 5.0 * ((perDigest - 1) / 5);
        table.Row("dispatcher round (as DigestDispatchJob): digests queued, time", $"{timings.Queued:N0} in {timings.ComposeTime.TotalSeconds:0.0} s")
            .Row("due → first message", $"{(firstMessage - timings.DueAt).TotalSeconds:0.0} s")
            .Row("due → last message delivered (wall time)", $"{wall.TotalSeconds:0.0} s ({wall.TotalMinutes:0.0} min)")
            .Row("messages delivered (stored by the fake)", $"{rest.MessageCount:N0} of {settings.Subscribers * perDigest:N0}")
            .Row("DM channels opened", $"{rest.DmChannelsOpened:N0}")
            .Row("requests: message posts / DM opens / all (429s included)", $"{messagePosts:N0} / {dmOpens:N0} / {rest.Requests.Count:N0}")
            .Row("achieved request rate", $"{(messagePosts + dmOpens) / wall.TotalSeconds:0.0} requests/s (Discord's global limit: {DiscordGlobalPerSecond})")
            .Row("429s received (of them global)", $"{rest.RateLimitedCount:N0} ({rest.GlobalRateLimitedCount:N0})")
            .Row("lower bound from the global limit", $"{needed:N0} requests / {DiscordGlobalPerSecond} per s = {needed / (double)DiscordGlobalPerSecond:0} s")
            .Row("lower bound from 5 messages / 5 s per channel", $"⌈{settings.Subscribers:N0} / {parallelDeliveries} side by side⌉ × 5 s = {channelBound:0} s")
            .Row("peak working set (bot + both fakes, one process)", $"{timings.PeakBytes / (1024 * 1024):N0} MiB")
            .Check("every subscriber has a DM channel", missingDm == 0, $"{missingDm:N0} have none")
            .Check($"every subscriber has exactly {perDigest} messages (1 header + {settings.Papers} cards)", wrongCount == 0 && headers == settings.Subscribers, $"{wrongCount:N0} with another count, {headers:N0} headers")
            .Check("no duplicates (card twice, nonce twice)", duplicateCards == 0 && duplicateNonces == 0, $"{duplicateCards:N0} cards, {duplicateNonces:N0} nonces twice");
    }

    /// <summary>Person <paramref name="index"/>'s Discord user id.</summary>
    private static string Person(int index) => (1_400_000_000_000_000_000UL + (ulong)index).ToString(CultureInfo.InvariantCulture);
}
