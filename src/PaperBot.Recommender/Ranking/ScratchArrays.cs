namespace PaperBot.Recommender.Ranking;

/// <summary>Vocabulary-sized scratch arrays kept per thread, so that a ranking does not allocate (and the GC does not
/// clear) a large array per request. Borrowers give arrays back zeroed and use them within one synchronous call, so a
/// thread's stock needs no lock.</summary>
internal static class ScratchArrays<T>
    where T : struct
{
    // Borrowings nest (a person's profile, then a peer's taste while it is open), so a thread keeps a few.
    private const int StockPerThread = 4;

    [ThreadStatic]
    private static Stack<T[]>? stock;

    /// <summary>A zeroed array of at least <paramref name="length"/> elements.</summary>
    public static T[] Rent(int length)
    {
        length = Math.Max(1, length);
        // One too short (a model with a larger vocabulary arrived) is dropped for a new one.
        return stock is { Count: > 0 } spare && spare.Peek().Length >= length ? spare.Pop() : new T[length];
    }

    /// <summary>Takes back an array the borrower has zeroed again.</summary>
    public static void Return(T[] array)
    {
        stock ??= new Stack<T[]>(StockPerThread);
        if (stock.Count < StockPerThread)
            stock.Push(array);
    }
}
