using Microsoft.Extensions.Options;
using PaperBot.Core.Ratings;
using PaperBot.Recommender;
using Quartz;

namespace PaperBot.Host.Scheduling;

/// <summary>Retrains the recommender nightly, and early when enough new thumbs arrived. Training runs here, in the background;
/// a failed run leaves the previous model serving.</summary>
[DisallowConcurrentExecution]
public sealed class RetrainJob(RecommenderTrainer trainer, IRatingStore ratings, IOptions<SchedulingOptions> options) : IJob
{
    public static readonly JobKey Key = new("retrain", "paperbot");
    public static readonly string NightlyKey = "nightly";

    private int? thumbsAtLastTraining;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var thumbs = await ratings.CountAsync(cancellationToken);
        var nightly = context.Trigger.Key.Name == NightlyKey;
        thumbsAtLastTraining ??= thumbs;
        if (!nightly && thumbs - thumbsAtLastTraining < options.Value.RetrainAfterThumbs)
            return;
        await trainer.TrainAsync(cancellationToken);
        thumbsAtLastTraining = thumbs;
    }
}
