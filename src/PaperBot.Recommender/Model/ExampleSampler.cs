using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Model;

/// <summary>Turns thumbs into training rows: a thumbs-up is a positive, a thumbs-down a strong negative (repeated),
/// and unrated papers, sampled per person, are weak negatives; the rows are shuffled once.</summary>
internal static class ExampleSampler
{
    public static TrainingExample[] Sample(RatingSnapshot ratings, int paperCount, FactorizationOptions options)
    {
        var random = SeededRandom.From(options.Seed, "examples");
        var likeCount = ratings.LikesOf.Sum(l => l.Length);
        var thumbRows = likeCount + (long)(ratings.Count - likeCount) * options.DislikeRepeats;
        // With many thumbs, fewer weak negatives per like keep the examples within half the budget (two passes).
        var weakPerLike = (int)Math.Clamp((options.ExampleBudget / 2 - thumbRows) / Math.Max(1, likeCount), 1, options.WeakNegativesPerLike);
        var examples = new List<TrainingExample>((int)Math.Min(int.MaxValue, thumbRows + (long)weakPerLike * likeCount));
        var rated = new HashSet<int>();
        for (var user = 0; user < ratings.LikesOf.Length; user++)
        {
            var likes = ratings.LikesOf[user];
            var dislikes = ratings.DislikesOf[user];
            foreach (var paper in likes)
                examples.Add(new TrainingExample(user, paper, true));
            for (var repeat = 0; repeat < options.DislikeRepeats; repeat++)
            {
                foreach (var paper in dislikes)
                    examples.Add(new TrainingExample(user, paper, false));
            }
            rated.Clear();
            rated.UnionWith(likes);
            rated.UnionWith(dislikes);
            var wanted = weakPerLike * Math.Max(1, likes.Length);
            if (paperCount - rated.Count < wanted)
                wanted = paperCount - rated.Count;
            for (var attempts = 0; wanted > 0 && attempts < wanted * 20; attempts++)
            {
                var paper = random.Next(paperCount);
                if (rated.Add(paper))
                {
                    examples.Add(new TrainingExample(user, paper, false));
                    wanted--;
                }
            }
        }
        var array = examples.ToArray();
        random.Shuffle(array);
        return array;
    }
}
