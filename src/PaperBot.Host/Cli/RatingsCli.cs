using System.CommandLine;
using System.Runtime.CompilerServices;
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
        var file = new Argument<string>("file") { Description = $"CSV with the header user,paper,thumb (paper ids) or user,title,thumb (exact titles); thumb is up or down; user is {CliUsers.Forms}" };
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
            rows.Sort((a, b) => a.At.CompareTo(b.At));
            var json = Listed(rows, services.GetRequiredService<IPaperStore>(), ct);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                await session.Console.WriteJsonAsync(json, ct);
                return 0;
            }
            await PagedTable.WriteAsync(session.Console.Ansi, json, ["platform", "workspace", "user", "paper", "title", "thumb", "source", "at"], row =>
                [
                    Markup.Escape(row.Platform), Markup.Escape(row.Workspace), Markup.Escape(row.User), Markup.Escape(row.Paper), Markup.Escape(row.Title),
                    row.Thumb, Markup.Escape(row.Source), row.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
                ], ct);
            session.Console.Ansi.MarkupLine($"{rows.Count} ratings");
            return 0;
        }, cancellationToken));
        return list;
    }

    private const int TitleBatch = 1000;

    /// <summary>The ratings as listed, their papers' titles looked up a batch at a time as the list is written: a
    /// million ratings name up to a million papers, far too many to hold whole at once (beside the bot, in its memory).</summary>
    private static async IAsyncEnumerable<ListedRating> Listed(List<Rating> rows, IPaperStore papers, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var start = 0; start < rows.Count; start += TitleBatch)
        {
            var batch = rows.GetRange(start, Math.Min(TitleBatch, rows.Count - start));
            var titles = (await papers.FindManyAsync(batch.Select(r => r.Paper).Distinct().ToList(), cancellationToken)).ToDictionary(p => p.Id, p => p.Title);
            foreach (var r in batch)
            {
                yield return new ListedRating(r.User.Platform, r.User.Workspace, r.User.Id, r.Paper.Value, titles.GetValueOrDefault(r.Paper, ""),
                    r.Thumb.Word(), r.Source, r.At);
            }
        }
    }

    private sealed record ListedRating(string Platform, string Workspace, string User, string Paper, string Title, string Thumb, string Source, DateTimeOffset At);
}
