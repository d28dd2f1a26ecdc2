using System.Text;
using System.Text.Json;
using PaperBot.Slack.SocketMode;

namespace PaperBot.Slack.Tests.SocketMode;

public sealed class SocketModeFixtureTests
{
    [Theory]
    [InlineData("slack-socket-hello.json", "hello")]
    [InlineData("slack-socket-disconnect-link_disabled.json", "disconnect")]
    [InlineData("slack-socket-disconnect-refresh_requested.json", "disconnect")]
    [InlineData("slack-socket-disconnect-warning-docs.json", "disconnect")]
    [InlineData("slack-socket-disconnect-warning.json", "disconnect")]
    [InlineData("slack-socket-disconnect-too_many_websockets-sdk.json", "disconnect")]
    public void Control_frames_parse(string file, string type)
    {
        var frame = SocketModeFrame.Parse(TestData.Bytes(file));
        Assert.Equal(type, frame.Type);
        Assert.Null(frame.Envelope);
        if (type == "disconnect")
        {
            Assert.False(string.IsNullOrEmpty(frame.Reason));
        }
        else
        {
            Assert.Equal(4, frame.NumConnections);
        }
    }

    [Theory]
    [InlineData("slack-socket-events-api-app-mention.json", SlackEnvelopeType.EventsApi, false, 0, "Ev01JZ2T7S3U")]
    [InlineData("slack-socket-events-api-app-mention-sdk.json", SlackEnvelopeType.EventsApi, false, 0, null)]
    [InlineData("slack-socket-events-api-message-retry-bolt.json", SlackEnvelopeType.EventsApi, false, 1, "Ev111")]
    [InlineData("slack-socket-slash-commands.json", SlackEnvelopeType.SlashCommands, true, 0, null)]
    [InlineData("slack-socket-slash-commands-sdk.json", SlackEnvelopeType.SlashCommands, true, 0, null)]
    [InlineData("slack-socket-interactive-block-actions-sdk.json", SlackEnvelopeType.Interactive, false, 0, null)]
    public void Envelopes_parse_with_type_id_and_retry(string file, SlackEnvelopeType type, bool acceptsPayload, int retry, string? eventId)
    {
        var raw = TestData.Element(file);
        var envelope = SocketModeFrame.Parse(TestData.Bytes(file)).Envelope!;
        Assert.Equal(type, envelope.Type);
        Assert.Equal(raw.GetProperty("envelope_id").GetString(), envelope.EnvelopeId);
        Assert.Equal(raw.GetProperty("accepts_response_payload").GetBoolean(), envelope.AcceptsResponsePayload);
        Assert.Equal(acceptsPayload, envelope.AcceptsResponsePayload);
        Assert.Equal(retry, envelope.RetryAttempt);
        if (eventId is not null)
        {
            Assert.Equal(eventId, envelope.EventId);
        }

        if (type == SlackEnvelopeType.EventsApi)
        {
            Assert.NotNull(envelope.EventId);
            Assert.Equal("event_callback", envelope.Payload.GetProperty("type").GetString());
        }

        if (retry > 0)
        {
            Assert.Equal("timeout", envelope.RetryReason);
        }
    }

    [Theory]
    [InlineData("slack-socket-hello-docs.INVALID-JSON.txt")]
    [InlineData("slack-socket-interactive-block-actions-docs.INVALID-JSON.txt")]
    [InlineData("slack-socket-ack-minimal.json")] // valid JSON but no "type": not a frame Slack sends
    public void Malformed_docs_examples_are_rejected_cleanly(string file) =>
        Assert.ThrowsAny<JsonException>(() => SocketModeFrame.Parse(TestData.Bytes(file)));

    [Fact]
    public void The_ack_matches_the_documented_shape()
    {
        var minimal = TestData.Element("slack-socket-ack-minimal.json");
        var encoded = JsonDocument.Parse(EnvelopeAck.Encode(minimal.GetProperty("envelope_id").GetString()!, null)).RootElement;
        Assert.Equal(minimal.GetProperty("envelope_id").GetString(), encoded.GetProperty("envelope_id").GetString());
        Assert.False(encoded.TryGetProperty("payload", out _));

        var withPayload = TestData.Node("slack-socket-slash-commands-ack-with-payload.json");
        var bytes = EnvelopeAck.Encode(withPayload["envelope_id"]!.GetValue<string>(), withPayload["payload"]);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(withPayload, System.Text.Json.Nodes.JsonNode.Parse(Encoding.UTF8.GetString(bytes))));
    }

    [Theory]
    [InlineData("slack-events-api-reaction-added.json", "reaction_added", "slightly_smiling_face")]
    [InlineData("slack-events-api-reaction-added-bolt.json", "reaction_added", "heart_eyes")]
    public void Events_api_bodies_inside_an_envelope_give_the_event_id_and_inner_event(string file, string eventType, string reaction)
    {
        var body = TestData.Node(file);
        var envelope = new System.Text.Json.Nodes.JsonObject
        {
            ["envelope_id"] = "e1",
            ["type"] = "events_api",
            ["payload"] = body,
            ["accepts_response_payload"] = false,
        };
        var parsed = SocketModeFrame.Parse(Encoding.UTF8.GetBytes(envelope.ToJsonString())).Envelope!;
        Assert.Equal(body["event_id"]!.GetValue<string>(), parsed.EventId);
        var inner = parsed.Payload.GetProperty("event");
        Assert.Equal(eventType, inner.GetProperty("type").GetString());
        Assert.Equal(reaction, inner.GetProperty("reaction").GetString());
        Assert.Equal("message", inner.GetProperty("item").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("slack-events-api-reaction-added-sentry-test-event.json", "reaction_added", "+1")]
    [InlineData("slack-events-api-reaction-removed-inner-event.json", "reaction_removed", null)]
    [InlineData("slack-events-api-app-rate-limited.json", "app_rate_limited", null)]
    public void Inner_events_and_notices_parse(string file, string type, string? reaction)
    {
        var root = TestData.Element(file);
        Assert.Equal(type, root.GetProperty("type").GetString());
        if (reaction is not null)
        {
            Assert.Equal(reaction, root.GetProperty("reaction").GetString());
        }
    }

    [Theory]
    [InlineData("slack-block-actions-payload-docs.json")]
    [InlineData("slack-block-actions-payload-captured.json")]
    public void Block_actions_payloads_carry_user_actions_and_response_url(string file)
    {
        var root = TestData.Element(file);
        Assert.Equal("block_actions", root.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("user").GetProperty("id").GetString()));
        var action = root.GetProperty("actions")[0];
        Assert.False(string.IsNullOrEmpty(action.GetProperty("action_id").GetString()));
        Assert.StartsWith("https://", root.GetProperty("response_url").GetString(), StringComparison.Ordinal);
    }
}
