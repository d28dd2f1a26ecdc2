using System.Globalization;
using System.Text;

namespace PaperBot.Recommender.Evaluation;

/// <summary>The evaluation's results: one row per family, protocol and method.</summary>
public sealed record EvaluationReport(IReadOnlyList<EvaluationRow> Rows, TimeSpan Elapsed, string Setup)
{
    /// <summary>A Markdown table of precision@10, one line per family and protocol, one column per method, then
    /// PaperBot's margins over the SVM and the centroid (it reads well in a terminal too).</summary>
    public string ToTable()
    {
        var methods = Rows.Select(r => r.Method).Distinct().ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"| family | protocol | {string.Join(" | ", methods)} | vs SVM | vs centroid |");
        text.AppendLine(CultureInfo.InvariantCulture, $"|---|---|{string.Concat(methods.Select(_ => "---:|"))}---:|---:|");
        foreach (var group in Groups())
        {
            var cells = methods.Select(m => group.Rows.FirstOrDefault(r => r.Method == m) is { } row
                ? row.PrecisionAt10.ToString("F3", CultureInfo.InvariantCulture) : "");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {group.Family}{(group.HeldOut ? " (held out)" : "")} | {group.Protocol} | {string.Join(" | ", cells)} | " +
                $"{Points(Margin(group.Rows, RecommenderEvaluation.SvmName))} | {Points(Margin(group.Rows, RecommenderEvaluation.CentroidName))} |");
        }
        return text.ToString();
    }

    /// <summary>Per protocol, the family where PaperBot's margin over the named method is smallest, over all families
    /// and over the held-out ones.</summary>
    public string WorstFamilies()
    {
        var text = new StringBuilder();
        foreach (var protocol in new[] { RecommenderEvaluation.InMatrix, RecommenderEvaluation.Fresh })
        {
            foreach (var baseline in new[] { RecommenderEvaluation.SvmName, RecommenderEvaluation.CentroidName })
            {
                var worst = MarginOver(baseline).Where(m => m.Protocol == protocol).MinBy(m => m.Margin);
                var held = MarginOver(baseline).Where(m => m.Protocol == protocol && m.HeldOut).ToList();
                // A run of chosen families may hold none out.
                var among = "no held-out family in this run";
                if (held.Count > 0)
                {
                    var h = held.MinBy(m => m.Margin);
                    among = $"among held-out families {Points(h.Margin)} ({h.Family})";
                }
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"{protocol}: worst margin over {baseline} {Points(worst.Margin)} ({worst.Family}); {among}");
            }
        }
        return text.ToString();
    }

    /// <summary>PaperBot's precision@10 minus the named method's, per family and protocol.</summary>
    public IReadOnlyList<(string Family, bool HeldOut, string Protocol, double Margin)> MarginOver(string method, string paperBot = RecommenderEvaluation.PaperBotName) =>
        [.. Groups().Select(g => (g.Family, g.HeldOut, g.Protocol, Margin(g.Rows, method, paperBot)))];

    private IEnumerable<(string Family, bool HeldOut, string Protocol, List<EvaluationRow> Rows)> Groups() =>
        Rows.GroupBy(r => (r.Family, r.HeldOut, r.Protocol)).Select(g => (g.Key.Family, g.Key.HeldOut, g.Key.Protocol, g.ToList()));

    private static double Margin(List<EvaluationRow> rows, string method, string paperBot = RecommenderEvaluation.PaperBotName) =>
        rows.Single(r => r.Method == paperBot).PrecisionAt10 - rows.Single(r => r.Method == method).PrecisionAt10;

    private static string Points(double margin) => (100 * margin).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);
}
