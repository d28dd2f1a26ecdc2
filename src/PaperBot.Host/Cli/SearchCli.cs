using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Search;
using PaperBot.Host.Hosting;
using PaperBot.Host.Output;
using Spectre.Console;

namespace PaperBot.Host.Cli;

public static class SearchCli
{
    public static Command Create(CliSession session)
    {
        var query = new Argument<string[]>("query") { Description = "words, \"a phrase\", author:name, year:2023 or year:2021..2023", Arity = ArgumentArity.OneOrMore };
        var top = new Option<int>("--top") { Description = "how many results (1-100)", DefaultValueFactory = _ => 10 };
        top.Validators.Add(r => { if (r.GetValue(top) is < 1 or > 100) r.AddError("--top must be from 1 to 100."); });
        var format = GlobalOptions.Format();
        var command = new Command("search", "Search the catalogue") { query, top, format };
        command.SetAction((parse, cancellationToken) => session.RunAsync(parse, async (services, ct) =>
        {
            // Beside the bot, the bot keeps its index in step (rebuilding it in the background at its start, if need
            // be); the index as last committed answers now.
            if (!session.IsServed)
                await services.GetRequiredService<CatalogueBootstrapper>().EnsureIndexAsync(showProgress: true, ct);
            else if (services.GetRequiredService<IndexRebuildStatus>().Current is { } rebuilding)
                await session.Console.Error.WriteLineAsync($"note: the search index is being rebuilt ({rebuilding}); papers may be missing until it is done.");
            var text = string.Join(' ', parse.GetValue(query) ?? []);
            var hits = await services.GetRequiredService<IPaperIndex>().SearchAsync(text, parse.GetValue(top), ct);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                await session.Console.WriteJsonAsync(hits.Select(h => new { id = h.Id.Value, h.Title, h.Score, h.Snippet }), ct);
                return 0;
            }
            var table = new Table().AddColumns("#", "id", "score", "title / snippet");
            var rank = 0;
            foreach (var hit in hits)
                table.AddRow($"{++rank}", Markup.Escape(hit.Id.Value), $"{hit.Score:0.00}", $"[bold]{Markup.Escape(hit.Title)}[/]\n{Markup.Escape(hit.Snippet)}");
            session.Console.Ansi.Write(table);
            session.Console.Ansi.MarkupLine(hits.Count == 0 ? $"No papers match “{Markup.Escape(text)}”." : $"{hits.Count} results");
            return 0;
        }, cancellationToken));
        return command;
    }
}
