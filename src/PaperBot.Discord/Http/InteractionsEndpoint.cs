using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PaperBot.Adapters;

namespace PaperBot.Discord.Http;

/// <summary>
/// One POST from Discord: verify the signature over the raw body, answer PING inline, otherwise start the shared
/// <see cref="IInteractionHandler"/> in the background and answer 202 (the handler replies through the callback).
/// </summary>
internal sealed class InteractionsEndpoint
{
    internal const string SignatureHeader = "X-Signature-Ed25519";
    internal const string TimestampHeader = "X-Signature-Timestamp";
    private const int PingType = 1;

    private static readonly byte[] Pong = """{"type":1}"""u8.ToArray();

    private readonly Ed25519RequestVerifier verifier;
    private readonly InteractionWorkTracker tracker;
    private readonly InteractionsEndpointSettings settings;
    private readonly TimeProvider timeProvider;
    private readonly IServiceScopeFactory scopes;
    private readonly ILogger logger;

    public InteractionsEndpoint(IServiceProvider services)
    {
        const string Hint = "call services.AddDiscordInteractionsEndpoint(publicKeyHex) before mapping the endpoint";
        verifier = services.GetService<Ed25519RequestVerifier>()
            ?? throw new InvalidOperationException($"No {nameof(Ed25519RequestVerifier)} is registered; {Hint}.");
        tracker = services.GetService<InteractionWorkTracker>()
            ?? throw new InvalidOperationException($"No {nameof(InteractionWorkTracker)} is registered; {Hint}.");
        if (services.GetService<IServiceProviderIsService>() is { } isService && !isService.IsService(typeof(IInteractionHandler)))
        {
            throw new InvalidOperationException($"No {nameof(IInteractionHandler)} is registered for the Discord interactions endpoint.");
        }

        settings = services.GetService<InteractionsEndpointSettings>() ?? InteractionsEndpointSettings.Default;
        timeProvider = services.GetService<TimeProvider>() ?? TimeProvider.System;
        scopes = services.GetRequiredService<IServiceScopeFactory>();
        logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("PaperBot.Discord.Http.InteractionsEndpoint");
    }

    public async Task HandleAsync(HttpContext context)
    {
        var aborted = context.RequestAborted;
        var body = await RawBodyReader.ReadAsync(context.Request.Body, context.Request.ContentLength, settings.MaxBodyBytes, aborted);
        if (body is null)
        {
            InteractionsLog.Rejected(logger, "body too large");
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        // Verified over the exact bytes received, before any parsing; a 401 says nothing about why.
        var headers = context.Request.Headers;
        if (!verifier.Verify(headers[TimestampHeader], headers[SignatureHeader], body))
        {
            InteractionsLog.Rejected(logger, "bad or missing signature");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (!TryParse(body, out var interaction, out var type))
        {
            InteractionsLog.Rejected(logger, "not an interaction object");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (type == PingType)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = Pong.Length;
            await context.Response.Body.WriteAsync(Pong, aborted);
            return;
        }

        // The handler gets the tracker's token, not RequestAborted: the request ends with the 202, the work does not.
        var work = tracker.Run(cancellationToken => RunHandlerAsync(interaction, type, cancellationToken));
        try
        {
            await work.WaitAsync(settings.HandlerWait, timeProvider, aborted);
        }
        catch (TimeoutException)
        {
            // Still running (it has deferred or will): answer now and let it finish in the background.
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // Discord hung up; nobody reads the answer, and the handler carries on regardless.
            return;
        }

        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    private async Task RunHandlerAsync(JsonElement interaction, int type, CancellationToken cancellationToken)
    {
        var id = interaction.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String
            ? idElement.GetString()
            : null;
        try
        {
            // A scope per interaction, so a scoped handler lives as long as its work rather than the request.
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<IInteractionHandler>();
            await handler.HandleAsync(interaction, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            InteractionsLog.HandlerCancelled(logger, id);
        }
        catch (Exception exception)
        {
            InteractionsLog.HandlerFailed(logger, exception, id, type);
        }
    }

    private static bool TryParse(byte[] body, out JsonElement interaction, out int type)
    {
        interaction = default;
        type = 0;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var typeElement)
                || typeElement.ValueKind != JsonValueKind.Number
                || !typeElement.TryGetInt32(out type))
            {
                return false;
            }

            // Cloned so the element outlives the document and the request.
            interaction = root.Clone();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
