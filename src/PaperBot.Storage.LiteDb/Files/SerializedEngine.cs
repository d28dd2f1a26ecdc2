using LiteDB;
using LiteDB.Engine;

namespace PaperBot.Storage.LiteDb.Files;

/// <summary>
/// Lets one caller at a time into LiteDB's engine. LiteDB 5.0.20 and 5.0.21 (the versions served) have a race in their
/// page cache: a reader can look a page up while another thread's read recycles that buffer for a different page
/// (litedb-org/LiteDB#2817, unfixed in any release). Reads on two threads then fail with "page type must be index page"
/// or "pages in memory store must be non-shared", and the engine can be left refusing every later transaction. Training
/// reads the catalogue and the thumbs on two threads and failed so in 1 run of 11 at 1M thumbs; a running bot
/// reads from digests, interactions and the CLI endpoint at once. A query's results are therefore read to the end
/// under the gate, so no cursor stays open outside it, and an explicit transaction holds the gate from its start to its
/// commit or rollback (it runs on one thread, start to end: <see cref="LiteTransaction"/>), so no caller ever waits
/// inside LiteDB for a lock that another caller, waiting at the gate, holds.
/// </summary>
internal sealed class SerializedEngine(ILiteEngine inner) : ILiteEngine
{
    private readonly Lock gate = new();
    // Whether this thread's open transaction holds the gate: a transaction LiteDB rolled back itself still has to let go.
    private readonly ThreadLocal<bool> transactionHolds = new();

    public bool BeginTrans()
    {
        gate.Enter();
        var began = false;
        try
        {
            began = inner.BeginTrans();
        }
        finally
        {
            if (began)
                transactionHolds.Value = true;
            else
                gate.Exit();
        }
        return began;
    }

    public bool Commit() => EndTransaction(inner.Commit);

    public bool Rollback() => EndTransaction(inner.Rollback);

    public IBsonDataReader Query(string collection, Query query)
    {
        lock (gate)
        {
            using var reader = inner.Query(collection, query);
            var values = new List<BsonValue>();
            while (reader.Read())
                values.Add(reader.Current);
            return new BufferedDataReader(values, reader.Collection);
        }
    }

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Locked(() => inner.Insert(collection, docs, autoId));

    public int Update(string collection, IEnumerable<BsonDocument> docs) => Locked(() => inner.Update(collection, docs));

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) => Locked(() => inner.UpdateMany(collection, transform, predicate));

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Locked(() => inner.Upsert(collection, docs, autoId));

    public int Delete(string collection, IEnumerable<BsonValue> ids) => Locked(() => inner.Delete(collection, ids));

    public int DeleteMany(string collection, BsonExpression predicate) => Locked(() => inner.DeleteMany(collection, predicate));

    public bool DropCollection(string name) => Locked(() => inner.DropCollection(name));

    public bool RenameCollection(string name, string newName) => Locked(() => inner.RenameCollection(name, newName));

    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) => Locked(() => inner.EnsureIndex(collection, name, expression, unique));

    public bool DropIndex(string collection, string name) => Locked(() => inner.DropIndex(collection, name));

    public BsonValue Pragma(string name) => Locked(() => inner.Pragma(name));

    public bool Pragma(string name, BsonValue value) => Locked(() => inner.Pragma(name, value));

    public int Checkpoint() => Locked(inner.Checkpoint);

    public long Rebuild(RebuildOptions options) => Locked(() => inner.Rebuild(options));

    public void Dispose()
    {
        // Waits for the caller inside, if any; LiteDB checkpoints as it closes.
        lock (gate)
            inner.Dispose();
        transactionHolds.Dispose();
    }

    private T Locked<T>(Func<T> work)
    {
        lock (gate)
            return work();
    }

    private bool EndTransaction(Func<bool> end)
    {
        try
        {
            return Locked(end);
        }
        finally
        {
            if (transactionHolds.Value)
            {
                transactionHolds.Value = false;
                gate.Exit();
            }
        }
    }

    /// <summary>A query's results, read to the end while the engine was held.</summary>
    private sealed class BufferedDataReader(List<BsonValue> values, string collection) : IBsonDataReader
    {
        private int position = -1;

        public BsonValue this[string field] => Current.AsDocument[field];

        public string Collection => collection;

        public BsonValue Current => position >= 0 && position < values.Count ? values[position] : BsonValue.Null;

        public bool HasValues => values.Count > 0;

        public bool Read() => ++position < values.Count;

        public void Dispose()
        {
        }
    }
}
