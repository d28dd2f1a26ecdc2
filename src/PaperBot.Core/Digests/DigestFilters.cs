using PaperBot.Core.Papers;

namespace PaperBot.Core.Digests;

/// <summary>A subscription's topics, excluded words and categories, applied to a paper's title, abstract and categories.</summary>
public static class DigestFilters
{
    public static bool Admit(Subscription subscription, Paper paper)
    {
        if (subscription.Categories.Count > 0 && !paper.Categories.Any(c => subscription.Categories.Contains(c, StringComparer.OrdinalIgnoreCase)))
            return false;
        if (subscription.Exclude.Any(word => Mentions(paper, word)))
            return false;
        return subscription.Topics.Count == 0 || subscription.Topics.Any(word => Mentions(paper, word));
    }

    private static bool Mentions(Paper paper, string word) =>
        paper.Title.Contains(word, StringComparison.OrdinalIgnoreCase) || paper.Abstract.Contains(word, StringComparison.OrdinalIgnoreCase);
}
