using System.Globalization;
using System.Text;

namespace PaperBot.Recommender.Evaluation;

/// <summary>The evaluation's results: one row per catalogue, protocol and method.</summary>
public sealed record EvaluationReport(IReadOnlyList<EvaluationRow> Rows, TimeSpan Elapsed, string Setup)
{
    /// <summary>A Markdown table (it reads well in a terminal too).</summary>
    public string ToTable()
    {
        var text = new StringBuilder();
        text.AppendLine("| catalogue | protocol | method | precision@10 | nDCG@10 | people |");
        text.AppendLine("|---|---|---|---:|---:|---:|");
        foreach (var row in Rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Catalogue} | {row.Protocol} | {row.Method} | {row.PrecisionAt10:F3} | {row.NdcgAt10:F3} | {row.Users} |");
        }
        return text.ToString();
    }

    /// <summary>PaperBot's precision@10 minus the named method's, per catalogue and protocol.</summary>
    public IReadOnlyList<(string Catalogue, string Protocol, double Margin)> MarginOver(string method, string paperBot = RecommenderEvaluation.PaperBotName) =>
        Rows.GroupBy(r => (r.Catalogue, r.Protocol))
            .Select(g => (g.Key.Catalogue, g.Key.Protocol,
                g.Single(r => r.Method == paperBot).PrecisionAt10 - g.Single(r => r.Method == method).PrecisionAt10))
            .ToList();
}
