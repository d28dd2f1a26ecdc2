namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>One user's thumb on one paper in the <c>ratings</c> collection. The id is made of the user and the paper,
/// so storing a new thumb replaces the old one.</summary>
internal sealed class RatingDocument
{
    /// <summary><c>platform|workspace|user|paper</c>, see <see cref="DocumentKeys.Rating"/>.</summary>
    public string Id { get; set; } = "";

    /// <summary><c>platform|workspace|user</c>, indexed to find one user's ratings.</summary>
    public string UserKey { get; set; } = "";

    public string Platform { get; set; } = "";

    public string Workspace { get; set; } = "";

    public string UserId { get; set; } = "";

    /// <summary>The paper id, indexed.</summary>
    public string Paper { get; set; } = "";

    /// <summary>-1 or 1, the <see cref="Core.Ratings.Thumb"/> value.</summary>
    public int Thumb { get; set; }

    public string Source { get; set; } = "";

    /// <summary>ISO 8601 round-trip text.</summary>
    public string At { get; set; } = "";
}
