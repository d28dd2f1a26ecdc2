using PaperBot.Core.Chat;
using PaperBot.Core.Chat.Outbound;
using PaperBot.Core.Digests;
using PaperBot.Core.Users;

namespace PaperBot.Host.Terminal;

/// <summary>Digests in the terminal: printed where the person chats, their cards rateable with +1 N like any reply.
/// The terminal cannot drop a repeated print, so it remembers the keys it printed in this run.</summary>
public sealed class TerminalPlatform(TerminalIO io, TerminalSession session) : IChatPlatform
{
    private readonly HashSet<string> printed = [];
    private readonly List<Core.Chat.PaperCard> digestCards = [];

    public string Platform => Platforms.Terminal;

    public PlatformLimits Limits => PlatformLimits.Unlimited;

    public Task<DeliveryOutcome> SendAsync(DigestTarget target, DigestPart part, DeliveryKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(key);
        var message = new MessageRef(Platforms.Terminal, target.Workspace, target.ChannelId, $"terminal:{key.Value}");
        lock (printed)
        {
            if (!printed.Add(key.Value))
                return Task.FromResult(DeliveryOutcome.Sent(message));
            if (part.Card is null)
            {
                digestCards.Clear();
                io.Write(console => TerminalRenderer.RenderLine(console, part.Text));
            }
            else
            {
                digestCards.Add(part.Card);
                var number = digestCards.Count;
                io.Write(console => TerminalRenderer.RenderCard(console, number, part.Card));
                session.Remember(digestCards.ToList());
            }
        }
        return Task.FromResult(DeliveryOutcome.Sent(message));
    }
}
