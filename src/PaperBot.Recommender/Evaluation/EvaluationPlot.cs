using ScottPlot;

namespace PaperBot.Recommender.Evaluation;

/// <summary>A grouped bar chart of precision@10: one group per family and protocol, one bar per method.</summary>
internal static class EvaluationPlot
{
    public static void Write(IReadOnlyList<EvaluationRow> rows, string path)
    {
        var methods = rows.Select(r => r.Method).Distinct().ToList();
        var groups = rows.Select(r => (r.Family, r.Protocol)).Distinct().ToList();
        var palette = new ScottPlot.Palettes.Category10();
        var plot = new Plot();
        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        for (var g = 0; g < groups.Count; g++)
        {
            var start = g * (methods.Count + 1);
            for (var m = 0; m < methods.Count; m++)
            {
                var row = rows.FirstOrDefault(r => (r.Family, r.Protocol) == groups[g] && r.Method == methods[m]);
                if (row is null)
                    continue;
                bars.Add(new Bar
                {
                    Position = start + m,
                    Value = row.PrecisionAt10,
                    FillColor = palette.GetColor(m),
                });
            }
            ticks.Add(new Tick(start + (methods.Count - 1) / 2.0, $"{groups[g].Family}, {(groups[g].Protocol == RecommenderEvaluation.Fresh ? "fresh" : "in-matrix")}"));
        }
        plot.Add.Bars(bars);
        // Long family names: slanted, with room below the axis for them.
        plot.Axes.Bottom.TickLabelStyle.Rotation = 30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 150;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray());
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Margins(bottom: 0, top: 0.15);
        // Room above the ceiling's bars for the legend, and on the right for the last slanted label.
        plot.Axes.SetLimitsY(0, 1.2);
        plot.Axes.Right.MinimumSize = 140;
        plot.YLabel("precision@10");
        plot.Title("Precision@10 per family of simulated readers (higher is better)");
        for (var m = 0; m < methods.Count; m++)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = methods[m], FillColor = palette.GetColor(m) });
        plot.Legend.Alignment = Alignment.UpperCenter;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend();
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        plot.SavePng(path, 1600, 800);
    }
}
