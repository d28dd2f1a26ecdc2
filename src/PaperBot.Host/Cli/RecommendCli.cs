using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Papers;
using PaperBot.Core.Recommending;
using PaperBot.Host.Output;
using Spectre.Console;

namespace PaperBot.Host.Cli;

public static class RecommendCli
{
    public static Command Create(CliSession session)
    {
        var user = CliUsers.UserOption("whom to recommend for");
        var top = new Option<int>("--top") { Description = "how many papers (1-100)", DefaultValueFactory = _ => 10 };
        top.Validators.Add(r => { if (r.GetValue(top) is < 1 or > 100) r.AddError("--top must be from 1 to 100."); });
        var among = new Option<string?>("--among") { Description = "rank only these papers: a file of paper ids or exact titles, one a line" };
        var format = GlobalOptions.Format();
        var command = new Command("recommend", "Rank papers for one person, each with the reason it was picked") { user, top, among, format };
        command.SetAction((parse, cancellationToken) => session.RunAsync(parse, async (services, ct) =>
        {
            IReadOnlyCollection<PaperId>? candidates = null;
            if (parse.GetValue(among) is { } file)
            {
                candidates = await ReadCandidatesAsync(session, services.GetRequiredService<PaperLookup>(), new FileInfo(session.FullPath(file)), ct);
                if (candidates is null)
                    return 1;
            }
            var picks = await services.GetRequiredService<IRecommender>().RecommendAsync(CliUsers.Named(parse.GetValue(user)!)!, parse.GetValue(top), candidates, ct);
            var papers = (await services.GetRequiredService<IPaperStore>().FindManyAsync(picks.Select(p => p.Paper).ToList(), ct)).ToDictionary(p => p.Id);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                await session.Console.WriteJsonAsync(picks.Select(p => new { id = p.Paper.Value, title = papers[p.Paper].Title, score = p.Score, reason = p.Reason }), ct);
                return 0;
            }
            var table = new Table().AddColumns("#", "id", "score", "title / why");
            var rank = 0;
            foreach (var pick in picks)
                table.AddRow($"{++rank}", Markup.Escape(pick.Paper.Value), $"{pick.Score:0.000}", $"[bold]{Markup.Escape(papers[pick.Paper].Title)}[/]\n{Markup.Escape(pick.Reason)}");
            session.Console.Ansi.Write(table);
            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>Reads the candidate list; lines naming no catalogue paper are reported on standard error and left out.</summary>
    private static async Task<IReadOnlyCollection<PaperId>?> ReadCandidatesAsync(CliSession session, PaperLookup lookup, FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await session.Console.Error.WriteLineAsync($"error: {file.FullName} does not exist");
            return null;
        }
        var lines = (await File.ReadAllLinesAsync(file.FullName, cancellationToken)).Select(l => l.Trim()).ToList();
        var resolved = await lookup.ResolveAsync(lines, cancellationToken);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > 0 && !resolved.ContainsKey(lines[i]))
                await session.Console.Error.WriteLineAsync($"skipped {file.Name}:{i + 1}: no paper with id or title '{lines[i]}' in the catalogue");
        }
        if (resolved.Count > 0)
            return resolved.Values.Distinct().ToList();
        await session.Console.Error.WriteLineAsync($"error: {file.Name} names no paper of the catalogue");
        return null;
    }
}
