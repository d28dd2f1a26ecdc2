namespace PaperBot.Recommender.Evaluation;

/// <summary>Where a simulated reader's interests come from. None of them is PaperBot's own TF-IDF space: the ground
/// truth is a fact about the papers (a keyword of a fixed list, the listing page a paper was captured from, its
/// authors), so that no content method is flattered by construction.</summary>
public enum InterestSource
{
    /// <summary>Papers whose title or abstract names one of a fixed list of keyword groups (<see cref="TitleKeywords"/>).</summary>
    Keywords,

    /// <summary>Papers that came from one seed listing page (<c>Paper.Sources</c>).</summary>
    Listings,

    /// <summary>Papers written by anyone of a research group (a few authors of the synthetic catalogue who write together).</summary>
    Authors,
}
