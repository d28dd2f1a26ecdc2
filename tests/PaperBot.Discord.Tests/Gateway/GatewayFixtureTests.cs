using System.Text.Json;
using PaperBot.Discord.Gateway;

namespace PaperBot.Discord.Tests.Gateway;

/// <summary>The recorded payloads (docs examples and real captures) parse the way the client reads them.</summary>
public sealed class GatewayFixtureTests
{
    [Theory]
    [InlineData("discord-gateway-hello.json", 45000)]
    [InlineData("discord-hello-captured.json", 41250)]
    public void Hello_gives_the_heartbeat_interval(string file, int intervalMs)
    {
        var frame = GatewayFrame.Parse(TestData.Bytes(file));

        Assert.Equal(GatewayOpCode.Hello, frame.Op);
        Assert.Equal(TimeSpan.FromMilliseconds(intervalMs), frame.HeartbeatInterval);
        Assert.Null(frame.Sequence);
        Assert.Null(frame.Type);
    }

    [Fact]
    public void Captured_ready_gives_session_resume_url_bot_user_and_application()
    {
        var frame = GatewayFrame.Parse(TestData.Bytes("discord-ready-captured.json"));
        var ready = GatewayReadyPayload.Parse(frame.Data);

        Assert.Equal((GatewayOpCode.Dispatch, "READY", 1L), (frame.Op, frame.Type, frame.Sequence));
        Assert.Equal("7eca52a96fa851e0183b0592107f7a71", ready.SessionId);
        Assert.Equal("wss://gateway-us-east1-c.discord.gg", ready.ResumeGatewayUrl);
        Assert.Equal("1178012787457400832", ready.UserId);
        Assert.Equal("1178012787457400832", ready.ApplicationId);
        Assert.Equal(new Uri("wss://gateway-us-east1-c.discord.gg/?v=10&encoding=json"), GatewayUrls.WithQuery(ready.ResumeGatewayUrl));
    }

    [Fact]
    public void Synthetic_ready_parses_too()
    {
        var ready = GatewayReadyPayload.Parse(GatewayFrame.Parse(TestData.Bytes("discord-ready-remora.json")).Data);

        Assert.Equal(("none", "999999999999999999", "999999999999999999"), (ready.SessionId, ready.UserId, ready.ApplicationId));
    }

    [Fact]
    public void Invalid_session_reconnect_and_ack_are_recognised()
    {
        var invalid = GatewayFrame.Parse(TestData.Bytes("discord-gateway-invalid-session.json"));
        Assert.Equal(GatewayOpCode.InvalidSession, invalid.Op);
        Assert.False(invalid.Resumable);
        Assert.True(GatewayFrame.Parse("""{"op":9,"d":true}"""u8.ToArray()).Resumable);

        Assert.Equal(GatewayOpCode.Reconnect, GatewayFrame.Parse(TestData.Bytes("discord-gateway-reconnect.json")).Op);
        var ack = GatewayFrame.Parse(TestData.Bytes("discord-gateway-heartbeat-ack.json"));
        Assert.Equal(GatewayOpCode.HeartbeatAck, ack.Op);
        Assert.Equal(JsonValueKind.Undefined, ack.Data.ValueKind);
    }

    [Fact]
    public void Reaction_add_dispatch_keeps_type_sequence_and_data()
    {
        var frame = GatewayFrame.Parse(TestData.Bytes("discord-message-reaction-add-captured.json"));

        Assert.Equal((GatewayOpCode.Dispatch, "MESSAGE_REACTION_ADD", 5L), (frame.Op, frame.Type, frame.Sequence));
        Assert.Equal("228347641120030731", frame.Data.GetProperty("user_id").GetString());
        Assert.Equal("437783545490964482", frame.Data.GetProperty("emoji").GetProperty("id").GetString());
    }

    [Fact]
    public void Get_gateway_bot_response_deserializes_into_GatewayBotInfo()
    {
        var info = JsonSerializer.Deserialize<GatewayBotInfo>(TestData.Bytes("discord-get-gateway-bot-response.json"));

        Assert.NotNull(info);
        Assert.Equal("wss://gateway.discord.gg/", info.Url);
        Assert.Equal(9, info.Shards);
        Assert.Equal(new SessionStartLimit(1000, 999, 14_400_000, 1), info.SessionStartLimit);
        Assert.Equal(new Uri("wss://gateway.discord.gg/?v=10&encoding=json"), GatewayUrls.WithQuery(info.Url));
    }

    [Fact]
    public void Our_identify_has_the_shape_of_the_documented_one()
    {
        var documented = TestData.Payload("discord-gateway-identify-minimal.json").GetProperty("d");
        using var ours = JsonDocument.Parse(GatewayPayloads.Identify("my_token", GatewayIntents.PaperBot, 0, 1));
        var d = ours.RootElement.GetProperty("d");

        Assert.Equal(2, ours.RootElement.GetProperty("op").GetInt32());
        foreach (var property in documented.EnumerateObject())
        {
            Assert.True(d.TryGetProperty(property.Name, out var value), $"identify lacks {property.Name}");
            Assert.Equal(property.Value.ValueKind, value.ValueKind);
        }

        Assert.Equal(
            documented.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(),
            d.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(9217, d.GetProperty("intents").GetInt32());
    }

    [Fact]
    public void Our_resume_and_heartbeat_match_the_documented_ones()
    {
        var documented = TestData.Payload("discord-gateway-resume.json");
        using var resume = JsonDocument.Parse(GatewayPayloads.Resume("my_token", "session_id_i_stored", 1337));
        Assert.True(JsonElement.DeepEquals(documented, resume.RootElement));

        var beat = TestData.Payload("discord-gateway-heartbeat.json");
        using var ours = JsonDocument.Parse(GatewayPayloads.Heartbeat(251));
        Assert.True(JsonElement.DeepEquals(beat, ours.RootElement));
        Assert.Equal("""{"op":1,"d":null}""", System.Text.Encoding.UTF8.GetString(GatewayPayloads.Heartbeat(null)));
    }
}
