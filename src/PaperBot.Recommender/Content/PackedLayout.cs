using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace PaperBot.Recommender.Content;

/// <summary>
/// How a vector over a space of features packs each entry into 32 bits: the feature's index in the high bits, just as
/// many as the space needs, and its value in the rest, in steps of 1/(2^bits − 1). The view's vectors are unit length
/// and non-negative, so every value lies in [0, 1]: with the default 200,000 words and phrases a value has 14 bits,
/// a step of 0.00006, against the 0.02 of a paper's weakest term. Half the memory of an int and a float per entry,
/// and whole-catalogue scoring, which reads every entry, has half as much to read.
/// </summary>
internal sealed record PackedLayout
{
    /// <summary>Fewer bits than this for a value would round the weakest terms' weights by more than a few per cent.</summary>
    private const int MinValueBits = 8;

    private const int MaxValueBits = 24;

    public PackedLayout(int features)
    {
        var indexBits = Math.Max(1, 32 - BitOperations.LeadingZeroCount((uint)Math.Max(0, features - 1)));
        // No more than a float's 24 bits of precision: beyond that, a value of 1 would round up into the index.
        ValueBits = Math.Min(32 - indexBits, MaxValueBits);
        if (ValueBits < MinValueBits)
            throw new NotSupportedException($"A space of {features:N0} features is too large to pack (at most {1 << (32 - MinValueBits):N0}).");
        ValueMask = (1u << ValueBits) - 1;
        steps = (int)ValueMask;
        Step = 1f / steps;
        Features = features;
    }

    private readonly float steps;

    public int Features { get; }

    public int ValueBits { get; }

    public uint ValueMask { get; }

    /// <summary>The value of one step of a packed value.</summary>
    public float Step { get; }

    public uint Pack(int index, float value)
    {
        if ((uint)index >= (uint)Features || !(value >= 0))
            Refuse(index, value);
        // A unit vector's single entry can come out a rounding above 1.
        // Through int, not uint: a float's conversion to and from uint takes several instructions on x64, to int one.
        return ((uint)index << ValueBits) | (uint)Math.Min((int)(value * steps + 0.5f), (int)ValueMask);
    }

    /// <summary>Out of line, so that <see cref="Pack"/> stays small enough to be inlined into the packing loops.</summary>
    [DoesNotReturn]
    private void Refuse(int index, float value) =>
        throw ((uint)index >= (uint)Features
            ? new ArgumentOutOfRangeException(nameof(index), index, $"Not a feature of a space of {Features}.")
            : new ArgumentOutOfRangeException(nameof(value), value, "Packed vectors hold values in [0, 1]."));

    public int IndexOf(uint entry) => (int)(entry >> ValueBits);

    public float ValueOf(uint entry) => (int)(entry & ValueMask) * Step;
}
