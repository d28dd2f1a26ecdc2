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
    private static List<T[]>? stock;

    /// <summary>A zeroed array of at least <paramref name="length"/> elements: the shortest in stock that is long
    /// enough. Borrowings of different lengths nest (the words alone; the words and the metadata), so taking whichever
    /// came back last would often find it too short, and allocate, and leave a longer one for a shorter need.</summary>
    public static T[] Rent(int length)
    {
        length = Math.Max(1, length);
        var spare = stock;
        var best = -1;
        for (var i = 0; spare is not null && i < spare.Count; i++)
        {
            if (spare[i].Length >= length && (best < 0 || spare[i].Length < spare[best].Length))
                best = i;
        }
        if (best < 0)
            return new T[length];
        var array = spare![best];
        spare[best] = spare[^1];
        spare.RemoveAt(spare.Count - 1);
        return array;
    }

    /// <summary>Takes back an array the borrower has zeroed again. A full stock keeps the longer of it and its shortest
    /// (after a model with a larger vocabulary arrives, the old arrays give way).</summary>
    public static void Return(T[] array)
    {
        stock ??= new List<T[]>(StockPerThread);
        if (stock.Count < StockPerThread)
        {
            stock.Add(array);
            return;
        }
        var shortest = 0;
        for (var i = 1; i < stock.Count; i++)
        {
            if (stock[i].Length < stock[shortest].Length)
                shortest = i;
        }
        if (stock[shortest].Length < array.Length)
            stock[shortest] = array;
    }
}
