using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Core.Papers;
using PaperBot.Core.Search;
using PaperBot.Host.Hosting;
using PaperBot.Host.Tests.Terminal;
using PaperBot.Search;
using PaperBot.TestKit;

namespace PaperBot.Host.Tests.Hosting;

/// <summary>A start that finds the search index missing (deleted, restored from a backup, or of an older layout)
/// rebuilds it while the bot serves: at a million papers the rebuild takes minutes, and the bot used to be offline
/// for all of them.</summary>
public sealed class IndexRebuildAtStartTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly TaskCompletionSource rebuildMayRun = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private string Database => folder.File("paperbot.db");

    public IndexRebuildAtStartTests()
    {
        // A first start seeds the catalogue and indexes it; then the index is lost.
        using var host = TerminalHost.Build(Database, new StringReader(""), new StringWriter());
        host.RunAsync().GetAwaiter().GetResult();
        Directory.Delete(DataPaths.IndexFor(Database), recursive: true);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_chat_answers_during_the_rebuild_saying_so_and_searches_the_whole_catalogue_after_it()
    {
        var input = new ScriptedInput();
        var output = new SharedStringWriter();
        using var host = BuildWithHeldRebuild(input, output);
        // Before, the start itself waited for the rebuild.
        await host.StartAsync().WaitAsync(TimeSpan.FromMinutes(1));
        var status = host.Services.GetRequiredService<IndexRebuildStatus>();
        await Eventually.UntilAsync(() => status.Current is not null);

        input.Type("/papers search spiking neural networks");
        await Eventually.UntilAsync(() => output.ToString().Contains("No papers match", StringComparison.Ordinal));
        var during = output.ToString();
        rebuildMayRun.SetResult();
        var index = host.Services.GetRequiredService<IPaperIndex>();
        var store = host.Services.GetRequiredService<IPaperStore>();
        var revision = await store.RevisionAsync();
        await Eventually.UntilAsync(() => status.Current is null && index.RevisionAsync().GetAwaiter().GetResult() == revision);
        input.Type("/papers search spiking neural networks");
        await Eventually.UntilAsync(() => output.ToString().Length > during.Length && output.ToString()[during.Length..].Contains(" 1. ", StringComparison.Ordinal));
        await host.StopAsync();

        Assert.Contains("PaperBot — 330 papers", during, StringComparison.Ordinal);
        Assert.Matches(@"yet\. The search index is being rebuilt \(\d+ of 330 papers\)", during);
        Assert.DoesNotContain("rebuilt", output.ToString()[during.Length..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stop_during_the_rebuild_leaves_it_to_the_next_start()
    {
        using (var host = BuildWithHeldRebuild(new ScriptedInput(), new SharedStringWriter()))
        {
            await host.StartAsync().WaitAsync(TimeSpan.FromMinutes(1));
            var status = host.Services.GetRequiredService<IndexRebuildStatus>();
            await Eventually.UntilAsync(() => status.Current is not null);

            await host.StopAsync();

            Assert.Null(await host.Services.GetRequiredService<IPaperIndex>().RevisionAsync());
        }

        var input = new ScriptedInput();
        using var next = TerminalHost.Build(Database, input, new SharedStringWriter());
        await next.StartAsync();
        var revision = await next.Services.GetRequiredService<IPaperStore>().RevisionAsync();
        var index = next.Services.GetRequiredService<IPaperIndex>();
        await Eventually.UntilAsync(() => index.RevisionAsync().GetAwaiter().GetResult() == revision);
        Assert.NotEmpty(await index.SearchAsync("spiking neural networks", 5));
        input.End();
        await next.StopAsync();
    }

    /// <summary>The bot as <c>paperbot run</c> builds it, with the real index, whose rebuild waits for the test.</summary>
    private IHost BuildWithHeldRebuild(ScriptedInput input, SharedStringWriter output) =>
        TerminalHost.Build(Database, input, output, services =>
            services.AddSingleton<IPaperIndex>(provider => new HeldRebuild(provider.GetRequiredService<LucenePaperIndex>(), rebuildMayRun.Task)));

    private sealed class HeldRebuild(IPaperIndex inner, Task mayRun) : IPaperIndex
    {
        public Task IndexAsync(IReadOnlyCollection<Paper> papers, CancellationToken cancellationToken = default) => inner.IndexAsync(papers, cancellationToken);

        public Task CommitAsync(long catalogueRevision, CancellationToken cancellationToken = default) => inner.CommitAsync(catalogueRevision, cancellationToken);

        public Task<long?> RevisionAsync(CancellationToken cancellationToken = default) => inner.RevisionAsync(cancellationToken);

        /// <summary>Held once the papers are in the new index and before it is merged and committed: a stop then must
        /// roll back a half-built index.</summary>
        public Task RebuildAsync(IAsyncEnumerable<Paper> papers, long catalogueRevision, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
            inner.RebuildAsync(papers, catalogueRevision, new HeldProgress(progress, mayRun, cancellationToken), cancellationToken);

        public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int top, CancellationToken cancellationToken = default) => inner.SearchAsync(query, top, cancellationToken);
    }

    private sealed class HeldProgress(IProgress<int>? inner, Task mayRun, CancellationToken cancellationToken) : IProgress<int>
    {
        public void Report(int value)
        {
            inner?.Report(value);
            // The rebuild reports synchronously on its own thread, so holding it here is holding the rebuild.
            mayRun.Wait(cancellationToken);
        }
    }
}
