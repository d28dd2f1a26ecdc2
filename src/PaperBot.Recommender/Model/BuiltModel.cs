using Microsoft.ML;
using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Model;

/// <summary>A freshly trained model with what saving it needs (the ML.NET transformer and its input schema) and
/// the features of the papers it was trained on, aligned with <see cref="RecommenderModel.PaperIds"/>.</summary>
internal sealed record BuiltModel(RecommenderModel Model, ITransformer Transformer, DataViewSchema Schema, PaperFeatures[] Features);
