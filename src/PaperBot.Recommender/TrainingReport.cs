using PaperBot.Recommender.Model;

namespace PaperBot.Recommender;

/// <summary>The outcome of a training run.</summary>
/// <param name="Model">The model now in service; null when there was nothing to learn from.</param>
/// <param name="Folder">Where the new version was saved.</param>
public sealed record TrainingReport(ModelMetadata? Model, string? Folder, TimeSpan Elapsed, string Message)
{
    public bool Trained => Model is not null;
}
