namespace PaperBot.Discord.Delivery;

/// <summary>The bot's own Discord user id, once Discord told it: own reactions are ignored by it, and reconciling
/// looks only at messages the bot authored.</summary>
internal sealed class BotIdentity
{
    private ulong userId;

    public ulong? UserId => Volatile.Read(ref userId) is var id and > 0 ? id : null;

    public void Set(ulong id) => Volatile.Write(ref userId, id);
}
