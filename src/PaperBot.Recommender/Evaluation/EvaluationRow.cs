namespace PaperBot.Recommender.Evaluation;

/// <summary>One method's scores on one catalogue and protocol, averaged over the simulated people.</summary>
public sealed record EvaluationRow(string Catalogue, string Protocol, string Method, double PrecisionAt10, double NdcgAt10, int Users);
