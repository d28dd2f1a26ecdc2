using PaperBot.Benchmarks;
using PaperBot.Benchmarks.Fakes;
using PaperBot.Benchmarks.Morning;
using PaperBot.Benchmarks.Discord;
using PaperBot.Benchmarks.Reactions;
using PaperBot.Benchmarks.Slack;

// dotnet run -c Release --project tests/PaperBot.Benchmarks -- <reactions|slack-reactions|discord-morning|slack-morning> [--option value ...]
// Each benchmark runs the real bot host against the local Discord or Slack fakes on 127.0.0.1 and prints a Markdown table.
// fake-discord / fake-slack run a fake alone, for tests/acceptance/*.sh to drive a published `paperbot run`.
var arguments = BenchArguments.Parse(args.Skip(1));
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
if (args.FirstOrDefault() is "fake-discord" or "fake-slack")
{
    return args[0] == "fake-discord"
        ? await StandaloneDiscord.RunAsync(arguments, cancel.Token)
        : await StandaloneSlack.RunAsync(arguments, cancel.Token);
}
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
          fake-discord     [--port 5500]   the fake Discord alone; control API on http://127.0.0.1:PORT/_fake/
          fake-slack       [--port 5600]   the fake Slack alone; control API on http://127.0.0.1:PORT/_fake/
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
