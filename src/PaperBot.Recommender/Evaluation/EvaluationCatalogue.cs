using PaperBot.Core.Papers;

namespace PaperBot.Recommender.Evaluation;

/// <summary>A catalogue to evaluate on.</summary>
/// <param name="Topics">Each paper's topic, aligned with <paramref name="Papers"/> (a synthetic catalogue knows them);
/// when null, topics are found by clustering the papers' TF-IDF vectors.</param>
public sealed record EvaluationCatalogue(string Name, IReadOnlyList<Paper> Papers, IReadOnlyList<string>? Topics = null);
