using LiteDB;

namespace PaperBot.Storage.LiteDb;

/// <summary>LiteDB binds a transaction to the calling thread, so each one runs here synchronously, start to end,
/// with no await inside that could move the work to another thread.</summary>
internal static class LiteTransaction
{
    public static T Run<T>(LiteDatabase database, Func<T> work)
    {
        if (!database.BeginTrans())
            throw new InvalidOperationException("A LiteDB transaction is already open on this thread; PaperBot never nests them.");
        try
        {
            var result = work();
            database.Commit();
            return result;
        }
        catch
        {
            // LiteDB has often rolled back already when an operation threw; then this is a no-op.
            database.Rollback();
            throw;
        }
    }
}
