using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PaperBot.Core.Digests;
using PaperBot.Core.Users;
using PaperBot.Discord.Delivery;
using PaperBot.Discord.Fake.Rest;
using PaperBot.Discord.Hosting;
using PaperBot.Discord.Rest;
using PaperBot.TestKit;

namespace PaperBot.Discord.Tests.Delivery;

/// <summary>The exactly-once contract on Discord, against the fake REST API with the nonce already forgotten
/// (a restart after Discord's dedupe window), so only reconciling from the channel can keep a part single.</summary>
public sealed class DiscordPlatformContractTests : ChatPlatformContract, IAsyncLifetime
{
    private FakeDiscordRest rest = null!;
    private readonly List<HttpClient> clients = [];

    public async Task InitializeAsync() =>
        rest = await FakeDiscordRest.StartAsync(new FakeDiscordRestOptions { RequiredToken = "t", NonceWindow = TimeSpan.Zero }, CancellationToken.None);

    public async Task DisposeAsync()
    {
        foreach (var client in clients)
            client.Dispose();
        await rest.DisposeAsync();
    }

    protected override Task<IChatPlatform> StartPlatformAsync()
    {
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        clients.Add(http);
        var client = new DiscordRestClient(http, new DiscordRestOptions { BaseUrl = rest.BaseUrl, Token = "t", TransientMaxRetries = 0 }, TimeProvider.System, NullLogger<DiscordRestClient>.Instance);
        var bot = new BotIdentity();
        bot.Set(rest.Options.BotUserId);
        var options = Options.Create(new DiscordOptions { Token = "t", ApplicationId = "1", InFlightWindow = TimeSpan.FromMilliseconds(200) });
        return Task.FromResult<IChatPlatform>(new DiscordPlatform(client, bot, TimeProvider.System, options, NullLogger<DiscordPlatform>.Instance));
    }

    protected override Task<DigestTarget> NewTargetAsync() =>
        Task.FromResult(DigestTarget.Channel(Platforms.Discord, "500", rest.CreateGuildChannel().ToString(CultureInfo.InvariantCulture)));

    protected override Task<int> MessagesInAsync(DigestTarget target) =>
        Task.FromResult(rest.MessagesIn(ulong.Parse(target.ChannelId, CultureInfo.InvariantCulture)).Count);

    protected override void LoseNextAnswer() => rest.DropResponseAfterActionNext("POST /channels/*/messages");

    [Fact]
    public async Task A_person_with_closed_dms_pauses_their_digest_with_the_reason_and_a_global_limit_pauses_all_of_discord()
    {
        var platform = await StartPlatformAsync();
        rest.CloseDms(42);
        var closed = await platform.SendAsync(DigestTarget.Direct(new UserRef(Platforms.Discord, "1", "42")), new DigestPart("📚 header"), new DeliveryKey("dm#0"));
        Assert.Equal(DeliveryStatus.Permanent, closed.Status);
        Assert.Contains("does not accept direct messages", closed.Error, StringComparison.Ordinal);

        rest.FailNext("POST /channels/*/messages", 3, status: 503);
        var outage = await platform.SendAsync(await NewTargetAsync(), new DigestPart("📚 header"), new DeliveryKey("c#0"));
        Assert.Equal(DeliveryStatus.PlatformUnavailable, outage.Status);
    }
}
