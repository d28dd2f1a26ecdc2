using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Benchmarks.Slack;
using PaperBot.Core.Digests;
using PaperBot.Core.Users;
using PaperBot.Slack.Fake;

namespace PaperBot.Benchmarks.Morning;

/// <summary>The morning rush on Slack: many DM subscribers due in the same minute, delivered through <c>SlackPlatform</c>
/// and the Web API client against the fake with Slack's pacing of chat.postMessage (about 1 a second per channel with a
/// small burst, and a workspace-wide limit the fake sets at 300 a minute, as the client paces). Times due → last message,
/// counts posts, conversations.open calls and 429s, and checks that every subscriber got each message exactly once.</summary>
public static class SlackMorningBenchmark
{
    public static async Task<ResultTable> RunAsync(MorningSettings settings, CancellationToken cancellationToken)
    {
        using var folder = new TempFolder();
        await using var fakes = await SlackFakes.StartAsync(cancellationToken);
        var people = Enumerable.Range(0, settings.Subscribers).Select(i => new UserRef(Platforms.Slack, fakes.Team, Person(i))).ToList();
        foreach (var person in people)
            fakes.Fake.AddUser(new FakeUser(person.Id, "Reader " + person.Id));
        var overrides = new Dictionary<string, string?>();
        if (settings.Parallel is { } parallel)
            overrides["Slack:ParallelDeliveries"] = parallel.ToString(CultureInfo.InvariantCulture);
        using var host = fakes.Build(folder.File("paperbot.db"), overrides);
        await fakes.StartAsync(host, cancellationToken);
        var parallelDeliveries = host.Services.GetRequiredService<IEnumerable<IChatPlatform>>().Single(p => p.Platform == Platforms.Slack).ParallelDeliveries;
        var table = new ResultTable($"slack-morning: {settings.Subscribers:N0} DM subscribers due in the same minute, {settings.Papers} papers each, {parallelDeliveries} deliveries side by side");
        var timings = await MorningRun.RunAsync(host, people, settings, () => Delivered(fakes.Fake), () => $"{RateLimited(fakes.Fake):N0} 429s", cancellationToken);
        Report(table, settings, fakes.Fake, people, timings);
        table.Check("every outbox item marked delivered", timings.Drained, $"items still pending after the last message");
        await host.StopAsync(cancellationToken);
        return table;
    }

    private static void Report(ResultTable table, MorningSettings settings, FakeSlack fake, List<UserRef> people, MorningTimings timings)
    {
        int wrongCount = 0, headers = 0, duplicateKeys = 0;
        foreach (var person in people)
        {
            var messages = fake.Channels.TryGetValue("D" + person.Id, out var dm) ? Snapshot(dm) : [];
            if (messages.Count != settings.MessagesPerDigest)
                wrongCount++;
            headers += messages.Count(m => !HasButtons(m));
            var keys = messages.Select(m => m.Metadata?["event_payload"]?["key"]?.GetValue<string>()).ToList();
            duplicateKeys += keys.Count - keys.Distinct().Count();
        }
        var posts = fake.Calls.Where(c => c.Method == "chat.postMessage").ToList();
        var delivered = posts.Where(c => c.Status == 200).ToList();
        var first = delivered.Count > 0 ? delivered.Min(c => c.At) : timings.DueAt;
        var last = delivered.Count > 0 ? delivered.Max(c => c.At) : timings.DueAt;
        var wall = last - timings.DueAt;
        var needed = settings.Subscribers * settings.MessagesPerDigest;
        var perMinute = fake.Options.PostsPerMinute;
        table.Row("dispatcher round (as DigestDispatchJob): digests queued, time", $"{timings.Queued:N0} in {timings.ComposeTime.TotalSeconds:0.0} s")
            .Row("due → first message", $"{(first - timings.DueAt).TotalSeconds:0.0} s")
            .Row("due → last message delivered (wall time)", $"{wall.TotalSeconds:0.0} s ({wall.TotalMinutes:0.0} min)")
            .Row("messages delivered (stored by the fake)", $"{Delivered(fake):N0} of {needed:N0}")
            .Row("requests: chat.postMessage / conversations.open / all (429s included)", $"{posts.Count:N0} / {fake.CallCount("conversations.open"):N0} / {fake.Calls.Count:N0}")
            .Row("achieved post rate", $"{delivered.Count / Math.Max(wall.TotalMinutes, 1e-9):0} posts/min (the workspace limit here: {perMinute})")
            .Row("429s received", $"{RateLimited(fake):N0}")
            .Row("lower bound from the workspace limit", $"{needed:N0} posts / {perMinute} per min = {needed / (double)perMinute:0.0} min")
            .Row("peak working set (bot + fake, one process)", $"{timings.PeakBytes / (1024 * 1024):N0} MiB")
            .Check($"every subscriber has exactly {settings.MessagesPerDigest} messages (1 header + {settings.Papers} cards)", wrongCount == 0 && headers == settings.Subscribers, $"{wrongCount:N0} with another count, {headers:N0} headers")
            .Check("no duplicates (one delivery key twice)", duplicateKeys == 0, $"{duplicateKeys:N0} keys twice");
    }

    private static int Delivered(FakeSlack fake) => fake.Channels.Values.Where(c => c.IsIm).Sum(c => Snapshot(c).Count);

    private static int RateLimited(FakeSlack fake) => fake.Calls.Count(c => c.Status == 429);

    private static List<FakeMessage> Snapshot(FakeChannel channel)
    {
        lock (channel.Messages)
            return [.. channel.Messages];
    }

    private static bool HasButtons(FakeMessage message) =>
        message.Blocks is JsonArray blocks && blocks.Any(b => b?["type"]?.GetValue<string>() == "actions");

    /// <summary>Person <paramref name="index"/>'s Slack user id.</summary>
    private static string Person(int index) => "U" + (2_000_000 + index).ToString(CultureInfo.InvariantCulture);
}
