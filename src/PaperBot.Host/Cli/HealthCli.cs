using System.CommandLine;

namespace PaperBot.Host.Cli;

/// <summary><c>paperbot health</c>: asks a running bot's <c>/healthz</c>, for Docker's HEALTHCHECK (the runtime image has
/// no curl). Exit 0 when it answers ok, 1 otherwise, with the reason on standard error.</summary>
public static class HealthCli
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public static Command Create()
    {
        // System.CommandLine has no parser of its own for Uri; an address that is not http(s) is a usage error (exit 1).
        var url = new Option<Uri>("--url")
        {
            Description = "The listener's health address (default http://127.0.0.1:8080/healthz, as Http:Enabled listens)",
            DefaultValueFactory = _ => new Uri(Http.HttpOptions.LoopbackUrls + "/healthz"),
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
                    return parsed;
                result.AddError($"--url must be an http(s) address such as http://127.0.0.1:8080/healthz, not '{text}'.");
                return null;
            },
        };
        var command = new Command("health", "Exit 0 when the running bot's HTTP listener answers /healthz with ok.") { url };
        command.SetAction((parse, ct) => CheckAsync(parse.GetRequiredValue(url), ct));
        return command;
    }

    public static async Task<int> CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = Patience };
        try
        {
            using var response = await http.GetAsync(url, cancellationToken);
            var body = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
            if (response.IsSuccessStatusCode && body == "ok")
                return 0;
            await Console.Error.WriteLineAsync($"{url} answered {(int)response.StatusCode}: {body}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"{url} did not answer: {ex.Message}");
        }
        return 1;
    }
}
