namespace PaperBot.Discord.Gateway;

/// <summary>What READY told us: the bot's own user id (to drop our own reactions) and the application id.</summary>
public sealed record GatewayReady(string BotUserId, string? ApplicationId);
