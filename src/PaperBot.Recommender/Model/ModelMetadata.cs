namespace PaperBot.Recommender.Model;

/// <summary>What a trained model was made from and how well it fits, stored beside it as <c>metadata.json</c>.</summary>
/// <param name="Version">The model folder's name, sortable by training time.</param>
/// <param name="TrainingRows">Examples the factorization machine saw: thumbs, repeated thumbs-down and sampled unrated papers.</param>
/// <param name="TrainingAuc">Area under the ROC curve on the training examples: how well the model separates them.</param>
public sealed record ModelMetadata(
    string Version,
    DateTimeOffset TrainedAt,
    int Ratings,
    int Users,
    int Papers,
    int TrainingRows,
    int TextFeatures,
    int MetaFeatures,
    int LatentDimension,
    int Iterations,
    double TrainingAuc,
    double TrainingSeconds);
