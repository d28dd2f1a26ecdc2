using System.Globalization;
using System.Text;

namespace PaperBot.Benchmarks;

/// <summary>A benchmark's figures as a two-column Markdown table, plus whether its checks (nothing lost, exactly once) passed.</summary>
public sealed class ResultTable(string title)
{
    private readonly List<(string Measure, string Value)> rows = [];
    private readonly List<string> failures = [];

    public bool Passed => failures.Count == 0;

    public ResultTable Row(string measure, FormattableString value)
    {
        rows.Add((measure, value.ToString(CultureInfo.InvariantCulture)));
        return this;
    }

    /// <summary>A check: a row saying "ok" or what went wrong; a failed check fails the run.</summary>
    public ResultTable Check(string measure, bool ok, FormattableString? problem = null)
    {
        var text = ok ? "ok" : "FAILED: " + (problem?.ToString(CultureInfo.InvariantCulture) ?? "check failed");
        if (!ok)
            failures.Add(measure);
        rows.Add((measure, text));
        return this;
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"{title}").AppendLine().AppendLine("| measure | value |").AppendLine("|---|---|");
        foreach (var (measure, value) in rows)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {measure} | {value} |");
        return text.ToString();
    }
}
