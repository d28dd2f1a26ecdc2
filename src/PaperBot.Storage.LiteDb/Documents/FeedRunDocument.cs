namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>The latest run of one feed source in the <c>feedruns</c> collection: a row of <c>/papers status</c>.</summary>
internal sealed class FeedRunDocument
{
    /// <summary>The source, <c>arxiv:cs.LG</c> or <c>huggingface</c>; LiteDB's <c>_id</c>, so a source has one document.</summary>
    public string Id { get; set; } = "";

    /// <summary>ISO 8601 round-trip text.</summary>
    public string Started { get; set; } = "";

    /// <summary><see cref="Started"/> as UTC ticks: which of two overlapping runs started later, whatever their offsets.</summary>
    public long StartedTicks { get; set; }

    /// <summary>ISO 8601 round-trip text.</summary>
    public string Finished { get; set; } = "";

    public bool Succeeded { get; set; }

    public int Read { get; set; }

    public int New { get; set; }

    public int Updated { get; set; }

    public int Skipped { get; set; }

    /// <summary>Why the run failed; absent when it succeeded.</summary>
    public string? Error { get; set; }
}
