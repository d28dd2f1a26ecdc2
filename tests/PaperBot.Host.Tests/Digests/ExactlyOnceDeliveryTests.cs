using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Digests;
using PaperBot.Core.Digests.Scheduling;
using PaperBot.Core.Papers;
using PaperBot.Core.Users;
using PaperBot.Host.Hosting;
using PaperBot.Storage.LiteDb.Digests;
using PaperBot.TestKit;

namespace PaperBot.Host.Tests.Digests;

/// <summary>Stops dispatch and delivery at every step, restarts PaperBot on the same database, and checks what the platform got:
/// every digest exactly once, every paper once, the next day nothing repeated.</summary>
public sealed class ExactlyOnceDeliveryTests : IDisposable
{
    private const string Platform = "fake";
    private static readonly UserRef Reader = new(Platform, "w", "reader");
    private static readonly DateTimeOffset Tuesday8 = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    private readonly TempFolder folder = new();
    private readonly FakeTimeProvider time = new(Tuesday8.AddDays(-1));
    private readonly RecordingChatPlatform chat = new(Platform);

    public void Dispose() => folder.Dispose();

    private IHost Start(CrashPoint? crash = null, int part = 0)
    {
        var host = PaperBotHost.Build(new HostSettings(folder.File("paperbot.db"), Interactive: false), services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<IChatPlatform>(chat);
            if (crash is { } point)
            {
                services.AddSingleton<LiteDbDigestLedger>();
                services.AddSingleton<IDigestLedger>(provider => new CrashingLedger(provider.GetRequiredService<LiteDbDigestLedger>(), point, part));
            }
        });
        host.StartAsync().GetAwaiter().GetResult();
        return host;
    }

    private static async Task RoundAsync(IHost host)
    {
        await host.Services.GetRequiredService<DigestDispatcher>().DispatchDueAsync();
        await host.Services.GetRequiredService<DigestDelivery>().DeliverPendingAsync();
    }

    private async Task ArriveAsync(IHost host, string day, int count)
    {
        var papers = Enumerable.Range(1, count).Select(i => PaperBuilder.Paper($"{day} paper {i} on sparse attention", firstSeen: time.GetUtcNow())).ToList();
        await host.Services.GetRequiredService<IPaperStore>().SaveAsync(papers);
    }

    private List<(DigestPart Part, string Key)> Received() => chat.Posted.Select(p => (p.Part, p.Key)).ToList();

    public static TheoryData<CrashPoint, int> Steps() => new()
    {
        { CrashPoint.BeforeDigestCommitted, 0 },
        { CrashPoint.AfterDigestCommitted, 0 },
        { CrashPoint.BeforePartSent, 0 },
        { CrashPoint.BeforePartSent, 2 },
        { CrashPoint.AfterPartSentBeforeAnswer, 0 },
        { CrashPoint.AfterPartSentBeforeAnswer, 3 },
        { CrashPoint.AfterPartRecorded, 1 },
        { CrashPoint.AfterPartRecorded, 3 },
        { CrashPoint.BeforeMarkedDelivered, 0 },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task A_crash_at_any_step_loses_no_digest_and_sends_none_twice(CrashPoint crash, int part)
    {
        using (var setup = Start())
        {
            await ArriveAsync(setup, "Monday", 6);
            var schedule = new DigestSchedule(new TimeOnly(8, 0), "UTC", DigestDays.Daily);
            await setup.Services.GetRequiredService<ISubscriptionStore>().SaveAsync(new Subscription(DigestTarget.Direct(Reader, "dm-1"), Reader, schedule, 3,
                [], [], [], Tuesday8, null, null, null, time.GetUtcNow()));
        }

        time.SetUtcNow(Tuesday8.AddSeconds(20));
        var parts = 0;
        chat.NextOutcome = crash == CrashPoint.BeforePartSent ? _ => parts++ == part ? throw new SimulatedCrashException("before send") : null : null;
        var sent = 0;
        chat.AfterPost = crash == CrashPoint.AfterPartSentBeforeAnswer ? _ => { if (sent++ == part) throw new SimulatedCrashException("after send"); } : null;
        using (var crashing = Start(crash, part))
            await Assert.ThrowsAsync<SimulatedCrashException>(() => RoundAsync(crashing));

        chat.NextOutcome = null;
        chat.AfterPost = null;
        time.Advance(TimeSpan.FromMinutes(1));
        using (var restarted = Start())
        {
            await RoundAsync(restarted);
            await RoundAsync(restarted);
            var tuesday = Received();
            Assert.Equal(4, tuesday.Count);
            Assert.Equal(4, tuesday.Select(r => r.Key).Distinct().Count());
            Assert.StartsWith("📚 PaperBot digest for Tue 24 Nov: 3 papers", tuesday[0].Part.Text, StringComparison.Ordinal);
            var cards = tuesday.Skip(1).Select(r => r.Part.Card!.Paper).ToList();
            Assert.Equal(3, cards.Distinct().Count());
            var ledger = restarted.Services.GetRequiredService<IDigestLedger>();
            Assert.Equal(cards.ToHashSet(), (await ledger.ReceivedAsync(DigestTarget.Direct(Reader).Key)).ToHashSet());
            foreach (var (posted, key) in tuesday.Skip(1))
            {
                var message = (await chat.SendAsync(DigestTarget.Direct(Reader), posted, new DeliveryKey(key))).Message!;
                Assert.Equal(posted.Card!.Paper, await ledger.PaperForMessageAsync(message));
            }

            await ArriveAsync(restarted, "Tuesday", 2);
            time.SetUtcNow(Tuesday8.AddDays(1).AddSeconds(5));
            await RoundAsync(restarted);
            var wednesday = Received().Skip(4).ToList();
            Assert.Equal(4, wednesday.Count);
            Assert.Empty(wednesday.Skip(1).Select(r => r.Part.Card!.Paper).Intersect(cards));
        }
    }
}
