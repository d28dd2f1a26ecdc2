using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Core.Chat;

namespace PaperBot.Benchmarks.Reactions;

/// <summary>One card of the channel digest the reactions go to: its message and the paper the ledger says it shows.</summary>
public sealed record DigestCard(MessageRef Message, string Paper);

/// <summary>What the reactions benchmark needs of a platform: its fakes, the real host against them, a channel digest to
/// react to, and reaction events as the platform sends them.</summary>
public interface IReactionRig : IAsyncDisposable
{
    /// <summary>The events, as the platform names them (for the table's title).</summary>
    string Events { get; }

    /// <summary>The workspace a person's thumbs are stored under.</summary>
    string Workspace { get; }

    /// <summary>Builds and starts the host on <paramref name="database"/>, connected to the fakes.</summary>
    Task<IHost> StartAsync(string database, Action<IServiceCollection> configure, CancellationToken cancellationToken);

    /// <summary>A channel digest of <paramref name="size"/> cards, delivered by the host through the fakes.</summary>
    Task<IReadOnlyList<DigestCard>> DeliverChannelDigestAsync(IHost host, int size, CancellationToken cancellationToken);

    /// <summary>Person <paramref name="index"/>'s user id on this platform.</summary>
    string User(int index);

    /// <summary>A 👍 or 👎 on <paramref name="card"/> by <paramref name="user"/>, as the fake will send it.</summary>
    string Reaction(int index, string user, DigestCard card, bool up);

    /// <summary>Sends one event; returns when the fake has handed it to the socket.</summary>
    Task SendAsync(string reaction, CancellationToken cancellationToken);

    /// <summary>Rows this platform adds to the table (Slack: how fast each envelope was acknowledged).</summary>
    void Report(ResultTable table, IReadOnlyList<long> sentAt);
}
