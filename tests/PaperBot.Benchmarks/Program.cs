using PaperBot.Benchmarks;
using PaperBot.Benchmarks.Morning;
using PaperBot.Benchmarks.Discord;
using PaperBot.Benchmarks.Reactions;
using PaperBot.Benchmarks.Slack;

// dotnet run -c Release --project tests/PaperBot.Benchmarks -- <reactions|discord-morning> [--option value ...]
// Each benchmark runs the real bot host against the local Discord fakes on 127.0.0.1 and prints a Markdown table.
var arguments = BenchArguments.Parse(args.Skip(1));
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
var table = args.FirstOrDefault() switch
{
    "reactions" => await RunReactionsAsync(await DiscordReactionRig.StartAsync(cancel.Token)),
    "slack-reactions" => await RunReactionsAsync(await SlackReactionRig.StartAsync(cancel.Token)),
    "discord-morning" => await DiscordMorningBenchmark.RunAsync(MorningSettings.From(arguments), cancel.Token),
    "slack-morning" => await SlackMorningBenchmark.RunAsync(MorningSettings.From(arguments), cancel.Token),
    _ => null,
};
if (table is null)
{
    await Console.Error.WriteLineAsync("""
        usage: dotnet run -c Release --project tests/PaperBot.Benchmarks -- <benchmark> [options]
          reactions        [--rate 1000] [--seconds 15] [--users 1000] [--cards 20]   (Discord)
          slack-reactions  [--rate 1000] [--seconds 15] [--users 1000] [--cards 20]
          discord-morning  [--subscribers 10000] [--papers 5] [--parallel <Discord:ParallelDeliveries, default as shipped>]
          slack-morning    [--subscribers 10000] [--papers 5] [--parallel <Slack:ParallelDeliveries, default as shipped>]
        """);
    return 2;
}
Console.WriteLine(table.ToMarkdown());
return table.Passed ? 0 : 1;

async Task<ResultTable> RunReactionsAsync(IReactionRig rig)
{
    await using (rig)
        return await ReactionsBenchmark.RunAsync(rig, ReactionsSettings.From(arguments), cancel.Token);
}
