using System.Buffers;
using System.Runtime.InteropServices;
using PaperBot.Core.Papers;

namespace PaperBot.Recommender.Content;

/// <summary>The vocabulary a model was built with: words and two-word phrases with their inverse document
/// frequencies, and the authors and categories of the metadata field. Papers that arrive after training are
/// featurized with the same vocabulary, so the learned weights apply to them.</summary>
internal sealed class ContentSpace
{
    private const int FileVersion = 1;
    private readonly string[] tokens;
    private readonly Dictionary<string, int> tokenIds;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> tokenLookup;
    private readonly long[] featureKeys;
    // A word's feature by its token id (an array: every token is looked up), a phrase's by its key.
    private readonly int[] unigramFeatures;
    private readonly Dictionary<long, int> bigramFeatures;
    private readonly float[] idf;
    private readonly string[] metaKeys;
    private readonly Dictionary<string, int> metaIndex;
    private readonly bool[] authorFeatures;

    public ContentSpace(string[] tokens, long[] featureKeys, float[] idf, string[] metaKeys, int termsPerPaper)
    {
        this.tokens = tokens;
        this.featureKeys = featureKeys;
        this.idf = idf;
        this.metaKeys = metaKeys;
        TermsPerPaper = termsPerPaper;
        tokenIds = new Dictionary<string, int>(tokens.Length, StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
            tokenIds[tokens[i]] = i;
        tokenLookup = tokenIds.GetAlternateLookup<ReadOnlySpan<char>>();
        unigramFeatures = new int[tokens.Length];
        Array.Fill(unigramFeatures, -1);
        bigramFeatures = new Dictionary<long, int>(featureKeys.Length, PhraseKeyComparer.Instance);
        for (var i = 0; i < featureKeys.Length; i++)
        {
            if (featureKeys[i] >> 32 == 0)
                unigramFeatures[(int)featureKeys[i]] = i;
            else
                bigramFeatures[featureKeys[i]] = i;
        }
        authorFeatures = featureKeys.Select(key => key >> 32 == 0 && tokens[(int)key].StartsWith('@')).ToArray();
        metaIndex = new Dictionary<string, int>(metaKeys.Length, StringComparer.Ordinal);
        for (var i = 0; i < metaKeys.Length; i++)
            metaIndex[metaKeys[i]] = i;
    }

    public int TextFeatureCount => featureKeys.Length;

    public int MetaFeatureCount => metaKeys.Length;

    public int TermsPerPaper { get; }

    public static long UnigramKey(int token) => token;

    public static long BigramKey(int first, int second) => ((long)(first + 1) << 32) | (uint)second;

    /// <summary>A readable name of a text feature: a word, a phrase, or an author.</summary>
    public string FeatureName(int index)
    {
        var key = featureKeys[index];
        var first = (int)(key >> 32) - 1;
        var second = (int)(key & 0xFFFFFFFF);
        var name = first < 0 ? tokens[second] : tokens[first] + " " + tokens[second];
        return name.StartsWith('@') ? name[1..] : name;
    }

    public bool IsAuthorFeature(int index) => authorFeatures[index];

    /// <summary>The feature's smoothed inverse document frequency, ln((1 + N) / (1 + df)) + 1.</summary>
    public float Idf(int index) => idf[index];

    public static string MetaKeyOfAuthor(string author) => "a:" + PaperTitle.Key(author);

    public static string MetaKeyOfCategory(string category) => "c:" + category.Trim().ToLowerInvariant();

    public static string MetaKeyOfSource(string source) => "s:" + source.Trim().ToLowerInvariant();

    public static bool IsCategoryKey(string key) => key.StartsWith("c:", StringComparison.Ordinal);

    public PaperFeatures Featurize(Paper paper)
    {
        var tokens = new List<int>();
        void OnToken(ReadOnlySpan<char> token) => tokens.Add(tokenLookup.TryGetValue(token, out var known) ? known : -1);
        TextTokenizer.Tokenize(paper.Title, OnToken);
        tokens.Add(-1);
        TextTokenizer.Tokenize(paper.Abstract, OnToken);
        foreach (var author in paper.Authors)
        {
            tokens.Add(-1);
            tokens.Add(tokenIds.TryGetValue(TextTokenizer.AuthorToken(author), out var id) ? id : -1);
        }
        return FromTokens(CollectionsMarshal.AsSpan(tokens), [.. MetaKeysOf(paper).Select(MetaIndex)]);
    }

    /// <summary>Features from the paper's tokens as ids of this space (-1 for an unknown token or a break between
    /// title, abstract and authors) and its metadata indices (see <see cref="MetaKeysOf"/>; -1 for a key not in this space):
    /// a word counts as a unigram, and with the word before it as a bigram.</summary>
    public PaperFeatures FromTokens(ReadOnlySpan<int> tokens, ReadOnlySpan<int> meta)
    {
        // The features found, one entry per occurrence, then sorted so that a feature's occurrences (its tf) are adjacent:
        // cheaper than a dictionary per paper, and the vector comes out in index order.
        var buffer = ArrayPool<int>.Shared.Rent(Math.Max(1, tokens.Length * 2));
        try
        {
            var found = 0;
            var previous = -1;
            foreach (var id in tokens)
            {
                if (id >= 0)
                {
                    if (unigramFeatures[id] is var unigram and >= 0)
                        buffer[found++] = unigram;
                    if (previous >= 0 && bigramFeatures.TryGetValue(BigramKey(previous, id), out var bigram))
                        buffer[found++] = bigram;
                }
                previous = id;
            }
            var occurrences = buffer.AsSpan(0, found);
            occurrences.Sort();
            var textVector = Weighted(occurrences);
            return new PaperFeatures(textVector, StrongestTerms(textVector), MetaVector(meta));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    /// <summary>The unit-length TF-IDF vector (sublinear tf) of sorted feature occurrences.</summary>
    private SparseVector Weighted(ReadOnlySpan<int> sorted)
    {
        var distinct = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
                distinct++;
        }
        if (distinct == 0)
            return SparseVector.Empty;
        var indices = new int[distinct];
        var values = new float[distinct];
        for (int i = 0, k = 0; i < sorted.Length; k++)
        {
            var run = i;
            while (run < sorted.Length && sorted[run] == sorted[i])
                run++;
            indices[k] = sorted[i];
            values[k] = (1 + MathF.Log(run - i)) * idf[sorted[i]];
            i = run;
        }
        UnitLength.Scale(values);
        return new SparseVector(indices, values);
    }

    private SparseVector StrongestTerms(SparseVector text)
    {
        var indices = ArrayPool<int>.Shared.Rent(text.Count);
        var values = ArrayPool<float>.Shared.Rent(text.Count);
        try
        {
            var terms = 0;
            for (var i = 0; i < text.Count; i++)
            {
                if (!IsAuthorFeature(text.Indices[i]))
                    (indices[terms], values[terms++]) = (text.Indices[i], text.Values[i]);
            }
            return SparseVector.Strongest(indices.AsSpan(0, terms), values.AsSpan(0, terms), TermsPerPaper);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(indices);
            ArrayPool<float>.Shared.Return(values);
        }
    }

    /// <summary>The first authors (who usually did the work), the categories and the listings the paper was seen in that
    /// make a paper's metadata; a long author list is cut so that no paper costs the factorization machine much more
    /// than another.</summary>
    public static IEnumerable<string> MetaKeysOf(Paper paper) =>
        paper.Authors.Take(4).Select(MetaKeyOfAuthor).Concat(paper.Categories.Take(2).Select(MetaKeyOfCategory))
            .Concat(paper.Sources.Take(2).Select(MetaKeyOfSource));

    /// <summary>The metadata key at an index: <c>a:</c> an author, <c>c:</c> a category, <c>s:</c> a listing.</summary>
    public string MetaKey(int index) => metaKeys[index];

    /// <summary>A metadata key's index in this space, or -1 if it has none.</summary>
    public int MetaIndex(string key) => metaIndex.TryGetValue(key, out var index) ? index : -1;

    /// <summary>The unit-length metadata vector of metadata indices (-1: not in this space).</summary>
    private static SparseVector MetaVector(ReadOnlySpan<int> indices)
    {
        var entries = new List<(int, float)>(indices.Length);
        foreach (var index in indices)
        {
            if (index >= 0 && !entries.Contains((index, 1f)))
                entries.Add((index, 1f));
        }
        return SparseVector.Normalized(entries);
    }

    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(FileVersion);
        writer.Write(TermsPerPaper);
        writer.Write(tokens.Length);
        foreach (var token in tokens)
            writer.Write(token);
        writer.Write(featureKeys.Length);
        for (var i = 0; i < featureKeys.Length; i++)
        {
            writer.Write(featureKeys[i]);
            writer.Write(idf[i]);
        }
        writer.Write(metaKeys.Length);
        foreach (var key in metaKeys)
            writer.Write(key);
    }

    public static ContentSpace ReadFrom(BinaryReader reader)
    {
        if (reader.ReadInt32() != FileVersion)
            throw new InvalidDataException("Unknown content-space format.");
        var termsPerPaper = reader.ReadInt32();
        var tokens = new string[reader.ReadInt32()];
        for (var i = 0; i < tokens.Length; i++)
            tokens[i] = reader.ReadString();
        var keys = new long[reader.ReadInt32()];
        var idf = new float[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = reader.ReadInt64();
            idf[i] = reader.ReadSingle();
        }
        var meta = new string[reader.ReadInt32()];
        for (var i = 0; i < meta.Length; i++)
            meta[i] = reader.ReadString();
        return new ContentSpace(tokens, keys, idf, meta, termsPerPaper);
    }
}
