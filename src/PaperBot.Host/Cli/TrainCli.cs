using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Recommender;

namespace PaperBot.Host.Cli;

public static class TrainCli
{
    public static Command Create(CliSession session)
    {
        var command = new Command("train", "Train the recommender from everyone's thumbs; the previous model keeps serving if this fails");
        command.SetAction((parse, cancellationToken) => session.RunAsync(parse, async (services, ct) =>
        {
            var report = await services.GetRequiredService<RecommenderTrainer>().TrainAsync(ct);
            session.Console.Out.WriteLine(report.Message);
            if (report.Model is { } model)
            {
                session.Console.Out.WriteLine($"model {model.Version}: {model.Ratings} thumbs from {model.Users} people on {model.Papers} papers, " +
                    $"{model.TrainingRows} training rows, training AUC {model.TrainingAuc:0.000}, {report.Elapsed.TotalSeconds:0.0} s, saved in {report.Folder}");
            }
            return 0;
        }, cancellationToken));
        return command;
    }
}
