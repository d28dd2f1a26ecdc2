namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>A <see cref="Core.Users.UserRef"/> embedded in another document. <c>UserId</c> rather than <c>Id</c>, which
/// LiteDB would store as <c>_id</c>.</summary>
internal sealed class UserRefDocument
{
    public string Platform { get; set; } = "";

    public string Workspace { get; set; } = "";

    public string UserId { get; set; } = "";
}
