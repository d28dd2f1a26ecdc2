using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Benchmarks.Reactions;
using PaperBot.Core.Chat;
using PaperBot.Core.Digests;
using PaperBot.Core.Users;
using PaperBot.Host.Benchmarks;
using PaperBot.Slack.Fake;

namespace PaperBot.Benchmarks.Slack;

/// <summary><c>reaction_added</c> in <c>events_api</c> envelopes through the fake Socket Mode connection; every envelope
/// must be acknowledged on the socket within Slack's 3 seconds.</summary>
public sealed class SlackReactionRig(SlackFakes fakes) : IReactionRig
{
    private static readonly TimeSpan AckDeadline = TimeSpan.FromSeconds(3);
    private readonly List<DateTimeOffset> sent = [];
    private FakeSocket? socket;

    public string Events => "reaction_added envelopes";

    public string Workspace => fakes.Team;

    public static async Task<SlackReactionRig> StartAsync(CancellationToken cancellationToken) => new(await SlackFakes.StartAsync(cancellationToken));

    public async Task<IHost> StartAsync(string database, Action<IServiceCollection> configure, CancellationToken cancellationToken)
    {
        var host = fakes.Build(database, configure: configure);
        socket = await fakes.StartAsync(host, cancellationToken);
        return host;
    }

    public Task<IReadOnlyList<DigestCard>> DeliverChannelDigestAsync(IHost host, int size, CancellationToken cancellationToken)
    {
        var channel = fakes.Fake.Channels[SlackFakes.Channel];
        var owner = new UserRef(Platforms.Slack, fakes.Team, User(0));
        return ChannelDigest.DeliverAsync(host, DigestTarget.Channel(Platforms.Slack, fakes.Team, channel.Id), owner, size, () =>
        {
            lock (channel.Messages)
            {
                // A card's message has an actions block (its buttons); the header has none.
                return [.. channel.Messages.Where(m => m.Blocks?.AsArray().Any(b => b?["type"]?.GetValue<string>() == "actions") == true)
                    .Select(m => new MessageRef(Platforms.Slack, fakes.Team, channel.Id, m.Ts))];
            }
        }, cancellationToken);
    }

    public string User(int index) => "U" + (1_000_000 + index).ToString(CultureInfo.InvariantCulture);

    public string Reaction(int index, string user, DigestCard card, bool up) => new JsonObject
    {
        ["envelope_id"] = EnvelopeId(index),
        ["type"] = "events_api",
        ["accepts_response_payload"] = false,
        ["payload"] = new JsonObject
        {
            ["token"] = "deprecated",
            ["team_id"] = fakes.Team,
            ["api_app_id"] = "A0BENCH",
            ["type"] = "event_callback",
            ["event_id"] = "Ev" + index.ToString("D10", CultureInfo.InvariantCulture),
            ["event_time"] = 1_765_000_000 + index,
            ["event"] = new JsonObject
            {
                ["type"] = "reaction_added",
                ["user"] = user,
                ["reaction"] = up ? "+1" : "-1",
                ["item_user"] = fakes.Fake.Options.BotUserId,
                ["item"] = new JsonObject { ["type"] = "message", ["channel"] = card.Message.ChannelId, ["ts"] = card.Message.MessageId },
                ["event_ts"] = card.Message.MessageId,
            },
        },
    }.ToJsonString();

    public async Task SendAsync(string reaction, CancellationToken cancellationToken)
    {
        sent.Add(TimeProvider.System.GetUtcNow());
        await socket!.SendAsync(reaction);
    }

    public void Report(ResultTable table, IReadOnlyList<long> sentAt)
    {
        var acked = fakes.Fake.Acks.Where(a => a.EnvelopeId.StartsWith("env-", StringComparison.Ordinal))
            .GroupBy(a => a.EnvelopeId).ToDictionary(g => g.Key, g => g.Min(a => a.At), StringComparer.Ordinal);
        var latencies = new List<double>(sent.Count);
        var missing = 0;
        for (var i = 0; i < sent.Count; i++)
        {
            if (acked.TryGetValue(EnvelopeId(i), out var at))
                latencies.Add((at - sent[i]).TotalMilliseconds);
            else
                missing++;
        }
        latencies.Sort();
        var late = latencies.Count(ms => ms > AckDeadline.TotalMilliseconds);
        table.Row("envelope sent → acknowledged on the socket: p50 / p99 / max", latencies.Count == 0
                ? FormattableStringFactory.Create("none")
                : $"{Percentiles.Of(latencies, 50):0.0} / {Percentiles.Of(latencies, 99):0.0} / {latencies[^1]:0.0} ms")
            .Check("every envelope acknowledged within 3 s", missing == 0 && late == 0, $"{missing:N0} never acknowledged, {late:N0} after 3 s");
    }

    private static string EnvelopeId(int index) => "env-" + index.ToString(CultureInfo.InvariantCulture);

    public ValueTask DisposeAsync() => fakes.DisposeAsync();
}
