namespace PaperBot.Recommender;

/// <summary>A training run that threw: when, and the error's message.</summary>
public sealed record TrainingFailure(DateTimeOffset At, string Message);
