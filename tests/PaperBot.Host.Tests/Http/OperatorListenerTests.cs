using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperBot.Host.Tests.Terminal;
using PaperBot.TestKit;

namespace PaperBot.Host.Tests.Http;

/// <summary>The operator's listener on a real socket: health, readiness and the Prometheus scrape of a fresh terminal bot.</summary>
public sealed partial class OperatorListenerTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly HttpClient http = new() { Timeout = Waiting.Patience };

    public void Dispose()
    {
        http.Dispose();
        folder.Dispose();
    }

    [Fact]
    public async Task A_fresh_bot_is_alive_ready_without_a_model_and_its_metrics_count_a_rating_and_a_search()
    {
        var url = FreePort.LoopbackUrl();
        var input = new ScriptedInput();
        var output = new SharedStringWriter();
        using var host = TerminalHost.Build(folder.File("paperbot.db"), input, output, settings: new Dictionary<string, string?> { ["Http:Urls"] = url });
        await host.StartAsync();
        input.Type("/papers search spiking neural networks");
        input.Type("+1 1");
        await Waiting.UntilAsync(() => output.ToString().Contains("👍 noted", StringComparison.Ordinal), "the thumb");

        Assert.Equal("ok", await http.GetStringAsync(new Uri(url + "/healthz")));

        using var ready = await http.GetAsync(new Uri(url + "/readyz"));
        var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.True(ready.StatusCode == HttpStatusCode.OK, report.ToString());
        Assert.True(report.GetProperty("ready").GetBoolean());
        var checks = report.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("detail").GetString()!);
        Assert.Equal(["database", "model", "search", "terminal"], checks.Keys);
        Assert.Equal("open, 1 ratings", checks["database"]);
        Assert.StartsWith("no model yet: 1 ratings, training needs 50", checks["model"], StringComparison.Ordinal);
        Assert.Equal("index open", checks["search"]);

        var metrics = await http.GetStringAsync(new Uri(url + "/metrics"));
        Assert.True(Value(metrics, "paperbot_ratings_stored_total", "platform=\"terminal\",source=\"command\"") >= 1, metrics);
        Assert.True(Value(metrics, "paperbot_search_duration_seconds_count", "") >= 1, metrics);
        Assert.True(Value(metrics, "paperbot_search_duration_seconds_bucket", "le=\"+Inf\"") >= 1, metrics);
        Assert.Contains("# TYPE paperbot_search_duration_seconds histogram", metrics, StringComparison.Ordinal);
        input.End();
        await host.StopAsync();
    }

    /// <summary>The value of the first series of <paramref name="name"/> whose labels contain <paramref name="labels"/>.</summary>
    private static double Value(string scrape, string name, string labels)
    {
        var line = scrape.Split('\n').FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal) && Series().IsMatch(l) && l.Contains(labels, StringComparison.Ordinal));
        Assert.True(line is not null, $"no {name} {{{labels}}} in\n{scrape}");
        return double.Parse(Series().Match(line).Groups["value"].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^[a-z_]+(\{.*\})? (?<value>[0-9.eE+-]+)( \d+)?\r?$")]
    private static partial Regex Series();
}
