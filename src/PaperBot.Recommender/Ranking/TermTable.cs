using System.Buffers;
using System.Numerics.Tensors;
using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Ranking;

/// <summary>A few sparse vectors (the columns) laid out term by term: every term of theirs gets a row of their weights.
/// Another vector's dot products with all the columns then cost its own length once (a row per term it shares with
/// them), not once per column, and read a small table instead of a vocabulary-sized one. Lives within one synchronous
/// call; dispose gives the arrays back.</summary>
internal sealed class TermTable : IDisposable
{
    private readonly IReadOnlyList<SparseVector> columns;
    private readonly int[] rowOf;
    private readonly float[] table;

    public TermTable(IReadOnlyList<SparseVector> columns, int dimensions)
    {
        this.columns = columns;
        // rowOf[term] is 1 + the term's row in `table`; 0 for a term no column has. The rows are numbered first, so
        // that the table is sized once.
        rowOf = ScratchArrays<int>.Rent(dimensions);
        var rows = 0;
        foreach (var column in columns)
        {
            foreach (var term in column.Indices)
            {
                if (rowOf[term] == 0)
                    rowOf[term] = ++rows;
            }
        }
        var count = columns.Count;
        table = ArrayPool<float>.Shared.Rent(rows * count);
        Array.Clear(table, 0, rows * count);
        for (var c = 0; c < count; c++)
        {
            var column = columns[c];
            for (var i = 0; i < column.Count; i++)
                table[(rowOf[column.Indices[i]] - 1) * count + c] = column.Values[i];
        }
    }

    public int Columns => columns.Count;

    /// <summary>The dot products of <paramref name="vector"/> with every column, into <paramref name="result"/> (one per column).</summary>
    public void Dots(SparseVector vector, Span<float> result)
    {
        var count = columns.Count;
        result[..count].Clear();
        for (var i = 0; i < vector.Count; i++)
        {
            if (rowOf[vector.Indices[i]] is var row and > 0)
                TensorPrimitives.MultiplyAdd(table.AsSpan((row - 1) * count, count), vector.Values[i], result[..count], result[..count]);
        }
    }

    public void Dispose()
    {
        foreach (var column in columns)
        {
            foreach (var term in column.Indices)
                rowOf[term] = 0;
        }
        ScratchArrays<int>.Return(rowOf);
        ArrayPool<float>.Shared.Return(table);
    }
}
