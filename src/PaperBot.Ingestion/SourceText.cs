namespace PaperBot.Ingestion;

/// <summary>The text of one input: a file's path or a URL, and what it held.</summary>
public sealed record SourceText(string Origin, string Text);
