using Microsoft.ML;
using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Model;

/// <summary>A freshly trained model with what saving it needs (the ML.NET transformer and its input schema) and
/// the features of the papers it was trained on, aligned with <see cref="RecommenderModel.PaperIds"/>, with the hash of
/// what each paper's were made from (<see cref="ContentHash"/>).</summary>
internal sealed record BuiltModel(RecommenderModel Model, ITransformer Transformer, DataViewSchema Schema, PaperFeatures[] Features,
    ulong[] ContentHashes);
