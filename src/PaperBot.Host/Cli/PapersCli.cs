using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.Host.Output;
using Spectre.Console;

namespace PaperBot.Host.Cli;

public static class PapersCli
{
    public static Command Create(CliSession session)
    {
        var format = GlobalOptions.Format();
        var command = new Command("papers", "List the catalogue") { format };
        command.SetAction((parse, cancellationToken) => session.RunAsync(parse, async (services, ct) =>
        {
            var store = services.GetRequiredService<IPaperStore>();
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                // Streamed from the store: the catalogue can be all of arXiv.
                await session.Console.WriteJsonAsync(store.AllAsync(ct).Select(PaperJson.From), ct);
                return 0;
            }
            var count = await PagedTable.WriteAsync(session.Console.Ansi, store.AllAsync(ct), ["id", "title", "authors", "published", "sources"], paper =>
                [
                    Markup.Escape(paper.Id.Value), Markup.Escape(paper.Title), Markup.Escape(PaperCard.AuthorLine(paper.Authors)),
                    paper.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", Markup.Escape(string.Join(", ", paper.Sources)),
                ], ct);
            session.Console.Ansi.MarkupLine($"{count} papers");
            return 0;
        }, cancellationToken));
        return command;
    }
}
