using System.Text.Json;
using PaperBot.Discord.Gateway;

namespace PaperBot.Discord.Tests.Gateway;

public sealed class GatewayDispatchTests
{
    [Fact]
    public async Task Dispatches_arrive_in_order_with_data_that_outlives_the_frame()
    {
        await using var h = await GatewayHarness.StartAsync();
        var connection = await h.ConnectionAsync(0);
        await h.Client.WaitForReadyAsync().WaitAsync(GatewayHarness.Timeout);
        var reaction = TestData.Payload("discord-message-reaction-add-captured.json").GetProperty("d").GetRawText();

        for (var i = 0; i < 50; i++)
        {
            await connection.DispatchAsync(i == 49 ? "LAST" : "MESSAGE_REACTION_ADD", reaction);
        }

        var read = await h.ReadUntilAsync("LAST");

        Assert.Equal("READY", read[0].Type);
        var events = read.Skip(1).ToList();
        Assert.Equal(50, events.Count);
        Assert.Equal(Enumerable.Range(2, 50).Select(i => (long)i), events.Select(d => d.Sequence));
        Assert.All(events, d => Assert.Equal(0, d.Shard));
        Assert.All(events, d => Assert.Equal("228347641120030731", d.Data.GetProperty("user_id").GetString()));
        Assert.Equal("Doggo", events[0].Data.GetProperty("emoji").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_full_channel_holds_the_reader_back_without_losing_events()
    {
        // A queue of 4: the socket reader must wait for the consumer rather than drop anything.
        await using var h = await GatewayHarness.StartAsync(dispatchCapacity: 4);
        var connection = await h.ConnectionAsync(0);
        await h.Client.WaitForReadyAsync().WaitAsync(GatewayHarness.Timeout);

        var sent = new List<long>();
        for (var i = 0; i < 300; i++)
        {
            sent.Add(await connection.DispatchAsync("TYPING_START", $$"""{"n":{{i}}}"""));
        }

        await connection.DispatchAsync("LAST", "{}");
        var read = await h.ReadUntilAsync("LAST");

        Assert.Equal(sent, read.Where(d => d.Type == "TYPING_START").Select(d => d.Sequence));
        Assert.Equal(JsonValueKind.Number, read[^2].Data.GetProperty("n").ValueKind);
    }
}
