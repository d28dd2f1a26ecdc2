using System.CommandLine;

namespace PaperBot.Host.Cli;

/// <summary>The <c>paperbot</c> command line. Each verb lives in its own class.</summary>
public static class PaperBotCli
{
    public static RootCommand Build(CliSession session)
    {
        var root = new RootCommand("PaperBot: a paper catalogue, search, recommendations and digests for research groups on Discord, Slack or the terminal.");
        root.Options.Add(GlobalOptions.Database);
        root.SetAction((parse, cancellationToken) => RunCli.RunAsync(session, parse, cancellationToken));
        root.Subcommands.Add(RunCli.Create(session));
        root.Subcommands.Add(IngestCli.Create(session));
        root.Subcommands.Add(PapersCli.Create(session));
        root.Subcommands.Add(SearchCli.Create(session));
        root.Subcommands.Add(RatingsCli.Create(session));
        root.Subcommands.Add(RateCli.Create(session));
        root.Subcommands.Add(TrainCli.Create(session));
        root.Subcommands.Add(RecommendCli.Create(session));
        root.Subcommands.Add(DigestCli.Create(session));
        root.Subcommands.Add(EvalCli.Create(session));
        root.Subcommands.Add(BackupCli.Create(session));
        root.Subcommands.Add(RestoreCli.Create(session));
        root.Subcommands.Add(BenchCli.Create());
        root.Subcommands.Add(HealthCli.Create());
        return root;
    }
}
