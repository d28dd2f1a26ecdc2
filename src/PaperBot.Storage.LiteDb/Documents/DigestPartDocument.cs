namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>One <see cref="Core.Digests.DigestPart"/> of an outbox item.</summary>
internal sealed class DigestPartDocument
{
    public string Text { get; set; } = "";

    public PaperCardDocument? Card { get; set; }
}
