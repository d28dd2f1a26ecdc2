namespace PaperBot.Search;

/// <summary>The "Search" configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>The index folder; the host puts it beside the database file.</summary>
    public string IndexPath { get; set; } = "";

    /// <summary>How much the writer buffers before it flushes a segment. More makes bulk indexing faster.</summary>
    public double RamBufferMb { get; set; } = 128;
}
