using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Benchmarks.Discord;
using PaperBot.Core.Chat;
using PaperBot.Core.Digests;
using PaperBot.Core.Users;

namespace PaperBot.Benchmarks.Reactions;

/// <summary>A channel digest delivered by the host, with each card's message and the paper the ledger says it shows.</summary>
public static class ChannelDigest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    /// <param name="cardMessages">The messages the fake holds in the channel that show one card each.</param>
    public static async Task<IReadOnlyList<DigestCard>> DeliverAsync(IHost host, DigestTarget channel, UserRef owner, int size, Func<IReadOnlyList<MessageRef>> cardMessages, CancellationToken cancellationToken)
    {
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await host.Services.GetRequiredService<ISubscriptionStore>().SaveAsync(Digests.DueNow(channel, owner, size, now), cancellationToken);
        await Digests.DispatchAsync(host, cancellationToken);
        await Until.TrueAsync(() => cardMessages().Count >= size, "the channel digest", Patience, cancellationToken);
        var ledger = host.Services.GetRequiredService<IDigestLedger>();
        var cards = new List<DigestCard>();
        foreach (var message in cardMessages())
        {
            PaperBot.Core.Papers.PaperId? paper = null;
            await Until.TrueAsync(async () => (paper = await ledger.PaperForMessageAsync(message, cancellationToken)) is not null, "the card in the ledger", Patience, cancellationToken);
            cards.Add(new DigestCard(message, paper!.Value.Value));
        }
        if (cards.Count != size)
            throw new InvalidOperationException($"the digest had {cards.Count} cards, not {size} (is the seed catalogue there?)");
        return cards;
    }
}
