namespace PaperBot.Recommender.Ranking;

/// <summary>The signals blended into a ranking; the strongest one for a paper gives its reason.</summary>
internal enum Signal
{
    Content,
    Terms,
    Factorization,
    Neighbours,
    Authors,
    Popularity,
}
