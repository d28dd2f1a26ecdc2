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

    public Task<DeliveryOutcome> SendAsync(DigestTarget target, DigestPart part, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var messageId = $"terminal:{idempotencyKey}";
        lock (printed)
        {
            if (!printed.Add(idempotencyKey))
                return Task.FromResult(DeliveryOutcome.Sent(messageId));
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
        return Task.FromResult(DeliveryOutcome.Sent(messageId));
    }
}
