namespace PaperBot.Core.Users;

/// <summary>What PaperBot knows of a person, as their platform told it.</summary>
public sealed record UserIdentity(UserRef User, string? DisplayName, string? TimeZone, DateTimeOffset FirstSeen);
