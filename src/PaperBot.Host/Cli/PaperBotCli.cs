using System.CommandLine;

namespace PaperBot.Host.Cli;

/// <summary>The <c>paperbot</c> command line. Each verb lives in its own class.</summary>
public static class PaperBotCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("PaperBot: a paper catalogue, search, recommendations and digests for research groups on Discord, Slack or the terminal.");
        root.Options.Add(GlobalOptions.Database);
        root.SetAction(RunCli.RunAsync);
        root.Subcommands.Add(RunCli.Create());
        root.Subcommands.Add(IngestCli.Create());
        root.Subcommands.Add(PapersCli.Create());
        root.Subcommands.Add(SearchCli.Create());
        root.Subcommands.Add(RatingsCli.Create());
        root.Subcommands.Add(RateCli.Create());
        root.Subcommands.Add(TrainCli.Create());
        root.Subcommands.Add(RecommendCli.Create());
        root.Subcommands.Add(DigestCli.Create());
        root.Subcommands.Add(EvalCli.Create());
        root.Subcommands.Add(BenchCli.Create());
        root.Subcommands.Add(HealthCli.Create());
        return root;
    }
}
