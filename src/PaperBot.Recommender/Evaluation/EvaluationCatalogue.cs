using PaperBot.Core.Papers;

namespace PaperBot.Recommender.Evaluation;

/// <summary>A catalogue to evaluate on.</summary>
/// <param name="Topics">Each paper's topic, aligned with <paramref name="Papers"/> (a synthetic catalogue knows them);
/// when null, topics are found by clustering the papers' TF-IDF vectors.</param>
public sealed record EvaluationCatalogue(string Name, IReadOnlyList<Paper> Papers, IReadOnlyList<string>? Topics = null)
{
    /// <summary>Each paper's topic as a number, in the order of the topics' names (the same in every run), or null
    /// when the topics are not known.</summary>
    public int[]? TopicNumbers()
    {
        if (Topics is null)
            return null;
        var numbers = Topics.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((name, number) => (name, number)).ToDictionary(t => t.name, t => t.number, StringComparer.Ordinal);
        return [.. Topics.Select(name => numbers[name])];
    }
}
