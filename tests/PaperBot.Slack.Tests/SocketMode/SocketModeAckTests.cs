using System.Text.Json.Nodes;
using PaperBot.Slack.SocketMode;

namespace PaperBot.Slack.Tests.SocketMode;

public sealed class SocketModeAckTests
{
    [Fact]
    public async Task An_events_api_envelope_is_acked_before_the_consumer_sees_it()
    {
        await using var h = await SocketModeHarness.StartAsync();
        var socket = await h.ConnectedAsync();
        await socket.SendEnvelopeAsync("env-1", "events_api", SocketModeHarness.EventPayload("Ev1"));

        var envelope = await h.NextEnvelopeAsync();
        Assert.True(envelope.IsAcked);
        Assert.Equal(SlackEnvelopeType.EventsApi, envelope.Type);
        Assert.Equal("Ev1", envelope.EventId);
        var ack = await h.Fake.WaitForAckAsync("env-1");
        Assert.Null(ack.Payload);
        Assert.Equal(socket.Index, ack.SocketIndex);
        Assert.False(await envelope.AckAsync(new JsonObject { ["text"] = "too late" }));
    }

    [Fact]
    public async Task Envelopes_are_acked_within_3_s_while_the_consumer_does_not_read()
    {
        await using var h = await SocketModeHarness.StartAsync();
        var socket = await h.ConnectedAsync();
        var sentEvent = await socket.SendEnvelopeAsync("env-e", "events_api", SocketModeHarness.EventPayload("EvSlow"));
        var sentSlash = await socket.SendEnvelopeAsync("env-s", "slash_commands", TestData.Node("slack-socket-slash-commands.json")["payload"]!, acceptsResponsePayload: true);

        var eventAck = await h.Fake.WaitForAckAsync("env-e");
        var slashAck = await h.Fake.WaitForAckAsync("env-s");
        Assert.True(eventAck.At - sentEvent < TimeSpan.FromSeconds(1), $"events_api ack after {(eventAck.At - sentEvent).TotalMilliseconds} ms");
        var slashDelay = slashAck.At - sentSlash;
        Assert.True(slashDelay >= TimeSpan.FromMilliseconds(400) && slashDelay < TimeSpan.FromSeconds(3), $"slash ack after {slashDelay.TotalMilliseconds} ms");
        Assert.Null(slashAck.Payload);
    }

    [Fact]
    public void The_default_auto_ack_leaves_half_a_second_of_slack_before_the_3_s_deadline()
    {
        var options = new SlackSocketModeOptions();
        Assert.Equal(TimeSpan.FromMilliseconds(2500), options.AutoAckAfter);
        Assert.True(options.AutoAckAfter < TimeSpan.FromSeconds(3));

        using var http = new HttpClient();
        Assert.Throws<ArgumentOutOfRangeException>(() => new SlackSocketModeClient(
            "xapp-1", http, options with { AutoAckAfter = TimeSpan.FromSeconds(3) }, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<SlackSocketModeClient>.Instance));
    }

    [Fact]
    public async Task A_slash_command_is_acked_with_the_consumers_payload_once()
    {
        await using var h = await SocketModeHarness.StartAsync();
        var socket = await h.ConnectedAsync();
        var fixture = TestData.Node("slack-socket-slash-commands.json");
        await socket.SendAsync(fixture.ToJsonString());

        var envelope = await h.NextEnvelopeAsync();
        Assert.Equal(SlackEnvelopeType.SlashCommands, envelope.Type);
        Assert.True(envelope.AcceptsResponsePayload);
        Assert.False(envelope.IsAcked);
        Assert.Equal("/randorilke", envelope.Payload.GetProperty("command").GetString());

        var reply = TestData.Node("slack-socket-slash-commands-ack-with-payload.json")["payload"]!;
        Assert.True(await envelope.AckAsync(reply));
        Assert.False(await envelope.AckAsync());

        var ack = await h.Fake.WaitForAckAsync("dbdd0ef3-1543-4f94-bfb4-133d0e6c1545");
        Assert.True(JsonNode.DeepEquals(reply, ack.Payload));
        await Task.Delay(800); // past AutoAckAfter: no second, empty ack
        Assert.Single(h.Fake.Acks);
    }

    [Fact]
    public async Task An_oversized_ack_payload_is_refused_without_using_up_the_ack()
    {
        await using var h = await SocketModeHarness.StartAsync();
        var socket = await h.ConnectedAsync();
        await socket.SendEnvelopeAsync("env-big", "interactive", TestData.Node("slack-block-actions-payload-docs.json"), acceptsResponsePayload: true);
        var envelope = await h.NextEnvelopeAsync();

        var huge = new JsonObject { ["text"] = new string('x', 25_000) };
        await Assert.ThrowsAsync<ArgumentException>(() => envelope.AckAsync(huge));
        Assert.False(envelope.IsAcked);
        Assert.True(await envelope.AckAsync(new JsonObject { ["text"] = "ok" }));
        Assert.Equal("ok", (await h.Fake.WaitForAckAsync("env-big")).Payload!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_67_KB_interactive_envelope_arrives_whole()
    {
        await using var h = await SocketModeHarness.StartAsync();
        var socket = await h.ConnectedAsync();
        var text = TestData.Text("slack-socket-interactive-block-actions-sdk.json");
        Assert.True(text.Length > 60_000);
        await socket.SendAsync(text);

        var envelope = await h.NextEnvelopeAsync();
        Assert.Equal(SlackEnvelopeType.Interactive, envelope.Type);
        Assert.Equal("block_actions", envelope.Payload.GetProperty("type").GetString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text)!["payload"], JsonNode.Parse(envelope.Payload.GetRawText())));
    }
}
