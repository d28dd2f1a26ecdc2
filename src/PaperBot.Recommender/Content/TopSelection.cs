namespace PaperBot.Recommender.Content;

/// <summary>Selection without sorting: the k-th largest of many values in linear time (Hoare's quickselect).</summary>
internal static class TopSelection
{
    /// <summary>The value that would be at <paramref name="k"/> (0: the largest) were <paramref name="values"/> sorted
    /// in descending order; reorders them.</summary>
    public static float KthLargest(Span<float> values, int k)
    {
        if ((uint)k >= (uint)values.Length)
            throw new ArgumentOutOfRangeException(nameof(k), k, $"Not a rank among {values.Length} values.");
        int low = 0, high = values.Length - 1;
        while (low < high)
        {
            var pivot = MedianOfThree(values[low], values[low + ((high - low) >> 1)], values[high]);
            int i = low, j = high;
            while (i <= j)
            {
                while (values[i] > pivot)
                    i++;
                while (values[j] < pivot)
                    j--;
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }
            // Now [low, j] holds values ≥ pivot, [i, high] values ≤ pivot, and anything between equals it.
            if (k <= j)
                high = j;
            else if (k >= i)
                low = i;
            else
                return values[k];
        }
        return values[low];
    }

    private static float MedianOfThree(float a, float b, float c) =>
        Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
