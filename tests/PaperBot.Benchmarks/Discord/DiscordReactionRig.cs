using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Benchmarks.Reactions;
using PaperBot.Core.Chat;
using PaperBot.Core.Digests;
using PaperBot.Core.Users;
using PaperBot.Discord.Fake.Gateway;

namespace PaperBot.Benchmarks.Discord;

/// <summary>MESSAGE_REACTION_ADD through the fake Gateway.</summary>
public sealed class DiscordReactionRig(DiscordFakes fakes) : IReactionRig
{
    private const string Guild = "500000000000000001";
    private FakeGatewayConnection? connection;

    public string Events => "MESSAGE_REACTION_ADD";

    public string Workspace => fakes.ApplicationId;

    public static async Task<DiscordReactionRig> StartAsync(CancellationToken cancellationToken) => new(await DiscordFakes.StartAsync(cancellationToken));

    public async Task<IHost> StartAsync(string database, Action<IServiceCollection> configure, CancellationToken cancellationToken)
    {
        var host = fakes.Build(database, configure: configure);
        connection = await fakes.StartAsync(host, cancellationToken);
        return host;
    }

    public Task<IReadOnlyList<DigestCard>> DeliverChannelDigestAsync(IHost host, int size, CancellationToken cancellationToken)
    {
        var channel = fakes.Rest.CreateGuildChannel();
        var channelId = channel.ToString(CultureInfo.InvariantCulture);
        var owner = new UserRef(Platforms.Discord, fakes.ApplicationId, User(0));
        return ChannelDigest.DeliverAsync(host, DigestTarget.Channel(Platforms.Discord, Guild, channelId), owner, size,
            () => [.. fakes.Rest.MessagesIn(channel).Where(m => m.Embeds.Count == 1)
                .Select(m => new MessageRef(Platforms.Discord, Guild, channelId, m.Id.ToString(CultureInfo.InvariantCulture)))],
            cancellationToken);
    }

    public string User(int index) => ReactionPayloads.User(index);

    public string Reaction(int index, string user, DigestCard card, bool up) =>
        ReactionPayloads.Add(Guild, card.Message.ChannelId, card.Message.MessageId, user, up ? "👍" : "👎");

    public Task SendAsync(string reaction, CancellationToken cancellationToken) =>
        connection!.DispatchAsync("MESSAGE_REACTION_ADD", reaction, cancellationToken);

    public void Report(ResultTable table, IReadOnlyList<long> sentAt)
    {
    }

    public ValueTask DisposeAsync() => fakes.DisposeAsync();
}
