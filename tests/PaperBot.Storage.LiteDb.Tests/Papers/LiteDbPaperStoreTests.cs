using System.Collections;
using LiteDB;
using PaperBot.Core.Papers;
using PaperBot.Storage.LiteDb.Papers;
using PaperBot.Storage.LiteDb.Tests.Contracts;
using static PaperBot.TestKit.PaperBuilder;

namespace PaperBot.Storage.LiteDb.Tests.Papers;

/// <summary>What the contract cannot ask of an in-memory store: the file, and all-or-nothing batches.</summary>
public sealed class LiteDbPaperStoreTests : IDisposable
{
    private readonly TempDatabase database = new();

    private LiteDbPaperStore Store => new(database.Context);

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Papers_and_the_revision_survive_reopening_the_file()
    {
        var paper = Paper("Attention Is All You Need", arxivId: "1706.03762", upvotes: 99);
        await Store.SaveAsync([paper, Paper("Another")]);
        var revision = await Store.SaveAsync([paper]);

        database.Reopen();

        PaperAssert.Same(paper, await Store.FindAsync(paper.Id));
        Assert.Equal(2, await Store.CountAsync());
        Assert.Equal(revision, await Store.RevisionAsync());
        Assert.Equal(revision + 1, await Store.SaveAsync([Paper("Third")]));
    }

    [Fact]
    public async Task A_closed_database_opens_in_plain_LiteDB_for_tools_like_LiteDB_Studio()
    {
        var paper = Paper("Attention Is All You Need", arxivId: "1706.03762");
        await Store.SaveAsync([paper, Paper("Another")]);
        database.Close();

        using var plain = new LiteDatabase(new ConnectionString { Filename = database.Path, Connection = ConnectionType.Direct, ReadOnly = true });

        Assert.Equal(2, plain.GetCollection("papers").Count());
        Assert.Equal(paper.Title, plain.GetCollection("papers").FindById(paper.Id.Value)["Title"].AsString);
    }

    [Fact]
    public async Task A_batch_with_a_paper_LiteDB_refuses_writes_nothing()
    {
        var existing = Paper("Existing", upvotes: 1);
        var revision = await Store.SaveAsync([existing]);
        // LiteDB refuses index keys over 1023 bytes; the bad id sits mid-batch, after an update and an insert.
        var refused = Paper("Refused") with { Id = new PaperId(new string('x', 1100)) };

        await Assert.ThrowsAsync<LiteException>(() => Store.SaveAsync([existing with { Upvotes = 2 }, Paper("New"), refused, Paper("Later")]));

        Assert.Equal(1, await Store.CountAsync());
        Assert.Equal(1, (await Store.FindAsync(existing.Id))?.Upvotes);
        Assert.Null(await Store.FindAsync(PaperId.FromTitle("New")));
        Assert.Equal(revision, await Store.RevisionAsync());
        database.Reopen();
        Assert.Equal(1, await Store.CountAsync());
        Assert.Equal(revision, await Store.RevisionAsync());
    }

    [Fact]
    public async Task Papers_known_to_be_new_are_inserted_with_the_changed_ones_in_one_revision()
    {
        var before = await Store.RevisionAsync();

        var stored = Paper("Stored", arxivId: "2301.00001", upvotes: 1);
        await Store.SaveAsync([stored]);

        var revision = await Store.SaveAsync([Paper("First", arxivId: "2401.00001"), Paper("Second", arxivId: "2401.00002"), stored with { Upvotes = 3 }], newCount: 2);

        Assert.Equal(before + 2, revision);
        Assert.Equal(3, await Store.CountAsync());
        Assert.Equal("Second", (await Store.FindAsync(PaperId.FromArxiv("2401.00002")))?.Title);
        Assert.Equal(3, (await Store.FindAsync(stored.Id))?.Upvotes);
    }

    [Fact]
    public async Task A_new_paper_another_writer_stored_meanwhile_is_replaced_not_refused()
    {
        var meanwhile = Paper("Stored by a feed", arxivId: "2401.00001", upvotes: 1);
        await Store.SaveAsync([meanwhile]);

        var revision = await Store.SaveAsync([Paper("From the snapshot"), meanwhile with { Upvotes = 7 }], newCount: 2);

        Assert.Equal(2, await Store.CountAsync());
        Assert.Equal(7, (await Store.FindAsync(meanwhile.Id))?.Upvotes);
        Assert.Equal(revision, await Store.RevisionAsync());
    }

    [Fact]
    public async Task A_batch_cancelled_half_way_writes_nothing_and_the_store_carries_on()
    {
        using var cancellation = new CancellationTokenSource();
        var batch = new CancellingBatch(Enumerable.Range(0, 500).Select(i => Paper($"Paper {i}")).ToList(), cancelAt: 250, cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.SaveAsync(batch, cancellation.Token));

        Assert.Equal(0, await Store.CountAsync());
        Assert.Equal(0, await Store.RevisionAsync());
        Assert.Equal(1, await Store.SaveAsync([Paper("After")]));
        Assert.Equal(1, await Store.CountAsync());
    }

    [Fact]
    public async Task A_save_already_cancelled_does_nothing()
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.SaveAsync([Paper("One")], new CancellationToken(canceled: true)));

        Assert.Equal(0, await Store.CountAsync());
        Assert.Equal(0, await Store.RevisionAsync());
    }

    [Fact]
    public async Task A_reader_never_sees_half_a_batch_while_two_writers_save()
    {
        const int BatchSize = 40;
        var store = Store;
        var seen = new List<int>();
        var writers = Enumerable.Range(0, 2).Select(w => Task.Run(async () =>
        {
            for (var b = 0; b < 10; b++)
                await store.SaveAsync(Enumerable.Range(0, BatchSize).Select(i => Paper($"Writer {w} batch {b} paper {i}")).ToList());
        })).ToList();
        var reader = Task.Run(async () =>
        {
            do
                seen.Add(await store.CountAsync());
            while (!writers.TrueForAll(w => w.IsCompleted));
        });

        await Task.WhenAll([.. writers, reader]);

        Assert.All(seen, count => Assert.Equal(0, count % BatchSize));
        Assert.Equal(20 * BatchSize, await Store.CountAsync());
        Assert.Equal(20, await Store.RevisionAsync());
    }

    [Fact]
    public async Task Papers_can_be_read_while_the_catalogue_is_streamed_across_threads()
    {
        await Store.SaveAsync(Enumerable.Range(0, 2200).Select(i => Paper($"Paper {i}")).ToList());
        var streamed = 0;

        await foreach (var paper in Store.AllAsync())
        {
            // Each item may resume on another thread, and writes in between must not join a reader's transaction.
            if (streamed++ % 500 == 0)
            {
                await Task.Yield();
                await Store.SaveAsync([paper with { Upvotes = streamed }]);
            }
        }

        Assert.Equal(2200, streamed);
        Assert.Equal(2200, await Store.CountAsync());
    }

    /// <summary>A batch whose enumeration cancels the save part way, as a shutdown would.</summary>
    private sealed class CancellingBatch(IReadOnlyList<Paper> papers, int cancelAt, CancellationTokenSource cancellation) : IReadOnlyCollection<Paper>
    {
        public int Count => papers.Count;

        public IEnumerator<Paper> GetEnumerator()
        {
            for (var i = 0; i < papers.Count; i++)
            {
                if (i == cancelAt)
                    cancellation.Cancel();
                yield return papers[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
