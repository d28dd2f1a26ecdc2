using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Digests;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Discord.Fake.Rest;
using PaperBot.Host.Scheduling;
using PaperBot.TestKit;
using Quartz;

namespace PaperBot.Host.Tests.Discord;

/// <summary>The real host with the real Discord client against local fakes: connect, register, answer, rate, deliver.</summary>
public sealed class DiscordBotHostTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private DiscordHost discord = null!;

    public async Task InitializeAsync() => discord = await DiscordHost.StartFakesAsync(nonceWindow: TimeSpan.Zero);

    public async Task DisposeAsync()
    {
        await discord.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task It_connects_registers_papers_once_answers_a_search_within_the_deadline_and_rates_by_button()
    {
        using (var host = discord.Build(folder.File("paperbot.db")))
        {
            var connection = await discord.StartAsync(host, Waiting.Patience);
            var identify = connection.Received.First(f => f.Op == 2);
            Assert.Equal(9217, identify.Data.GetProperty("intents").GetInt32());
            await Waiting.UntilAsync(() => discord.Rest.CommandOverwriteCount(discord.Rest.Options.ApplicationId) == 1, "/papers to be registered");
            var papers = Assert.Single(discord.Rest.Commands(discord.Rest.Options.ApplicationId));
            var subcommands = papers!["options"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()).ToList();
            Assert.Contains("search", subcommands);
            Assert.Contains("subscribe", subcommands);

            await connection.DispatchAsync("INTERACTION_CREATE", DiscordHost.Command("tok-search", "search", new Dictionary<string, object> { ["query"] = "spiking neural networks", ["top"] = 3 }));
            await Waiting.UntilAsync(() => discord.Rest.OriginalEditsFor("tok-search").Count > 0, "the search reply");
            var deferred = Assert.Single(discord.Rest.CallbacksFor("tok-search"));
            Assert.Equal(5, deferred.Type);
            Assert.Equal(64, deferred.Data?["flags"]?.GetValue<int>());
            var reply = discord.Rest.OriginalEditsFor("tok-search")[0];
            var embeds = reply["embeds"]!.AsArray();
            Assert.InRange(embeds.Count, 1, 3);
            Assert.Contains("spik", embeds.ToJsonString(), StringComparison.OrdinalIgnoreCase);
            var up = reply["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>();

            await connection.DispatchAsync("INTERACTION_CREATE", DiscordHost.Click("tok-click", up, "880", reply["components"]!.DeepClone().AsArray(), messageFlags: 64));
            await Waiting.UntilAsync(() => discord.Rest.CallbacksFor("tok-click").Count > 0, "the click's answer");
            var update = Assert.Single(discord.Rest.CallbacksFor("tok-click"));
            Assert.Equal(7, update.Type);
            Assert.Equal(3, update.Data!["components"]![0]!["components"]![0]!["style"]!.GetValue<int>());
            var rating = Assert.Single(await host.Services.GetRequiredService<IRatingStore>().ForUserAsync(new UserRef(Platforms.Discord, discord.ApplicationId, "700")));
            Assert.Equal((Thumb.Up, RatingSources.Button), (rating.Thumb, rating.Source));
            await host.StopAsync();
        }

        // A restart finds /papers registered as it would register it, and does not overwrite it again.
        using (var again = discord.Build(folder.File("paperbot.db")))
        {
            await again.StartAsync();
            await Waiting.UntilAsync(() => discord.Rest.RequestsTo("GET /applications/*/commands").Count >= 2, "the second start to read the commands");
            await again.StopAsync();
        }
        Assert.Equal(1, discord.Rest.CommandOverwriteCount(discord.Rest.Options.ApplicationId));
    }

    [Fact]
    public async Task A_dm_digest_arrives_exactly_once_across_a_crash_with_its_answer_lost_and_its_reactions_rate_and_withdraw()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        var database = folder.File("paperbot.db");
        var person = new UserRef(Platforms.Discord, discord.ApplicationId, "700");
        using (var host = discord.Build(database, services => services.AddSingleton<TimeProvider>(time)))
        {
            var connection = await discord.StartAsync(host, Waiting.Patience);
            await connection.DispatchAsync("INTERACTION_CREATE", DiscordHost.Command("tok-sub", "subscribe", new Dictionary<string, object> { ["size"] = 3 }, guild: null, channel: "610"));
            await Waiting.UntilAsync(() => discord.Rest.OriginalEditsFor("tok-sub").Count > 0, "the subscribe reply");
            Assert.NotNull(await host.Services.GetRequiredService<ISubscriptionStore>().FindAsync(DigestTarget.Direct(person).Key));

            // The second message reaches Discord, but its answer is lost; then the process dies.
            discord.Rest.DropResponseAfterActionNext("POST /channels/*/messages", 1);
            time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 8, 0, 20, TimeSpan.Zero));
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            await scheduler.TriggerJob(DigestDispatchJob.Key);
            await Waiting.UntilAsync(() => discord.Rest.MessageCount >= 1 && discord.Rest.RequestsTo("POST /channels/*/messages").Count >= 1, "the digest to start");
        }

        Assert.True(discord.Rest.DmChannelOf(700) is not null);
        var dm = discord.Rest.DmChannelOf(700)!.Value;
        using (var restarted = discord.Build(database, services => services.AddSingleton<TimeProvider>(time)))
        {
            var connection = await discord.StartAsync(restarted, Waiting.Patience);
            time.Advance(TimeSpan.FromMinutes(10));
            var scheduler = await restarted.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            await scheduler.TriggerJob(DigestDispatchJob.Key);
            await Waiting.UntilAsync(() => discord.Rest.MessagesIn(dm).Count >= 4, "the whole digest");
            await Task.Delay(500);

            var messages = discord.Rest.MessagesIn(dm);
            Assert.Equal(4, messages.Count);
            Assert.StartsWith("📚 PaperBot digest", messages.Single(m => m.Embeds.Count == 0).Content, StringComparison.Ordinal);
            var cards = messages.Where(m => m.Embeds.Count == 1).ToList();
            Assert.Equal(3, cards.Select(m => m.CustomIds.First()).Distinct().Count());
            Assert.All(messages, m => Assert.Equal(JsonNode.Parse("""{"parse":[]}""")!.ToJsonString(), m.AllowedMentions?.ToJsonString()));

            var card = cards[0];
            var message = card.Id.ToString(CultureInfo.InvariantCulture);
            var channel = dm.ToString(CultureInfo.InvariantCulture);
            var ratings = restarted.Services.GetRequiredService<IRatingStore>();
            // The bot's own reaction is ignored; the person's 👍 with a skin tone rates; taking it back withdraws it.
            await connection.DispatchAsync("MESSAGE_REACTION_ADD", DiscordHost.Reaction(channel, message, "👍", user: discord.BotUserId));
            await connection.DispatchAsync("MESSAGE_REACTION_ADD", DiscordHost.Reaction(channel, message, "👍🏽"));
            await Waiting.UntilAsync(async () => (await ratings.ForUserAsync(person)).Count == 1, "the reaction's rating");
            var rating = Assert.Single(await ratings.ForUserAsync(person));
            Assert.Equal((Thumb.Up, RatingSources.Reaction), (rating.Thumb, rating.Source));
            Assert.Empty(await ratings.ForUserAsync(new UserRef(Platforms.Discord, discord.ApplicationId, discord.BotUserId)));
            await connection.DispatchAsync("MESSAGE_REACTION_REMOVE", DiscordHost.Reaction(channel, message, "👍🏽"));
            await Waiting.UntilAsync(async () => (await ratings.ForUserAsync(person)).Count == 0, "the withdrawal");
            await restarted.StopAsync();
        }
    }

    [Fact]
    public async Task A_channel_digest_needs_manage_channels_and_arrives_exactly_once_across_a_crash_with_its_answer_lost()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        var database = folder.File("paperbot.db");
        var channel = discord.Rest.CreateGuildChannel();
        var channelId = channel.ToString(CultureInfo.InvariantCulture);
        using (var host = discord.Build(database, services => services.AddSingleton<TimeProvider>(time)))
        {
            var connection = await discord.StartAsync(host, Waiting.Patience);
            var size = new Dictionary<string, object> { ["size"] = 2 };
            await connection.DispatchAsync("INTERACTION_CREATE", DiscordHost.Command("tok-member", "subscribe", size, channel: channelId, permissions: "0"));
            await Waiting.UntilAsync(() => discord.Rest.OriginalEditsFor("tok-member").Count > 0, "the refusal");
            Assert.Contains("manage this channel", discord.Rest.OriginalEditsFor("tok-member")[0]["content"]!.GetValue<string>(), StringComparison.Ordinal);

            await connection.DispatchAsync("INTERACTION_CREATE", DiscordHost.Command("tok-manager", "subscribe", size, channel: channelId, permissions: "16"));
            await Waiting.UntilAsync(() => discord.Rest.OriginalEditsFor("tok-manager").Count > 0, "the subscribe reply");
            Assert.NotNull(await host.Services.GetRequiredService<ISubscriptionStore>().FindAsync(DigestTarget.Channel(Platforms.Discord, "500", channelId).Key));

            discord.Rest.DropResponseAfterActionNext("POST /channels/*/messages", 1);
            time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 8, 0, 20, TimeSpan.Zero));
            await (await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).TriggerJob(DigestDispatchJob.Key);
            await Waiting.UntilAsync(() => discord.Rest.MessagesIn(channel).Count >= 1, "the digest to start");
        }

        using (var restarted = discord.Build(database, services => services.AddSingleton<TimeProvider>(time)))
        {
            await discord.StartAsync(restarted, Waiting.Patience);
            time.Advance(TimeSpan.FromMinutes(10));
            await (await restarted.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).TriggerJob(DigestDispatchJob.Key);
            await Waiting.UntilAsync(() => discord.Rest.MessagesIn(channel).Count >= 3, "the whole digest");
            await Task.Delay(500);
            await restarted.StopAsync();
        }
        var messages = discord.Rest.MessagesIn(channel);
        Assert.Equal(3, messages.Count);
        Assert.Single(messages, m => m.Embeds.Count == 0);
        Assert.Equal(2, messages.Where(m => m.Embeds.Count == 1).Select(m => m.CustomIds.First()).Distinct().Count());
    }
}
