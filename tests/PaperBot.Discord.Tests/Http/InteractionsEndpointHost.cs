using PaperBot.TestKit;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperBot.Discord.Http;

namespace PaperBot.Discord.Tests.Http;

/// <summary>A real Kestrel app on 127.0.0.1 with the interactions endpoint and a recording handler.</summary>
internal sealed class InteractionsEndpointHost : IAsyncDisposable
{
    public const string Path = "/discord/interactions";

    private readonly WebApplication app;

    private InteractionsEndpointHost(WebApplication app, RecordingInteractionHandler handler, ListLoggerProvider logs, HttpClient client)
    {
        this.app = app;
        Handler = handler;
        Logs = logs;
        Client = client;
    }

    public RecordingInteractionHandler Handler { get; }

    public ListLoggerProvider Logs { get; }

    public HttpClient Client { get; }

    public InteractionWorkTracker Tracker => app.Services.GetRequiredService<InteractionWorkTracker>();

    /// <param name="verifierClock">The verifier's clock (a fake one, so recorded timestamps stay fresh).</param>
    /// <param name="settings">Endpoint limits; the production defaults when null.</param>
    /// <param name="shutdownTimeout">How long stopping the host waits for in-flight handlers.</param>
    public static async Task<InteractionsEndpointHost> StartAsync(
        string publicKeyHex,
        TimeProvider verifierClock,
        InteractionsEndpointSettings? settings = null,
        TimeSpan? shutdownTimeout = null,
        CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var logs = new ListLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs);
        var handler = new RecordingInteractionHandler();
        builder.Services.AddSingleton<IInteractionHandler>(handler);
        builder.Services.AddDiscordInteractionsEndpoint(publicKeyHex, verifierClock);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = shutdownTimeout ?? TimeSpan.FromSeconds(5));
        if (settings is not null)
        {
            builder.Services.AddSingleton(settings);
        }

        var app = builder.Build();
        app.MapDiscordInteractions(Path);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(10) };
        return new InteractionsEndpointHost(app, handler, logs, client);
    }

    /// <summary>POSTs <paramref name="body"/> with the given signature headers (a null one is left out).</summary>
    public async Task<HttpResponseMessage> PostAsync(byte[] body, string? timestamp, string? signature, bool chunked = false, CancellationToken cancellationToken = default)
    {
        HttpContent content = chunked ? new StreamContent(new UnknownLengthStream(body)) : new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = content };
        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        }

        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        }

        return await Client.SendAsync(request, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken = default) => app.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>A stream whose length HttpClient cannot see, so the body goes out chunked (no Content-Length).</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
