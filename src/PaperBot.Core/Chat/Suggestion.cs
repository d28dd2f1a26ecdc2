namespace PaperBot.Core.Chat;

/// <summary>One value a platform may offer while an option is typed: what the person sees, and what is sent.</summary>
public sealed record Suggestion(string Name, string Value);
