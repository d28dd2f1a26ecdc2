namespace PaperBot.Host.Output;

/// <summary>How far one stage of a long operation is.</summary>
public readonly record struct ProgressStep(string Stage, int Done, int Total);
