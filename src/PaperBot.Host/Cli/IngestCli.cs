using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Search;
using PaperBot.Host.Hosting;
using PaperBot.Host.Output;
using PaperBot.Ingestion;
using PaperBot.Ingestion.Inputs;
using Spectre.Console;

namespace PaperBot.Host.Cli;

public static class IngestCli
{
    public static Command Create(CliSession session)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "files, folders, or http(s) URLs of seed pages, arXiv Atom feeds, Hugging Face daily-papers JSON or arXiv metadata snapshots (JSON lines, .gz too)",
            Arity = ArgumentArity.OneOrMore,
        };
        var categories = new Option<string?>("--categories")
        {
            Description = "keep only papers with a category matching one of these comma-separated patterns: exact (stat.ML) or a prefix ending in * (cs.*)",
        };
        var command = new Command("ingest", "Add papers to the catalogue; the same input twice adds nothing") { inputs, categories };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // Checked before the host starts, so a typo reads nothing and opens nothing.
            if (!CategoryFilter.TryParse(parse.GetValue(categories), out var filter, out var error))
            {
                await session.Console.Error.WriteLineAsync($"error: {error}");
                return 2;
            }
            return await session.RunAsync(parse, async (services, ct) =>
            {
                // An ingest killed between a save and its index commit leaves papers the index lacks; a rerun would
                // find them unchanged and never index them, so the index is first brought in step with the store.
                // Beside the bot, after its start's rebuild if one is under way (a rebuild drops what was indexed and
                // not yet committed), with no progress bar: that would be drawn on the bot's own terminal.
                if (session.IsServed && services.GetRequiredService<IndexRebuildStatus>().Current is { } rebuilding)
                    await session.Console.Error.WriteLineAsync($"note: waiting for the bot to finish rebuilding the search index ({rebuilding}).");
                await services.GetRequiredService<CatalogueBootstrapper>().EnsureIndexAsync(showProgress: !session.IsServed, ct);
                var ingestor = services.GetRequiredService<CatalogueIngestor>();
                var sources = (parse.GetValue(inputs) ?? []).Select(input => InputReader.IsUrl(input, out _) ? input : DataPaths.Resolve(input, session.WorkingDirectory)).ToList();
                var summary = await new ProgressReporter(session.Console).RunAsync(report =>
                    ingestor.IngestAsync(sources, filter, new StageProgress(report), ct));
                Print(session, summary);
                if (!summary.NothingRead)
                    return 0;
                await session.Console.Error.WriteLineAsync("error: no paper could be read from the inputs; the catalogue is unchanged.");
                return 1;
            }, cancellationToken);
        });
        return command;
    }

    private static void Print(CliSession session, IngestSummary summary)
    {
        var table = new Table().AddColumns("input", "format", "papers", "problems");
        foreach (var input in summary.Inputs)
            table.AddRow(Markup.Escape(input.Origin), Markup.Escape(input.Format ?? "—"), $"{input.PapersRead}", input.Ok ? $"{input.Problems}" : "[yellow]not read[/]");
        session.Console.Ansi.Write(table);
        var outside = summary.OutsideCategories > 0 ? $", outside the categories {summary.OutsideCategories}" : "";
        session.Console.Ansi.MarkupLine($"read {summary.Read} ({summary.Duplicates} duplicates{outside}), new {summary.New}, merged {summary.Merged}, unchanged {summary.Unchanged}, rejected {summary.Rejected}");
        foreach (var problem in summary.Problems)
            session.Console.Ansi.MarkupLine($"[yellow]rejected[/] {Markup.Escape(problem.ToString())}");
    }

    private sealed class StageProgress(IProgress<ProgressStep> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) =>
            report.Report(new ProgressStep(Label(value.Stage), value.Done, value.Total));

        private static string Label(IngestStage stage) => stage switch
        {
            IngestStage.Reading => "Reading inputs",
            IngestStage.Streaming => "Reading and storing the snapshot (KiB)",
            IngestStage.Compacting => "Merging the search index",
            _ => "Saving and indexing papers",
        };
    }
}
