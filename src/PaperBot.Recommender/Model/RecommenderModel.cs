using PaperBot.Core.Papers;
using PaperBot.Core.Users;
using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Model;

/// <summary>A trained model, complete and immutable once in service: vocabulary, the people and papers it knows, the
/// learned weights, the thumbs it learned from, every person's vector precomputed for ranking, and (read on first use)
/// its papers' features as trained.</summary>
internal sealed class RecommenderModel
{
    private readonly Dictionary<string, int> userIndex;
    private readonly Dictionary<PaperId, int> paperIndex;
    private readonly float[] userVectors;

    public RecommenderModel(ModelMetadata metadata, ContentSpace content, string[] userKeys, PaperId[] paperIds,
        FactorizationWeights weights, RatingSnapshot ratings)
    {
        Metadata = metadata;
        Content = content;
        UserKeys = userKeys;
        PaperIds = paperIds;
        Weights = weights;
        Ratings = ratings;
        userIndex = new Dictionary<string, int>(userKeys.Length, StringComparer.Ordinal);
        for (var i = 0; i < userKeys.Length; i++)
            userIndex[userKeys[i]] = i;
        paperIndex = new Dictionary<PaperId, int>(paperIds.Length);
        for (var i = 0; i < paperIds.Length; i++)
            paperIndex[paperIds[i]] = i;
        userVectors = new float[userKeys.Length * weights.VectorLength];
        for (var i = 0; i < userKeys.Length; i++)
            weights.UserVector(i, userVectors.AsSpan(i * weights.VectorLength, weights.VectorLength));
    }

    public ModelMetadata Metadata { get; }

    public ContentSpace Content { get; }

    public string[] UserKeys { get; }

    public PaperId[] PaperIds { get; }

    public FactorizationWeights Weights { get; }

    public RatingSnapshot Ratings { get; }

    /// <summary>The papers' features as featurized at training: each view on this model shares them rather than
    /// featurizing and packing the catalogue again. Read on first use from where <see cref="FeaturesFrom"/> says
    /// (the training that made this model, or the file saved beside it); null when there are none.</summary>
    public TrainedFeatures? TrainedFeatures => trainedFeatures.Value;

    private Lazy<TrainedFeatures?> trainedFeatures = new((TrainedFeatures?)null);

    /// <summary>Says where <see cref="TrainedFeatures"/> come from, before the model is in service. The source is asked
    /// once, when the first view is built, so a loaded model costs no memory for them until it ranks.</summary>
    public void FeaturesFrom(Func<TrainedFeatures?> source) => trainedFeatures = new(source, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string UserKey(UserRef user) => user.ToString();

    public static string WorkspaceKey(UserRef user) => user.Platform + "/" + user.Workspace;

    /// <summary>The workspace part of a key made by <see cref="UserKey"/>.</summary>
    public static string WorkspaceOfKey(string userKey) => userKey[..userKey.LastIndexOf('/')];

    public int UserIndex(UserRef user) => userIndex.TryGetValue(UserKey(user), out var index) ? index : -1;

    public int PaperIndex(PaperId paper) => paperIndex.TryGetValue(paper, out var index) ? index : -1;

    public ReadOnlySpan<float> UserVector(int user) => userVectors.AsSpan(user * Weights.VectorLength, Weights.VectorLength);
}
