namespace PaperBot.Recommender.Model;

/// <summary>One row for the factorization machine: person and paper indices and whether it is a positive.</summary>
internal readonly record struct TrainingExample(int User, int Paper, bool Label);
