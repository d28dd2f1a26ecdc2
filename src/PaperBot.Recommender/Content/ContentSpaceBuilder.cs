using System.Runtime.InteropServices;
using PaperBot.Core.Papers;

namespace PaperBot.Recommender.Content;

/// <summary>Learns a <see cref="ContentSpace"/> from papers added one at a time: the words, phrases and authors that
/// occur in at least <see cref="ContentOptions.MinDocumentFrequency"/> papers and in at most a share
/// <see cref="ContentOptions.MaxDocumentFrequency"/> of them, keeping the most frequent when there are too many.
/// Of each paper it keeps only the ids of its tokens and metadata, so a catalogue can be streamed from the store
/// without holding its text, and every paper is featurized from what was read while learning (one pass over the text).</summary>
internal sealed class ContentSpaceBuilder(ContentOptions options)
{
    private const int FeaturizeBlock = 4096;
    private readonly List<int[]> documents = [];
    private readonly List<int[]> documentMeta = [];
    private readonly List<int> documentTokens = [];
    private readonly Dictionary<string, int> tokenIds = new(StringComparer.Ordinal);
    private readonly List<string> tokens = [];
    private readonly List<int> unigramDf = [];
    // A phrase's document frequency with the last document that counted it: one lookup per occurrence.
    private readonly Dictionary<long, (int Df, int LastDoc)> bigramDf = new(PhraseKeyComparer.Instance);
    private readonly List<int> lastDoc = [];
    // Author and category keys by id, with how many papers name each author and the last paper that counted it.
    private readonly Dictionary<string, int> metaIds = new(StringComparer.Ordinal);
    private readonly List<string> metaKeys = [];
    private readonly List<int> metaDf = [];
    private readonly List<int> metaLastDoc = [];

    /// <summary>Learns the space and featurizes every paper, on all cores.</summary>
    public static (ContentSpace Space, PaperFeatures[] Features) BuildAndFeaturize(IEnumerable<Paper> papers, ContentOptions options,
        CancellationToken cancellationToken = default)
    {
        var builder = new ContentSpaceBuilder(options);
        foreach (var paper in papers)
            builder.Add(paper);
        return builder.Build(cancellationToken: cancellationToken);
    }

    public void Add(Paper paper)
    {
        var doc = documents.Count;
        var lookup = tokenIds.GetAlternateLookup<ReadOnlySpan<char>>();
        documentTokens.Clear();
        var previous = -1;
        void OnToken(ReadOnlySpan<char> token)
        {
            if (!lookup.TryGetValue(token, out var id))
            {
                id = tokens.Count;
                var text = token.ToString();
                tokens.Add(text);
                tokenIds[text] = id;
                unigramDf.Add(0);
                lastDoc.Add(-1);
            }
            if (lastDoc[id] != doc)
            {
                lastDoc[id] = doc;
                unigramDf[id]++;
            }
            if (previous >= 0)
            {
                ref var bigram = ref CollectionsMarshal.GetValueRefOrAddDefault(bigramDf, ContentSpace.BigramKey(previous, id), out var seen);
                if (!seen || bigram.LastDoc != doc)
                    bigram = (bigram.Df + 1, doc);
            }
            previous = id;
            documentTokens.Add(id);
        }
        TextTokenizer.Tokenize(paper.Title, OnToken);
        previous = -1;
        documentTokens.Add(-1);
        TextTokenizer.Tokenize(paper.Abstract, OnToken);
        foreach (var author in paper.Authors.Select(TextTokenizer.AuthorToken))
        {
            previous = -1;
            documentTokens.Add(-1);
            OnToken(author);
        }
        documents.Add([.. documentTokens]);
        foreach (var author in paper.Authors)
            Count(MetaId(ContentSpace.MetaKeyOfAuthor(author)), doc);
        foreach (var category in paper.Categories)
            MetaId(ContentSpace.MetaKeyOfCategory(category));
        foreach (var source in paper.Sources)
            Count(MetaId(ContentSpace.MetaKeyOfSource(source)), doc);
        documentMeta.Add([.. ContentSpace.MetaKeysOf(paper).Select(MetaId)]);
    }

    private void Count(int metaId, int doc)
    {
        if (metaLastDoc[metaId] != doc)
        {
            metaLastDoc[metaId] = doc;
            metaDf[metaId]++;
        }
    }

    private int MetaId(string key)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(metaIds, key, out var seen);
        if (!seen)
        {
            id = metaKeys.Count;
            metaKeys.Add(key);
            metaDf.Add(0);
            metaLastDoc.Add(-1);
        }
        return id;
    }

    /// <summary>The space, and the features of every paper added, in the order added. The builder is spent afterwards.</summary>
    /// <param name="textSpill">Takes the papers' TF-IDF vectors as they are built (see <see cref="TextSpill"/>); the
    /// features returned are then without them.</param>
    public (ContentSpace Space, PaperFeatures[] Features) Build(TextSpill? textSpill = null, CancellationToken cancellationToken = default)
    {
        var count = documents.Count;
        var maxDf = Math.Max(1, (int)Math.Floor(options.MaxDocumentFrequency * count));
        bool Keep(int df) => df >= options.MinDocumentFrequency && df <= maxDf;
        var kept = new List<(long Key, int Df)>();
        for (var id = 0; id < tokens.Count; id++)
        {
            if (Keep(unigramDf[id]))
                kept.Add((ContentSpace.UnigramKey(id), unigramDf[id]));
        }
        foreach (var (key, (df, _)) in bigramDf)
        {
            if (Keep(df))
                kept.Add((key, df));
        }
        // The phrase counts are the largest structure here; let them go before the features are built.
        bigramDf.Clear();
        bigramDf.TrimExcess();
        if (kept.Count > options.MaxFeatures)
        {
            kept.Sort((x, y) => y.Df != x.Df ? y.Df.CompareTo(x.Df) : x.Key.CompareTo(y.Key));
            kept.RemoveRange(options.MaxFeatures, kept.Count - options.MaxFeatures);
        }
        kept.Sort((x, y) => x.Key.CompareTo(y.Key));

        // Keep only the tokens some feature uses, renumbered; an unknown token later breaks a phrase, as it should.
        var remap = new Dictionary<int, int>();
        int Remap(int id)
        {
            if (!remap.TryGetValue(id, out var mapped))
                remap[id] = mapped = remap.Count;
            return mapped;
        }
        var keys = new long[kept.Count];
        var idf = new float[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            var (key, df) = kept[i];
            var first = (int)(key >> 32) - 1;
            var second = (int)(key & 0xFFFFFFFF);
            keys[i] = first < 0 ? ContentSpace.UnigramKey(Remap(second)) : ContentSpace.BigramKey(Remap(first), Remap(second));
            idf[i] = (float)(Math.Log((1.0 + count) / (1.0 + df)) + 1.0);
        }
        var keptTokens = new string[remap.Count];
        foreach (var (original, mapped) in remap)
            keptTokens[mapped] = tokens[original];
        // Categories always count; an author only when named by enough papers.
        var meta = Enumerable.Range(0, metaKeys.Count)
            .Where(id => ContentSpace.IsCategoryKey(metaKeys[id]) || metaDf[id] >= options.MinDocumentFrequency)
            .Select(id => metaKeys[id]).Order(StringComparer.Ordinal).ToArray();
        var space = new ContentSpace(keptTokens, keys, idf, meta, options.TermsPerPaper);

        // The same ids the space would give: tokens no feature uses become breaks.
        var finalIds = new int[tokens.Count];
        Array.Fill(finalIds, -1);
        foreach (var (original, mapped) in remap)
            finalIds[original] = mapped;
        var finalMeta = metaKeys.Select(space.MetaIndex).ToArray();
        var features = new PaperFeatures[count];
        // In blocks, so that a spill takes each block's TF-IDF vectors before the next block is built.
        for (var start = 0; start < count; start += FeaturizeBlock)
        {
            var end = Math.Min(count, start + FeaturizeBlock);
            Parallel.For(start, end, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var ids = documents[i];
                for (var k = 0; k < ids.Length; k++)
                    ids[k] = ids[k] < 0 ? -1 : finalIds[ids[k]];
                var metaOfPaper = documentMeta[i];
                for (var k = 0; k < metaOfPaper.Length; k++)
                    metaOfPaper[k] = finalMeta[metaOfPaper[k]];
                features[i] = space.FromTokens(ids, metaOfPaper);
                // Each paper's token ids go as soon as its features exist.
                documents[i] = [];
            });
            textSpill?.Take(features, start, end);
        }
        return (space, features);
    }
}
