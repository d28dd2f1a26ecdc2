using Microsoft.Extensions.Options;
using PaperBot.Core.Ratings;
using PaperBot.Recommender;
using PaperBot.Recommender.Model;
using Quartz;

namespace PaperBot.Host.Scheduling;

/// <summary>Retrains the recommender nightly, and early once the thumbs changed in number by enough since the model in
/// service was trained: many arrived, or someone's were deleted, which should not stay in the model till night.
/// Training runs here, in the background; a failed run leaves the previous model serving.</summary>
/// <remarks>Quartz makes a new job for every run, so "since" is read from the model's own record of its thumbs, which also
/// holds across restarts. A thumb that was changed does not change the count; such changes wait for the nightly run.</remarks>
[DisallowConcurrentExecution]
public sealed class RetrainJob(RecommenderTrainer trainer, ModelHolder models, IRatingStore ratings, IOptions<SchedulingOptions> options) : IJob
{
    public static readonly JobKey Key = new("retrain", "paperbot");
    public static readonly string NightlyKey = "nightly";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (context.Trigger.Key.Name != NightlyKey)
        {
            var trainedOn = (await models.CurrentAsync(cancellationToken))?.Ratings ?? 0;
            if (Math.Abs(await ratings.CountAsync(cancellationToken) - trainedOn) < options.Value.RetrainAfterThumbs)
                return;
        }
        await trainer.TrainAsync(cancellationToken);
    }
}
