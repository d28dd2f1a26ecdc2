namespace PaperBot.Core.Chat;

/// <param name="TakesRest">The option that receives the words of the command line that name no other option (a search query).</param>
public sealed record CommandOption(string Name, string Description, bool Required = false, bool TakesRest = false);
