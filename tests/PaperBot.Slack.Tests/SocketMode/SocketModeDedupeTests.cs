using Microsoft.Extensions.Time.Testing;
using PaperBot.Slack.SocketMode;

namespace PaperBot.Slack.Tests.SocketMode;

public sealed class SocketModeDedupeTests
{
    [Fact]
    public async Task A_repeated_envelope_id_is_acked_again_but_delivered_once()
    {
        await using var h = await SocketModeHarness.StartAsync();
        var socket = await h.ConnectedAsync();
        var payload = TestData.Node("slack-socket-slash-commands-sdk.json")["payload"]!;
        await socket.SendEnvelopeAsync("env-dup", "slash_commands", payload);
        await socket.SendEnvelopeAsync("env-dup", "slash_commands", payload);
        await socket.SendEnvelopeAsync("env-next", "slash_commands", payload);

        Assert.Equal("env-dup", (await h.NextEnvelopeAsync()).EnvelopeId);
        Assert.Equal("env-next", (await h.NextEnvelopeAsync()).EnvelopeId);
        await h.WaitUntilAsync(() => h.Fake.Acks.Count == 3, "three acks");
        Assert.Equal(2, h.Fake.Acks.Count(a => a.EnvelopeId == "env-dup"));
    }

    [Fact]
    public async Task A_retried_event_with_a_new_envelope_id_is_dropped_by_its_event_id()
    {
        await using var h = await SocketModeHarness.StartAsync();
        var socket = await h.ConnectedAsync();
        await socket.SendAsync(TestData.Text("slack-socket-events-api-app-mention.json"));
        await socket.SendEnvelopeAsync("env-retry", "events_api", SocketModeHarness.EventPayload("Ev01JZ2T7S3U"), retryAttempt: 1, retryReason: "timeout");
        await socket.SendEnvelopeAsync("env-other", "events_api", SocketModeHarness.EventPayload("EvOther"));

        var first = await h.NextEnvelopeAsync();
        Assert.Equal("c67a03d0-4094-4744-90ca-d286e00a3ab1", first.EnvelopeId);
        Assert.Equal(0, first.RetryAttempt);
        Assert.Equal("EvOther", (await h.NextEnvelopeAsync()).EventId);
        await h.Fake.WaitForAckAsync("env-retry");
    }

    [Fact]
    public void Recent_ids_are_bounded_by_count()
    {
        var ids = new RecentIds(3, TimeSpan.FromHours(1), new FakeTimeProvider());
        Assert.True(ids.TryAdd("a"));
        Assert.True(ids.TryAdd("b"));
        Assert.True(ids.TryAdd("c"));
        Assert.False(ids.TryAdd("a"));
        Assert.True(ids.TryAdd("d")); // evicts a
        Assert.True(ids.Count <= 3);
        Assert.True(ids.TryAdd("a"));
    }

    [Fact]
    public void Recent_ids_forget_after_the_window()
    {
        var time = new FakeTimeProvider();
        var ids = new RecentIds(10_000, TimeSpan.FromHours(1), time);
        Assert.True(ids.TryAdd("Ev1"));
        time.Advance(TimeSpan.FromMinutes(59));
        Assert.False(ids.TryAdd("Ev1"));
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(ids.TryAdd("Ev1"));
        Assert.Equal(1, ids.Count);
    }
}
