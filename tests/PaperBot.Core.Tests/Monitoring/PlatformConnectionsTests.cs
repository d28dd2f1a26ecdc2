using System.Diagnostics.Metrics;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Monitoring;
using PaperBot.TestKit;

namespace PaperBot.Core.Tests.Monitoring;

public sealed class PlatformConnectionsTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 5, 4, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_outage_keeps_its_start_across_retries_and_counts_one_reconnect()
    {
        var reconnects = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "paperbot.platform.reconnects")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) => reconnects.Add((string)tags[0].Value!));
        listener.Start();
        var connections = new PlatformConnections(TestMetrics.Create(time), time);

        connections.Report("discord", ConnectionState.Connecting, "checking the token");
        connections.Report("discord", ConnectionState.Connected, "connected");
        time.Advance(TimeSpan.FromMinutes(1));
        connections.Report("discord", ConnectionState.Reconnecting, "closed by Discord with 4000");
        var outage = time.GetUtcNow();
        time.Advance(TimeSpan.FromSeconds(30));
        connections.Report("discord", ConnectionState.Reconnecting, "could not connect");

        Assert.Equal(new PlatformConnection("discord", ConnectionState.Reconnecting, "could not connect", outage), connections.Find("discord"));
        Assert.Equal(["discord"], reconnects);
        Assert.Null(connections.Find("slack"));
    }
}
