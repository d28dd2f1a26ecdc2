using System.Text.RegularExpressions;
using PaperBot.Core.Papers;

namespace PaperBot.Recommender.Evaluation;

/// <summary>A fixed list of research keywords, each a regular expression over a paper's title and abstract: a reader
/// "by topic" wants every paper that names one of their keywords. Written by hand, not derived from any features.</summary>
internal static partial class TitleKeywords
{
    private static readonly (string Name, Regex Pattern)[] Groups =
    [
        ("contrastive learning", Contrastive()),
        ("spiking networks", Spiking()),
        ("diffusion models", Diffusion()),
        ("graphs", Graphs()),
        ("language models", Language()),
        ("adversarial robustness", Adversarial()),
        ("transformers and attention", Transformers()),
        ("reinforcement learning", Reinforcement()),
        ("symmetry and equivariance", Symmetry()),
        ("self-supervised learning", SelfSupervised()),
        ("3D and depth", ThreeD()),
        ("time series", TimeSeries()),
        ("object detection", Detection()),
        ("convex and stochastic optimization", Optimization()),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. Groups.Select(g => g.Name)];

    /// <summary>Per keyword group, the catalogue indices of the papers that name it.</summary>
    public static List<int[]> Match(IReadOnlyList<Paper> papers) =>
        [.. Groups.Select(g => Enumerable.Range(0, papers.Count).Where(i => g.Pattern.IsMatch(papers[i].Title + "\n" + papers[i].Abstract)).ToArray())];

    [GeneratedRegex(@"contrastive", RegexOptions.IgnoreCase)]
    private static partial Regex Contrastive();

    [GeneratedRegex(@"\bspik|neuromorphic", RegexOptions.IgnoreCase)]
    private static partial Regex Spiking();

    [GeneratedRegex(@"\bdiffusion", RegexOptions.IgnoreCase)]
    private static partial Regex Diffusion();

    [GeneratedRegex(@"\bgraph", RegexOptions.IgnoreCase)]
    private static partial Regex Graphs();

    [GeneratedRegex(@"language model|\bllms?\b|large language", RegexOptions.IgnoreCase)]
    private static partial Regex Language();

    [GeneratedRegex(@"adversarial", RegexOptions.IgnoreCase)]
    private static partial Regex Adversarial();

    [GeneratedRegex(@"transformer|self-attention|\battention\b", RegexOptions.IgnoreCase)]
    private static partial Regex Transformers();

    [GeneratedRegex(@"reinforcement|\breward", RegexOptions.IgnoreCase)]
    private static partial Regex Reinforcement();

    [GeneratedRegex(@"equivarian|symmetr", RegexOptions.IgnoreCase)]
    private static partial Regex Symmetry();

    [GeneratedRegex(@"self-supervised|self supervised|unsupervised", RegexOptions.IgnoreCase)]
    private static partial Regex SelfSupervised();

    [GeneratedRegex(@"\b3d\b|point cloud|\bdepth\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThreeD();

    [GeneratedRegex(@"time series|forecast", RegexOptions.IgnoreCase)]
    private static partial Regex TimeSeries();

    [GeneratedRegex(@"detection|detector", RegexOptions.IgnoreCase)]
    private static partial Regex Detection();

    [GeneratedRegex(@"\bconvex|nonconvex|stochastic gradient|convergence rate|\bsgd\b", RegexOptions.IgnoreCase)]
    private static partial Regex Optimization();
}
