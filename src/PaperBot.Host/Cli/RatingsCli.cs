using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Host.Output;
using Spectre.Console;

namespace PaperBot.Host.Cli;

public static class RatingsCli
{
    public static Command Create(CliSession session)
    {
        var file = new Argument<string>("file") { Description = "CSV with the header user,paper,thumb (paper ids) or user,title,thumb (exact titles); thumb is up or down" };
        var import = new Command("import", "Import thumbs from a CSV file; bad rows are reported by line and skipped") { file };
        import.SetAction((parse, cancellationToken) => session.RunAsync(parse, async (services, ct) =>
        {
            var path = new FileInfo(session.FullPath(parse.GetValue(file)!));
            if (!path.Exists)
            {
                await session.Console.Error.WriteLineAsync($"error: {path.FullName} does not exist");
                return 1;
            }
            using var reader = path.OpenText();
            var result = await services.GetRequiredService<RatingImporter>().ImportAsync(reader, CliUsers.Named, RatingSources.Import, ct);
            foreach (var problem in result.Problems)
                session.Console.Out.WriteLine($"skipped {path.Name}: {problem}");
            session.Console.Out.WriteLine($"stored {result.Stored} thumbs, skipped {result.Problems.Count} rows");
            return result.Stored == 0 && result.Problems.Count > 0 ? 1 : 0;
        }, cancellationToken));

        var command = new Command("ratings", "Manage thumbs");
        command.Subcommands.Add(import);
        command.Subcommands.Add(List(session));
        return command;
    }

    /// <summary>Every rating with where it came from, for an operator: platform, workspace, person, paper and title, thumb, source, time.</summary>
    private static Command List(CliSession session)
    {
        var user = new Option<string>("--user") { Description = "only this person's ratings: their id (dana), or platform/workspace/id" };
        var format = GlobalOptions.Format();
        var list = new Command("list", "List every rating with its platform, workspace, person, paper, thumb, source and time") { user, format };
        list.SetAction((parse, cancellationToken) => session.RunAsync(parse, async (services, ct) =>
        {
            var who = parse.GetValue(user)?.Trim();
            var rows = new List<Rating>();
            await foreach (var rating in services.GetRequiredService<IRatingStore>().AllAsync(ct))
            {
                if (who is null || rating.User.Id == who || rating.User.ToString() == who)
                    rows.Add(rating);
            }
            var titles = (await services.GetRequiredService<IPaperStore>().FindManyAsync(rows.Select(r => r.Paper).Distinct().ToList(), ct))
                .ToDictionary(p => p.Id, p => p.Title);
            rows.Sort((a, b) => a.At.CompareTo(b.At));
            var json = rows.Select(r => new
            {
                platform = r.User.Platform,
                workspace = r.User.Workspace,
                user = r.User.Id,
                paper = r.Paper.Value,
                title = titles.GetValueOrDefault(r.Paper, ""),
                thumb = r.Thumb.Word(),
                source = r.Source,
                at = r.At,
            }).ToList();
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                session.Console.WriteJson(json);
                return 0;
            }
            var table = new Table().AddColumns("platform", "workspace", "user", "paper", "title", "thumb", "source", "at");
            foreach (var row in json)
            {
                table.AddRow(Markup.Escape(row.platform), Markup.Escape(row.workspace), Markup.Escape(row.user), Markup.Escape(row.paper), Markup.Escape(row.title),
                    row.thumb, Markup.Escape(row.source), row.at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            }
            session.Console.Ansi.Write(table);
            session.Console.Ansi.MarkupLine($"{json.Count} ratings");
            return 0;
        }, cancellationToken));
        return list;
    }
}
