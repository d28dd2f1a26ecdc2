using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PaperBot.Discord.Fake.Rest;

/// <summary>A stateful stand-in for Discord's REST API on 127.0.0.1, keeping Discord's documented behaviour:
/// messages with nonce dedupe, DM channels, interaction callbacks and webhook edits, command overwrites,
/// reactions, the global and per-channel rate limits with real headers, and Discord's validation errors.
/// Failures can be scripted. Thread-safe.</summary>
public sealed partial class FakeDiscordRest : IAsyncDisposable
{
    private const string ApiPrefix = "/api/v10";
    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly Snowflakes snowflakes;
    private readonly FakeRateLimits limits;
    private readonly FakeFailureScript script = new();
    private readonly List<(string Pattern, TimeSpan Delay)> answerDelays = [];
    private readonly List<FakeRequest> requests = [];
    private readonly List<FakeHold> holds = [];
    private int rateLimitedCount;
    private int globalRateLimitedCount;

    private FakeDiscordRest(WebApplication app, FakeDiscordRestOptions options)
    {
        this.app = app;
        Options = options;
        snowflakes = new Snowflakes(options.Time);
        limits = new FakeRateLimits(options.Time);
    }

    public FakeDiscordRestOptions Options { get; }

    /// <summary>The API root including the version, e.g. <c>http://127.0.0.1:53211/api/v10</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeDiscordRest> StartAsync(FakeDiscordRestOptions? options, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeDiscordRest(app, options ?? new FakeDiscordRestOptions());
        app.Run(fake.HandleAsync);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        fake.BaseUrl = address.TrimEnd('/') + ApiPrefix;
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    // ---- Scripting -------------------------------------------------------------------------------------------

    /// <summary>The next <paramref name="count"/> requests matching <paramref name="routePattern"/>
    /// (e.g. <c>"POST /channels/*/messages"</c>) answer <paramref name="status"/>, with a Discord error code if given.</summary>
    public void FailNext(string routePattern, int count, int status = 500, int? code = null, string? message = null) =>
        script.Add(routePattern, count, new FakeFailure(status, code, message, DropAfterAction: false));

    /// <summary>The next <paramref name="count"/> matching requests are carried out, then the connection is closed
    /// without an answer: "sent, but the answer was lost".</summary>
    public void DropResponseAfterActionNext(string routePattern, int count = 1) =>
        script.Add(routePattern, count, new FakeFailure(0, null, null, DropAfterAction: true));

    /// <summary>From now on, requests matching <paramref name="routePattern"/> are carried out at once and answered
    /// only after <paramref name="delay"/>: a slow Discord, so that a client can be stopped with a send in flight.</summary>
    public void DelayAnswers(string routePattern, TimeSpan delay)
    {
        lock (gate)
            answerDelays.Add((routePattern, delay));
    }

    /// <summary>Messages to this user's DM channel get 403 50007, as for a user who closed DMs.</summary>
    public void CloseDms(ulong userId)
    {
        lock (gate)
            closedDmUsers.Add(userId);
    }

    /// <summary>The channel disappears: requests to it get 404 10003.</summary>
    public void DeleteChannel(ulong channelId)
    {
        lock (gate)
            channels.Remove(channelId);
    }

    /// <summary>Callbacks and webhook calls with this interaction token get 404 10062, as after the 3 s deadline.</summary>
    public void ExpireInteraction(string interactionToken)
    {
        lock (gate)
            expiredInteractions.Add(interactionToken);
    }

    /// <summary>Holds the next request matching <paramref name="routePattern"/> until the test releases it.</summary>
    public FakeHold HoldNext(string routePattern)
    {
        var hold = new FakeHold(routePattern);
        lock (gate)
            holds.Add(hold);
        return hold;
    }

    // ---- Counters and recorded requests ----------------------------------------------------------------------

    public IReadOnlyList<FakeRequest> Requests
    {
        get
        {
            lock (gate)
                return [.. requests];
        }
    }

    /// <summary>Recorded requests matching a pattern such as <c>"POST /users/@me/channels"</c>.</summary>
    public IReadOnlyList<FakeRequest> RequestsTo(string routePattern) =>
        Requests.Where(r => FakeFailureScript.Matches(routePattern, r.Method, Segments(r.Path))).ToList();

    public int RateLimitedCount => Volatile.Read(ref rateLimitedCount);

    public int GlobalRateLimitedCount => Volatile.Read(ref globalRateLimitedCount);

    // ---- The request pipeline --------------------------------------------------------------------------------

    private async Task HandleAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(ct);
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith(ApiPrefix, StringComparison.Ordinal))
        {
            await WriteErrorAsync(context, 404, 0, "404: Not Found");
            return;
        }
        path = path[ApiPrefix.Length..];
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var request = new FakeRequest(
            context.Request.Method,
            path,
            rawTarget.StartsWith(ApiPrefix, StringComparison.Ordinal) ? rawTarget[ApiPrefix.Length..] : rawTarget,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body);
        lock (gate)
            requests.Add(request);

        var segments = Segments(path);
        var method = context.Request.Method;
        FakeHold? hold;
        lock (gate)
        {
            hold = holds.FirstOrDefault(h => FakeFailureScript.Matches(h.RoutePattern, method, segments));
            if (hold is not null)
                holds.Remove(hold);
        }
        if (hold is not null && !await hold.WaitAsync(ct))
            return;
        if (Options.RequiredToken is { } token
            && !string.Equals(request.Header("Authorization"), "Bot " + token, StringComparison.Ordinal))
        {
            await WriteErrorAsync(context, 401, 0, "401: Unauthorized");
            return;
        }
        if (!await PassesRateLimitsAsync(context, request, segments))
            return;

        var failure = script.Take(method, segments);
        if (failure is { DropAfterAction: false })
        {
            await WriteErrorAsync(context, failure.Status, failure.Code ?? 0, failure.Message ?? "Scripted failure");
            return;
        }
        if (body.Length > 0 && context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            await WriteErrorAsync(context, 400, 50035, "Invalid Form Body");
            return;
        }

        var answer = Route(method, segments, request, context.Request.Query);
        if (AnswerDelay(method, segments) is { } delay && !await WaitAsync(delay, ct))
            return; // the client went away while its request was being "slowly" answered
        if (failure is { DropAfterAction: true })
        {
            context.Abort(); // the action happened; the caller never hears about it
            return;
        }
        await answer.WriteAsync(context);
    }

    private static async Task<bool> WaitAsync(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, ct);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private TimeSpan? AnswerDelay(string method, string[] segments)
    {
        lock (gate)
            return answerDelays.Where(d => FakeFailureScript.Matches(d.Pattern, method, segments)).Select(d => (TimeSpan?)d.Delay).LastOrDefault();
    }

    private async Task<bool> PassesRateLimitsAsync(HttpContext context, FakeRequest request, string[] segments)
    {
        var isInteraction = segments is ["interactions", ..];
        if (!isInteraction)
        {
            var global = limits.Take("global:" + request.Header("Authorization"), Options.GlobalLimitPerSecond, TimeSpan.FromSeconds(1));
            if (!global.Allowed)
            {
                Interlocked.Increment(ref rateLimitedCount);
                Interlocked.Increment(ref globalRateLimitedCount);
                context.Response.Headers["X-RateLimit-Global"] = "true";
                context.Response.Headers["X-RateLimit-Scope"] = "global";
                await WriteRateLimitedAsync(context, global.ResetAfter, isGlobal: true);
                return false;
            }
        }

        var (bucket, major, limit, window) = BucketOf(request.Method, segments);
        var taken = limits.Take(bucket + ":" + major, limit, window);
        limits.WriteBucketHeaders(context.Response, bucket, limit, taken.Remaining, taken.ResetAfter);
        if (taken.Allowed)
            return true;
        Interlocked.Increment(ref rateLimitedCount);
        context.Response.Headers["X-RateLimit-Scope"] = "user";
        await WriteRateLimitedAsync(context, taken.ResetAfter, isGlobal: false);
        return false;
    }

    /// <summary>Message creation is limited per channel; every other route per route shape and top-level resource.</summary>
    private (string Bucket, string Major, int Limit, TimeSpan Window) BucketOf(string method, string[] segments)
    {
        if (method == "POST" && segments is ["channels", var channel, "messages"])
            return ("channel-messages-create", channel, Options.ChannelMessageLimit, Options.ChannelMessageWindow);
        var major = segments is [("channels" or "guilds" or "webhooks" or "interactions"), var id, ..] ? id : "";
        var shape = string.Join('/', segments.Select(s => s.All(char.IsAsciiDigit) ? "{id}" : s));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(method + shape)))[..12];
        return (hash, major, Options.OtherRouteLimit, Options.OtherRouteWindow);
    }

    private static async Task WriteRateLimitedAsync(HttpContext context, TimeSpan retryAfter, bool isGlobal)
    {
        var seconds = Math.Max(1, Math.Ceiling(retryAfter.TotalMilliseconds)) / 1000;
        context.Response.Headers["Retry-After"] = Math.Ceiling(seconds).ToString(CultureInfo.InvariantCulture);
        var body = new JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = seconds,
            ["global"] = isGlobal,
        };
        await new FakeAnswer(429, body).WriteAsync(context);
    }

    private static Task WriteErrorAsync(HttpContext context, int status, int code, string message) =>
        FakeAnswer.Error(status, code, message).WriteAsync(context);

    private static string[] Segments(string path) => path.Trim('/').Split('/');
}

/// <summary>A status with an optional JSON body.</summary>
internal sealed record FakeAnswer(int Status, JsonNode? Body)
{
    public static FakeAnswer NoContent { get; } = new(204, null);

    public static FakeAnswer Error(int status, int code, string message, JsonObject? errors = null)
    {
        var body = new JsonObject { ["message"] = message, ["code"] = code };
        if (errors is not null)
            body["errors"] = errors;
        return new(status, body);
    }

    public async Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = Status;
        if (Body is null)
            return;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Body.ToJsonString(), context.RequestAborted);
    }
}
