namespace PaperBot.Ingestion.Synthetic;

/// <summary>One research area of the generated catalogue: its words and the arXiv categories its papers carry.</summary>
internal sealed record SyntheticTopic(string Name, IReadOnlyList<string> Words, IReadOnlyList<string> Categories);
