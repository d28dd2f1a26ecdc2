namespace PaperBot.Recommender.Evaluation;

/// <summary>One method's scores on one family of readers and protocol: the mean over seeds of the mean over readers,
/// with the lowest and highest seed's precision.</summary>
public sealed record EvaluationRow(string Family, bool HeldOut, string Protocol, string Method, double PrecisionAt10, double NdcgAt10,
    double LowestPrecision, double HighestPrecision, int Readers);
