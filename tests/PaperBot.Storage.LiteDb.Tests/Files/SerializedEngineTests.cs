using LiteDB;

namespace PaperBot.Storage.LiteDb.Tests.Files;

/// <summary>One caller at a time in LiteDB's engine (its page cache races between concurrent readers, LiteDB#2817), and
/// the gate never left held.</summary>
public sealed class SerializedEngineTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    private LiteDatabase Db => database.Context.Database;

    private static Task<T> OnItsOwnThread<T>(Func<T> work) => Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    [Fact]
    public async Task A_read_waits_while_another_thread_is_in_a_transaction_and_then_sees_what_it_committed()
    {
        var things = Db.GetCollection("things");
        using var inside = new ManualResetEventSlim();
        using var commit = new ManualResetEventSlim();
        var writer = OnItsOwnThread(() => LiteTransaction.Run(Db, () =>
        {
            things.Insert(new BsonDocument { ["_id"] = "a" });
            inside.Set();
            return commit.Wait(Patience);
        }));
        Assert.True(inside.Wait(Patience));

        var reader = OnItsOwnThread(() => things.FindById("a"));

        // Without the gate LiteDB would answer at once, from the state before the transaction: no document.
        await Task.WhenAny(reader, Task.Delay(300));
        Assert.False(reader.IsCompleted);
        commit.Set();
        Assert.True(await writer.WaitAsync(Patience));
        Assert.NotNull(await reader.WaitAsync(Patience));
    }

    [Fact]
    public async Task A_transaction_that_failed_inside_LiteDB_lets_other_threads_in()
    {
        var things = Db.GetCollection("things");
        things.Insert(new BsonDocument { ["_id"] = "a" });

        // A duplicate key: LiteDB ends the transaction itself before the rollback is asked for.
        Assert.Throws<LiteException>(() => LiteTransaction.Run(Db, () => things.Insert(new BsonDocument { ["_id"] = "a" })));

        Assert.Equal(1, await OnItsOwnThread(things.Count).WaitAsync(Patience));
        await OnItsOwnThread(() => LiteTransaction.Run(Db, () => things.Insert(new BsonDocument { ["_id"] = "b" }))).WaitAsync(Patience);
        Assert.Equal(2, things.Count());
    }

    [Fact]
    public void A_query_is_read_to_its_end_before_its_reader_is_handed_out()
    {
        var things = Db.GetCollection("things");
        things.Insert([new BsonDocument { ["_id"] = "a" }, new BsonDocument { ["_id"] = "b" }, new BsonDocument { ["_id"] = "c" }]);

        using var reader = things.Query().OrderBy("_id").ExecuteReader();
        // No cursor into the engine stays open: the reader still answers once the database is closed.
        database.Close();
        var ids = new List<string>();
        while (reader.Read())
            ids.Add(reader["_id"].AsString);

        Assert.Equal(["a", "b", "c"], ids);
    }
}
