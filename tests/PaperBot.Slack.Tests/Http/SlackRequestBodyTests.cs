using System.Text;
using System.Text.Json.Nodes;
using PaperBot.Slack.Events;
using PaperBot.Slack.Fake;
using PaperBot.Slack.Http;
using PaperBot.Slack.SocketMode;

namespace PaperBot.Slack.Tests.Http;

/// <summary>HTTP-mode bodies (recorded where Slack's docs give one) read as the envelopes Socket Mode brings, so the
/// same readers take them; what Slack would never send is malformed, with a reason.</summary>
public sealed class SlackRequestBodyTests
{
    private const string Form = SlackRequestSender.FormType;
    private const string Json = SlackRequestSender.JsonType;

    [Fact]
    public void The_recorded_slash_command_form_reads_as_a_slash_command()
    {
        var read = SlackRequestBody.Read(Form, TestData.Bytes("slack-slash-command-http-body.form.txt"));

        Assert.Equal((SlackRequestKind.Envelope, SlackEnvelopeType.SlashCommands, "slash_commands"), (read.Kind, read.Type, read.Detail));
        Assert.True(SlackPayloads.TryReadSlash(read.Payload, out var slash));
        Assert.Equal(("/weather", "94070", "T0001", "C2147483705", "U2147483697"), (slash.Command, slash.Text, slash.Team, slash.Channel, slash.User));
        Assert.Equal(new Uri("https://hooks.slack.com/commands/1234/5678"), slash.ResponseUrl);
    }

    [Fact]
    public async Task Form_encoding_is_undone_spaces_and_escapes_alike()
    {
        var body = await SlackRequestSender.FormAsync([
            KeyValuePair.Create("team_id", "T1"), KeyValuePair.Create("channel_id", "C1"), KeyValuePair.Create("user_id", "U1"),
            KeyValuePair.Create("command", "/lit"), KeyValuePair.Create("text", "search \u201Cgraph neural\u201D top:3 & more")]);
        Assert.Contains("+", Encoding.UTF8.GetString(body), StringComparison.Ordinal);

        Assert.True(SlackPayloads.TryReadSlash(SlackRequestBody.Read(Form + "; charset=utf-8", body).Payload, out var slash));
        Assert.Equal(("/lit", "search \u201Cgraph neural\u201D top:3 & more"), (slash.Command, slash.Text));
    }

    [Fact]
    public void The_url_verification_handshake_gives_its_challenge()
    {
        var read = SlackRequestBody.Read(Json, TestData.Bytes("slack-url-verification.json"));
        Assert.Equal(SlackRequestKind.UrlVerification, read.Kind);
        Assert.Equal(TestData.Node("slack-url-verification-response.json")["challenge"]!.GetValue<string>(), read.Detail);
    }

    [Fact]
    public void An_event_callback_reads_as_an_events_api_envelope_with_its_event_id()
    {
        var read = SlackRequestBody.Read(Json, TestData.Bytes("slack-events-api-reaction-added.json"));
        Assert.Equal((SlackRequestKind.Envelope, SlackEnvelopeType.EventsApi, "Ev123ABC456"), (read.Kind, read.Type, read.EventId));
        Assert.True(SlackPayloads.TryReadReaction(read.Payload, botUserId: null, out var reaction));
        Assert.Equal("slightly_smiling_face", reaction.Emoji);
    }

    [Fact]
    public async Task An_interaction_reads_from_its_payload_field()
    {
        var body = await SlackRequestSender.FormAsync([KeyValuePair.Create("payload", TestData.Text("slack-block-actions-payload-docs.json"))]);
        var read = SlackRequestBody.Read(Form, body);
        Assert.Equal((SlackRequestKind.Envelope, SlackEnvelopeType.Interactive), (read.Kind, read.Type));
        Assert.True(SlackPayloads.TryReadBlockAction(read.Payload, out var click));
        Assert.Equal("WaXA", click.ActionId);
    }

    [Fact]
    public async Task Certificate_checks_and_events_paperbot_does_not_take_need_no_work()
    {
        Assert.Equal(SlackRequestKind.Nothing, SlackRequestBody.Read(Form, await SlackRequestSender.FormAsync([KeyValuePair.Create("ssl_check", "1"), KeyValuePair.Create("token", "x")])).Kind);
        var limited = SlackRequestBody.Read(Json, TestData.Bytes("slack-events-api-app-rate-limited.json"));
        Assert.Equal((SlackRequestKind.Nothing, "app_rate_limited"), (limited.Kind, limited.Detail));
    }

    [Theory]
    [InlineData(Form, "payload=%7B%22type%22%3A", "payload field")] // cut-off JSON
    [InlineData(Form, "payload=%5B1%2C2%5D", "payload field")] // not an object
    [InlineData(Form, "team_id=T1&text=hi", "neither a command nor a payload")]
    [InlineData(Json, "{\"type\":", "not an object")]
    [InlineData(Json, "[]", "not an object")]
    [InlineData(Json, "{\"type\":\"url_verification\"}", "without a challenge")]
    [InlineData("text/plain", "hello", "neither JSON nor a form")]
    [InlineData(null, "hello", "(none)")]
    public void What_slack_never_sends_is_malformed_with_a_reason(string? contentType, string body, string reason)
    {
        var read = SlackRequestBody.Read(contentType, Encoding.UTF8.GetBytes(body));
        Assert.Equal(SlackRequestKind.Malformed, read.Kind);
        Assert.Contains(reason, read.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ack_in_a_response_is_the_payload_itself_and_sent_once()
    {
        var sent = new List<byte[]>();
        var ack = EnvelopeAck.InResponse((bytes, _) => { sent.Add(bytes); return Task.FromResult(true); });
        Assert.True(await ack.SendAsync(new JsonObject { ["text"] = "hi" }, CancellationToken.None));
        Assert.False(await ack.SendAsync(null, CancellationToken.None));
        Assert.Equal("{\"text\":\"hi\"}", Encoding.UTF8.GetString(Assert.Single(sent)));
    }
}
