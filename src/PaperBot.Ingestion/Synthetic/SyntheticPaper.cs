using PaperBot.Core.Papers;

namespace PaperBot.Ingestion.Synthetic;

/// <summary>A generated paper and the index of the topic it was written about (0 to <see cref="SyntheticCatalogue.TopicCount"/> - 1).</summary>
public sealed record SyntheticPaper(Paper Paper, int Topic);
