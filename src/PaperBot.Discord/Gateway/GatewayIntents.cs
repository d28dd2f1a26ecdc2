namespace PaperBot.Discord.Gateway;

/// <summary>Gateway intent bits PaperBot uses (Discord docs, "List of Intents").</summary>
public static class GatewayIntents
{
    public const int Guilds = 1 << 0;
    public const int GuildMessageReactions = 1 << 10;
    public const int DirectMessageReactions = 1 << 13;

    /// <summary>9217: guild availability plus reactions in guilds and DMs; no privileged intents.</summary>
    public const int PaperBot = Guilds | GuildMessageReactions | DirectMessageReactions;
}
