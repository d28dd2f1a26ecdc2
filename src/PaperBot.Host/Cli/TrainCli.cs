using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Recommender;

namespace PaperBot.Host.Cli;

public static class TrainCli
{
    public static Command Create()
    {
        var command = new Command("train", "Train the recommender from everyone's thumbs; the previous model keeps serving if this fails");
        command.SetAction((parse, cancellationToken) => CliHost.RunAsync(parse, async (services, ct) =>
        {
            var report = await services.GetRequiredService<RecommenderTrainer>().TrainAsync(ct);
            Console.WriteLine(report.Message);
            if (report.Model is { } model)
            {
                Console.WriteLine($"model {model.Version}: {model.Ratings} thumbs from {model.Users} people on {model.Papers} papers, " +
                    $"{model.TrainingRows} training rows, training AUC {model.TrainingAuc:0.000}, {report.Elapsed.TotalSeconds:0.0} s, saved in {report.Folder}");
            }
            return 0;
        }, cancellationToken));
        return command;
    }
}
