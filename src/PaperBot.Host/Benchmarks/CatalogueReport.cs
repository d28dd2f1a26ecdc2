using System.Globalization;
using System.Text;

namespace PaperBot.Host.Benchmarks;

/// <summary>The table <c>paperbot bench catalogue</c> prints, with the machine's load beside it (the figures depend on it).</summary>
internal static class CatalogueReport
{
    private const double MiB = 1024 * 1024;

    public static string ToTable(CatalogueBenchmark.Result result)
    {
        var (first, search) = (result.FirstSearch, result.Search);
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"""
            | measure | value |
            |---|---|
            | papers in the catalogue | {result.Papers:N0} |

            """);
        if (result.Ingest is { } ingest)
        {
            table.Append(CultureInfo.InvariantCulture, $"""
                | snapshot file (JSON lines) | {ingest.SnapshotBytes / MiB:N0} MiB |
                | `paperbot ingest` time, process start to exit | {ingest.Elapsed.TotalSeconds:0.0} s ({ingest.ProcessorTime.TotalSeconds:0.0} s of processor time) |
                | ingest throughput | {result.Papers / ingest.Elapsed.TotalSeconds:N0} papers/s |
                | ingest peak working set (VmHWM) | {ingest.PeakWorkingSetBytes / MiB:N0} MiB |

                """);
        }
        table.Append(CultureInfo.InvariantCulture, $"""
            | searches timed (top 10, fixed mix), right after start then as many others | {first.Queries:N0} + {search.Queries:N0} |
            | first searches after start: p50 / p99, mean / max | {first.P50Ms:0.00} / {first.P99Ms:0.00} ms, {first.MeanMs:0.00} / {first.MaxMs:0.00} ms |
            | search p50 / p99 (the next searches) | {search.P50Ms:0.00} / {search.P99Ms:0.00} ms |
            | search mean / max | {search.MeanMs:0.00} / {search.MaxMs:0.00} ms |

            """);
        if (result.Bot is { } bot)
        {
            table.Append(CultureInfo.InvariantCulture, $"""
                | people / thumbs | {bot.People:N0} / {bot.Thumbs:N0} |
                | `paperbot train` time / peak working set | {bot.TrainTime.TotalSeconds:0.0} s / {bot.TrainPeakBytes / MiB:N0} MiB |
                | `paperbot run`, process start to the chat's banner | {bot.StartTime.TotalSeconds:0.00} s |
                | bot working set once settled / peak | {bot.SettledBytes / MiB:N0} / {bot.PeakBytes / MiB:N0} MiB |

                """);
        }
        table.Append(CultureInfo.InvariantCulture, $"| load average at the end (1 / 5 / 15 min) | {LoadAverage()} |");
        return table.ToString();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
