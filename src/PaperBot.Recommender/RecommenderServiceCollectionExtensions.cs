using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PaperBot.Core;
using PaperBot.Core.Recommending;
using PaperBot.Recommender.Model;

namespace PaperBot.Recommender;

public static class RecommenderServiceCollectionExtensions
{
    /// <summary>Registers <see cref="MlNetRecommender"/> as <see cref="IRecommender"/>, the <see cref="RecommenderTrainer"/>
    /// and the model holder, with <see cref="RecommenderOptions"/> bound from the "Recommender" section.</summary>
    public static IServiceCollection AddMlNetRecommender(this IServiceCollection services)
    {
        services.AddOptions<RecommenderOptions>().BindConfiguration(RecommenderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddPaperBotMetrics();
        services.AddSingleton<ModelHolder>();
        services.AddSingleton<RecommenderTrainer>();
        services.AddSingleton<MlNetRecommender>();
        services.AddSingleton<IRecommender>(provider => provider.GetRequiredService<MlNetRecommender>());
        return services;
    }
}
