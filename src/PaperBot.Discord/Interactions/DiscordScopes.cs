namespace PaperBot.Discord.Interactions;

/// <summary>How PaperBot scopes Discord's ids. A Discord user id is global, so a person is one identity across every guild
/// and DM of the bot's application (the identity scope is the application); a message or channel is named by its guild,
/// or by this marker outside any guild.</summary>
internal static class DiscordScopes
{
    public const string DirectMessages = "@me";
}
