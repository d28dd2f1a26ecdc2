namespace PaperBot.Recommender.Content;

/// <summary>A paper's <see cref="PaperFeatures"/> as the view keeps them, packed (<see cref="FeatureArena"/>).</summary>
internal readonly record struct PackedFeatures(PackedVector Text, PackedVector Terms, PackedVector Meta);
