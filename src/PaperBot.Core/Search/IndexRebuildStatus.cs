namespace PaperBot.Core.Search;

/// <summary>Whether the search index is being rebuilt from the store, and how far it is. The bot serves while it
/// rebuilds (searching the index as last committed), so a search can say why papers may be missing.</summary>
public sealed class IndexRebuildStatus
{
    private RebuildProgress? current;

    /// <summary>The rebuild under way, or null when there is none.</summary>
    public RebuildProgress? Current => Volatile.Read(ref current);

    public void Report(int done, int total) => Volatile.Write(ref current, new RebuildProgress(done, total));

    public void Finished() => Volatile.Write(ref current, null);
}

/// <param name="Done">Papers indexed so far.</param>
/// <param name="Total">Papers in the store when the rebuild began.</param>
public sealed record RebuildProgress(int Done, int Total)
{
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Done:N0} of {Total:N0} papers");
}
