using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PaperBot.Adapters;
using PaperBot.Slack.Hosting;
using PaperBot.Slack.SocketMode;

namespace PaperBot.Slack.Http;

/// <summary>Slack's requests in HTTP mode, one URL for all: every request is verified over its raw body first (401
/// otherwise), then turned into the envelope Socket Mode would have brought and handed to the same
/// <see cref="SlackInbound"/>. Events and interactions are answered 200 before any work; a slash command's request
/// waits briefly for its reply, which then is the response body (as Socket Mode's ack payload is); Slack's retries of an
/// event already taken are answered 200 and dropped by <c>event_id</c>.</summary>
public sealed class SlackHttpEndpoint
{
    internal const string TimestampHeader = "X-Slack-Request-Timestamp";
    internal const string SignatureHeader = "X-Slack-Signature";
    internal const string RetryNumHeader = "X-Slack-Retry-Num";
    internal const string RetryReasonHeader = "X-Slack-Retry-Reason";

    private readonly SlackRequestVerifier verifier;
    private readonly SlackInbound inbound;
    private readonly SlackHttpSettings settings;
    private readonly RecentIds seenEvents;
    private readonly CancellationToken stopping;
    private readonly ILogger logger;
    private long requests;

    internal SlackHttpEndpoint(SlackRequestVerifier verifier, SlackInbound inbound, SlackHttpSettings settings, ILogger<SlackHttpEndpoint> logger, CancellationToken stopping)
    {
        this.verifier = verifier;
        this.inbound = inbound;
        this.settings = settings;
        this.stopping = stopping;
        this.logger = logger;
        // Real time: Slack's retries are the wire's, whatever clock the app runs on.
        seenEvents = new RecentIds(settings.DedupeCapacity, settings.DedupeWindow, TimeProvider.System);
    }

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await RawBodyReader.ReadAsync(request.Body, request.ContentLength, settings.MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            Refuse(context, StatusCodes.Status413PayloadTooLarge, $"the body is larger than {settings.MaxBodyBytes} bytes");
            return;
        }

        // Verified over the exact bytes received, before any parsing; a 401 says nothing about why.
        if (!verifier.Verify(request.Headers[TimestampHeader], request.Headers[SignatureHeader], body))
        {
            Refuse(context, StatusCodes.Status401Unauthorized, "bad or missing signature, or a timestamp outside 300 s");
            return;
        }

        var read = SlackRequestBody.Read(request.ContentType, body);
        switch (read.Kind)
        {
            case SlackRequestKind.Malformed:
                Refuse(context, StatusCodes.Status400BadRequest, read.Detail);
                return;
            case SlackRequestKind.UrlVerification:
                await RespondAsync(context, System.Text.Encoding.UTF8.GetBytes(new JsonObject { ["challenge"] = read.Detail }.ToJsonString()));
                return;
            case SlackRequestKind.Nothing:
                logger.LogDebug("Slack request of type {Type} answered without work", read.Detail);
                return;
        }

        var (retry, reason) = RetryOf(request.Headers);
        if (read.EventId is { } eventId && !seenEvents.TryAdd(eventId))
        {
            logger.LogInformation("Slack: event {EventId} dropped, already taken (retry {Retry}, {Reason})", eventId, retry, reason);
            return;
        }
        if (retry > 0)
            logger.LogInformation("Slack: event {EventId} arrived as retry {Retry} ({Reason}) and is taken now", read.EventId, retry, reason);

        var answer = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        var envelope = new SlackEnvelope(read.Type, read.Detail, read.EventId ?? $"http-{Interlocked.Increment(ref requests)}", read.Payload,
            AcceptsResponsePayload: read.Type == SlackEnvelopeType.SlashCommands, retry, reason, read.EventId)
        {
            Ack = EnvelopeAck.InResponse((bytes, _) => Task.FromResult(answer.TrySetResult(bytes))),
        };
        // As on the socket: what cannot carry a reply is acked before anyone works on it.
        if (!envelope.AcceptsResponsePayload)
            await envelope.AckAsync(null, CancellationToken.None);
        var started = inbound.DispatchAsync(envelope, stopping);
        try
        {
            await RespondAsync(context, await AnswerAsync(envelope, answer.Task));
        }
        finally
        {
            await StartedAsync(started, envelope);
        }
    }

    /// <summary>The ack's body once the handler gives it, or empty at <see cref="SlackHttpSettings.AckWithin"/>.</summary>
    private async Task<byte[]> AnswerAsync(SlackEnvelope envelope, Task<byte[]> answer)
    {
        try
        {
            // Slack's deadline is the wire's, so real time.
            return await answer.WaitAsync(settings.AckWithin, TimeProvider.System);
        }
        catch (TimeoutException)
        {
            // Claims the ack, unless the handler has just claimed it: then its answer is a moment away.
            await envelope.AckAsync(null, CancellationToken.None);
            return await answer;
        }
    }

    private async Task StartedAsync(Task started, SlackEnvelope envelope)
    {
        try
        {
            await started;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            logger.LogWarning("Slack: {Type} request {Envelope} was acknowledged but not handled: PaperBot is stopping", envelope.RawType, envelope.EnvelopeId);
        }
    }

    private static (int Retry, string? Reason) RetryOf(IHeaderDictionary headers) =>
        (int.TryParse(headers[RetryNumHeader], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var retry) ? retry : 0,
            headers[RetryReasonHeader] is { Count: > 0 } reason ? reason.ToString() : null);

    private static async Task RespondAsync(HttpContext context, byte[] body)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        if (body.Length == 0)
            return;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private void Refuse(HttpContext context, int status, string reason)
    {
        logger.LogWarning("Slack request to {Path} refused with {Status}: {Reason}", context.Request.Path, status, reason);
        context.Response.StatusCode = status;
        // What was refused once would be refused again; Slack's retries would only add to its failure count.
        context.Response.Headers["X-Slack-No-Retry"] = "1";
    }
}
