using PaperBot.Core.Papers;

namespace PaperBot.Recommender.Ranking;

/// <summary>What is popular and trending: likes in the target's workspace, upvotes where a source reports them, and recency.</summary>
internal static class Popularity
{
    /// <summary>From the view's per-paper values, cheap enough for a whole catalogue per request.</summary>
    public static double Score(CatalogueView view, int paper, int likesHere, double nowInDays, double halfLifeDays) =>
        Math.Log(1 + likesHere) + view.UpvoteTerms[paper] + Math.Exp(-Math.Max(0, nowInDays - view.SeenDays[paper]) * Math.Log(2) / halfLifeDays);

    public static double Days(DateTimeOffset time) => (time - DateTimeOffset.UnixEpoch).TotalDays;

    public static double AgeInDays(CatalogueView view, int paper, DateTimeOffset now) => Math.Max(0, Days(now) - view.SeenDays[paper]);

    /// <summary>When the paper came out: its publication date, else when PaperBot first saw it.</summary>
    public static DateTimeOffset Seen(Paper paper) => paper.Published is { } published
        ? new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
        : paper.FirstSeen;

    /// <summary>Likes per catalogue paper by the model's people in the given workspaces.</summary>
    public static int[] LikesInWorkspaces(CatalogueView view, IReadOnlySet<string> workspaces)
    {
        var counts = new int[view.Count];
        if (view.Model is not { } model)
            return counts;
        for (var user = 0; user < model.UserKeys.Length; user++)
        {
            if (!workspaces.Contains(Model.RecommenderModel.WorkspaceOfKey(model.UserKeys[user])))
                continue;
            foreach (var modelPaper in model.Ratings.LikesOf[user])
            {
                var paper = view.CatalogueOfModelPaper[modelPaper];
                if (paper >= 0)
                    counts[paper]++;
            }
        }
        return counts;
    }
}
