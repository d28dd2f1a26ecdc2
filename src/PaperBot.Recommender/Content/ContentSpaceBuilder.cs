using System.Runtime.InteropServices;
using PaperBot.Core.Papers;

namespace PaperBot.Recommender.Content;

/// <summary>Learns a <see cref="ContentSpace"/> from a catalogue: the words, phrases and authors that occur in at
/// least <see cref="ContentOptions.MinDocumentFrequency"/> papers and in at most a share
/// <see cref="ContentOptions.MaxDocumentFrequency"/> of them, keeping the most frequent when there are too many.</summary>
internal static class ContentSpaceBuilder
{
    public static ContentSpace Build(IReadOnlyList<Paper> papers, ContentOptions options) => Build(papers, options, featurize: false).Space;

    /// <summary>Learns the space and featurizes every paper from the tokens read while learning it (one pass over the text).</summary>
    public static (ContentSpace Space, PaperFeatures[] Features) BuildAndFeaturize(IReadOnlyList<Paper> papers, ContentOptions options,
        CancellationToken cancellationToken = default) => Build(papers, options, featurize: true, cancellationToken);

    private static (ContentSpace Space, PaperFeatures[] Features) Build(IReadOnlyList<Paper> papers, ContentOptions options, bool featurize,
        CancellationToken cancellationToken = default)
    {
        var documents = featurize ? new int[papers.Count][] : null;
        var documentTokens = new List<int>();
        var tokenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = tokenIds.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = new List<string>();
        var unigramDf = new List<int>();
        // A phrase's document frequency with the last document that counted it: one lookup per occurrence.
        var bigramDf = new Dictionary<long, (int Df, int LastDoc)>(PhraseKeyComparer.Instance);
        var lastDoc = new List<int>();
        var metaDf = new Dictionary<string, int>(StringComparer.Ordinal);
        var categories = new HashSet<string>(StringComparer.Ordinal);

        for (var doc = 0; doc < papers.Count; doc++)
        {
            var paper = papers[doc];
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
            if (documents is not null)
                documents[doc] = [.. documentTokens];
            foreach (var key in paper.Authors.Select(ContentSpace.MetaKeyOfAuthor).Distinct(StringComparer.Ordinal))
                CollectionsMarshal.GetValueRefOrAddDefault(metaDf, key, out _)++;
            foreach (var category in paper.Categories)
                categories.Add(ContentSpace.MetaKeyOfCategory(category));
        }

        var maxDf = Math.Max(1, (int)Math.Floor(options.MaxDocumentFrequency * papers.Count));
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
            idf[i] = (float)(Math.Log((1.0 + papers.Count) / (1.0 + df)) + 1.0);
        }
        var keptTokens = new string[remap.Count];
        foreach (var (original, mapped) in remap)
            keptTokens[mapped] = tokens[original];
        var meta = metaDf.Where(entry => entry.Value >= options.MinDocumentFrequency).Select(entry => entry.Key)
            .Concat(categories).Order(StringComparer.Ordinal).ToArray();
        var space = new ContentSpace(keptTokens, keys, idf, meta, options.TermsPerPaper);
        if (documents is null)
            return (space, []);

        // The same ids the space would give: tokens no feature uses become breaks.
        var finalIds = new int[tokens.Count];
        Array.Fill(finalIds, -1);
        foreach (var (original, mapped) in remap)
            finalIds[original] = mapped;
        var features = new PaperFeatures[papers.Count];
        Parallel.For(0, papers.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var ids = documents[i];
            for (var k = 0; k < ids.Length; k++)
                ids[k] = ids[k] < 0 ? -1 : finalIds[ids[k]];
            features[i] = space.FromTokens(ids, papers[i]);
        });
        return (space, features);
    }

    /// <summary>Featurizes every paper once, on all cores.</summary>
    public static PaperFeatures[] FeaturizeAll(ContentSpace space, IReadOnlyList<Paper> papers, CancellationToken cancellationToken = default)
    {
        var features = new PaperFeatures[papers.Count];
        Parallel.For(0, papers.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => features[i] = space.Featurize(papers[i]));
        return features;
    }
}
