namespace PaperBot.Recommender.Content;

/// <summary>What a solver needs of a sparse vector, so that it runs on the view's packed vectors and on plain ones
/// alike (as a generic constraint over structs, the calls are direct).</summary>
internal interface ISparseVector
{
    float Dot(ReadOnlySpan<float> dense);

    void AddTo(Span<float> dense, float scale);

    float SquaredNorm();
}
