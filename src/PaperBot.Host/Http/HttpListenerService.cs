using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using PaperBot.Core.Monitoring;
using PaperBot.Discord.Http;
using PaperBot.Slack.Http;

namespace PaperBot.Host.Http;

/// <summary>Kestrel on the configured addresses, beside the bot in the same process: <c>/healthz</c>, <c>/readyz</c> and
/// <c>/metrics</c> (Prometheus, through OpenTelemetry) always, Discord's interactions endpoint when the Discord adapter
/// registered its verifier, and Slack's request URL when the Slack adapter registered its endpoint (a signing secret is
/// set). The listener has its own small container; the services it answers with are the bot's own instances.</summary>
internal sealed class HttpListenerService(IServiceProvider bot, IOptions<HttpOptions> options, ILogger<HttpListenerService> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(bot.GetRequiredService<ILoggerFactory>());
        builder.Services.AddRouting();
        builder.WebHost.UseUrls([.. options.Value.Addresses]);
        builder.Services.AddSingleton(bot.GetRequiredService<ReadinessProbe>());
        // Every scrape reads the instruments afresh: the exporter's default cache would answer with the previous scrape.
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(PaperBotMetrics.MeterName)
            .AddPrometheusExporter(exporter => exporter.ScrapeResponseCacheDurationMilliseconds = 0));
        var verifier = bot.GetService<Ed25519RequestVerifier>();
        var discord = verifier is not null;
        if (verifier is not null)
        {
            builder.Services.AddSingleton(verifier);
            builder.Services.AddSingleton(bot.GetRequiredService<InteractionWorkTracker>());
            builder.Services.AddSingleton(bot.GetRequiredService<IInteractionHandler>());
        }
        var slack = bot.GetService<SlackHttpEndpoint>();
        if (slack is not null)
            builder.Services.AddSingleton(slack);
        app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("ok", "text/plain"));
        app.MapGet("/readyz", async (ReadinessProbe readiness, CancellationToken ct) =>
        {
            var report = await readiness.CheckAsync(ct);
            return Results.Json(report, statusCode: report.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        app.MapPrometheusScrapingEndpoint("/metrics");
        if (discord)
            app.MapDiscordInteractions(options.Value.DiscordInteractionsPath);
        if (slack is not null)
            app.MapSlackRequests(options.Value.SlackRequestsPath);
        await app.StartAsync(cancellationToken);
        logger.LogInformation("Listening on {Urls}{Discord}{Slack}", string.Join(", ", app.Urls),
            discord ? $"; Discord interactions at {options.Value.DiscordInteractionsPath}" : "",
            slack is not null ? $"; Slack requests at {options.Value.SlackRequestsPath}" : "");
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
            await app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
            await app.DisposeAsync();
    }
}
