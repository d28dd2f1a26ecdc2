using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Host.Scheduling;
using PaperBot.TestKit;
using Quartz;

namespace PaperBot.Host.Tests.Terminal;

/// <summary>The whole loop in the terminal platform, on a clock the test moves: subscribe, the digest arrives once at its time
/// through the Quartz job, and the next day's digest repeats no paper.</summary>
public sealed partial class TerminalDigestHostTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly SharedStringWriter output = new();
    private readonly ScriptedInput input = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_subscription_gets_its_digest_once_at_its_time_and_the_next_day_repeats_nothing()
    {
        using var host = TerminalHost.Build(folder.File("paperbot.db"), input, output, services => services.AddSingleton<TimeProvider>(time));
        var running = host.RunAsync();
        input.Type("/papers subscribe time:08:00 tz:UTC days:daily size:3");
        await WaitForAsync("Subscribed your DMs");

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 8, 0, 20, TimeSpan.Zero));
        await scheduler.TriggerJob(DigestDispatchJob.Key);
        await WaitForAsync("PaperBot digest for Tue 24 Nov");
        // The header comes first; rate only once all three cards are on screen.
        await Eventually.UntilAsync(() => PaperIds().Count == 3);
        await scheduler.TriggerJob(DigestDispatchJob.Key);
        input.Type("+1 2");
        await WaitForAsync("👍 noted");
        Assert.Equal(1, Count("PaperBot digest for Tue 24 Nov"));
        var tuesday = PaperIds();
        Assert.Equal(3, tuesday.Count);

        time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 8, 0, 20, TimeSpan.Zero));
        await scheduler.TriggerJob(DigestDispatchJob.Key);
        await WaitForAsync("PaperBot digest for Wed 25 Nov");
        await Eventually.UntilAsync(() => PaperIds().Count == 6);
        var both = PaperIds();
        Assert.Equal(6, both.Count);
        Assert.Equal(6, both.Distinct().Count());

        input.End();
        await running.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private int Count(string text) => Regex.Count(output.ToString(), Regex.Escape(text));

    /// <summary>The ids of the digest cards printed so far (" 1. Title (id)").</summary>
    private List<string> PaperIds() => CardLine().Matches(output.ToString()).Select(m => m.Groups["id"].Value).ToList();

    private Task WaitForAsync(string text) => Eventually.UntilAsync(() => output.ToString().Contains(text, StringComparison.Ordinal));

    [GeneratedRegex(@"^\s*\d+\. .+ \((?<id>t-[0-9a-f]{12}|\d{4}\.\d{4,5})\)\s*$", RegexOptions.Multiline)]
    private static partial Regex CardLine();
}
