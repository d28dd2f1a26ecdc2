using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Discord.Http;
using PaperBot.Discord.Tests.Gateway;

namespace PaperBot.Discord.Tests.Http;

/// <summary>The HTTP interactions endpoint on a real Kestrel listener: verify, PING, hand over, 202.</summary>
public sealed class InteractionsEndpointTests
{
    private static readonly PingTestVector Vector = PingTestVector.Load();
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    // xunit 2 has no per-test token; this bounds every await in a test instead.
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(30));

    private CancellationToken Ct => timeout.Token;

    [Fact]
    public async Task Recorded_ping_vector_gets_pong_as_json_and_never_reaches_the_handler()
    {
        await using var host = await InteractionsEndpointHost.StartAsync(Vector.PublicKeyHex, new FakeTimeProvider(Vector.SignedAt), cancellationToken: Ct);

        using var response = await host.PostAsync(Vector.Body, Vector.Timestamp, Vector.Signature, cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync(Ct));
        Assert.Empty(host.Handler.Calls);
    }

    public static TheoryData<string> RejectedCases() =>
    [
        "tampered body", "tampered timestamp", "tampered signature", "short signature", "long signature",
        "non-hex signature", "no signature header", "no timestamp header", "no headers",
    ];

    [Theory]
    [MemberData(nameof(RejectedCases))]
    public async Task Bad_or_missing_signatures_get_401_with_no_body_and_never_reach_the_handler(string @case)
    {
        await using var host = await InteractionsEndpointHost.StartAsync(Vector.PublicKeyHex, new FakeTimeProvider(Vector.SignedAt), cancellationToken: Ct);
        var flipped = (Vector.Signature[^1] == '0' ? Vector.Signature[..^1] + "1" : Vector.Signature[..^1] + "0");
        var (body, timestamp, signature) = @case switch
        {
            "tampered body" => (Vector.TamperedBody, Vector.Timestamp, Vector.Signature),
            "tampered timestamp" => (Vector.Body, Vector.TamperedTimestamp, Vector.Signature),
            "tampered signature" => (Vector.Body, Vector.Timestamp, flipped),
            "short signature" => (Vector.Body, Vector.Timestamp, Vector.Signature[..^2]),
            "long signature" => (Vector.Body, Vector.Timestamp, Vector.Signature + "00"),
            "non-hex signature" => (Vector.Body, Vector.Timestamp, "xy" + Vector.Signature[2..]),
            "no signature header" => (Vector.Body, Vector.Timestamp, null),
            "no timestamp header" => (Vector.Body, null, Vector.Signature),
            _ => (Vector.Body, (string?)null, (string?)null),
        };

        using var response = await host.PostAsync(body, timestamp, signature, cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
        await host.Tracker.WhenIdleAsync(Ct);
        Assert.Empty(host.Handler.Calls);
    }

    [Fact]
    public async Task A_validly_signed_but_stale_request_gets_401()
    {
        using var signer = new TestSigner();
        var clock = new FakeTimeProvider(Vector.SignedAt);
        await using var host = await InteractionsEndpointHost.StartAsync(signer.PublicKeyHex, clock, cancellationToken: Ct);
        var body = TestData.Bytes("discord-interaction-create-slash.json");
        var timestamp = Unix(clock.GetUtcNow() - TimeSpan.FromHours(1));

        using var response = await host.PostAsync(body, timestamp, signer.Sign(timestamp, body), cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Handler.Calls);
    }

    [Fact]
    public async Task A_signed_application_command_gets_202_and_the_handler_receives_the_same_json()
    {
        using var signer = new TestSigner();
        var clock = new FakeTimeProvider(Vector.SignedAt);
        await using var host = await InteractionsEndpointHost.StartAsync(signer.PublicKeyHex, clock, cancellationToken: Ct);
        var body = TestData.Bytes("discord-interaction-create-slash.json");
        var timestamp = Unix(clock.GetUtcNow());

        using var response = await host.PostAsync(body, timestamp, signer.Sign(timestamp, body), cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
        await host.Tracker.WhenIdleAsync(Ct).WaitAsync(Patience, Ct);
        var call = Assert.Single(host.Handler.Calls);
        Assert.True(JsonElement.DeepEquals(TestData.Payload("discord-interaction-create-slash.json"), call.Interaction));
        Assert.Equal("786008729715212338", call.Interaction.GetProperty("id").GetString());
        Assert.Equal("The Gitrog Monster", call.Interaction.GetProperty("data").GetProperty("options")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task The_handler_token_outlives_the_request_and_is_the_trackers()
    {
        using var signer = new TestSigner();
        var clock = new FakeTimeProvider(Vector.SignedAt);
        await using var host = await InteractionsEndpointHost.StartAsync(signer.PublicKeyHex, clock, cancellationToken: Ct);
        var body = TestData.Bytes("discord-interaction-create-slash.json");
        var timestamp = Unix(clock.GetUtcNow());

        using var response = await host.PostAsync(body, timestamp, signer.Sign(timestamp, body), cancellationToken: Ct);
        await host.Tracker.WhenIdleAsync(Ct).WaitAsync(Patience, Ct);

        var token = Assert.Single(host.Handler.Calls).CancellationToken;
        Assert.Equal(host.Tracker.Stopping, token);
        Assert.True(token.CanBeCanceled);
        Assert.False(token.IsCancellationRequested);
    }

    [Theory]
    [InlineData("{\"type\":2,")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("[1]")]
    [InlineData("{\"id\":\"1\"}")]
    [InlineData("{\"type\":\"2\"}")]
    public async Task Malformed_json_or_no_interaction_type_with_a_valid_signature_gets_400(string text)
    {
        using var signer = new TestSigner();
        var clock = new FakeTimeProvider(Vector.SignedAt);
        await using var host = await InteractionsEndpointHost.StartAsync(signer.PublicKeyHex, clock, cancellationToken: Ct);
        var body = Encoding.UTF8.GetBytes(text);
        var timestamp = Unix(clock.GetUtcNow());

        using var response = await host.PostAsync(body, timestamp, signer.Sign(timestamp, body), cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Handler.Calls);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_over_one_mebibyte_gets_413_with_or_without_content_length(bool chunked)
    {
        using var signer = new TestSigner();
        var clock = new FakeTimeProvider(Vector.SignedAt);
        await using var host = await InteractionsEndpointHost.StartAsync(signer.PublicKeyHex, clock, cancellationToken: Ct);
        var body = PaddedInteraction(InteractionsEndpointSettings.Default.MaxBodyBytes + 1);
        var timestamp = Unix(clock.GetUtcNow());

        using var response = await host.PostAsync(body, timestamp, signer.Sign(timestamp, body), chunked, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Handler.Calls);
    }

    [Fact]
    public async Task A_body_of_exactly_one_mebibyte_is_accepted()
    {
        using var signer = new TestSigner();
        var clock = new FakeTimeProvider(Vector.SignedAt);
        await using var host = await InteractionsEndpointHost.StartAsync(signer.PublicKeyHex, clock, cancellationToken: Ct);
        var body = PaddedInteraction(InteractionsEndpointSettings.Default.MaxBodyBytes);
        var timestamp = Unix(clock.GetUtcNow());

        using var response = await host.PostAsync(body, timestamp, signer.Sign(timestamp, body), chunked: true, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await host.Tracker.WhenIdleAsync(Ct).WaitAsync(Patience, Ct);
        Assert.Single(host.Handler.Calls);
    }

    [Fact]
    public async Task A_throwing_handler_still_gets_202_and_the_failure_is_logged()
    {
        using var signer = new TestSigner();
        var clock = new FakeTimeProvider(Vector.SignedAt);
        await using var host = await InteractionsEndpointHost.StartAsync(signer.PublicKeyHex, clock, cancellationToken: Ct);
        host.Handler.Behavior = (_, _) => throw new InvalidOperationException("handler exploded");
        var body = TestData.Bytes("discord-interaction-create-slash.json");
        var timestamp = Unix(clock.GetUtcNow());

        using var response = await host.PostAsync(body, timestamp, signer.Sign(timestamp, body), cancellationToken: Ct);
        await host.Tracker.WhenIdleAsync(Ct).WaitAsync(Patience, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var error = Assert.Single(host.Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal("handler exploded", error.Exception?.Message);
        Assert.Contains("786008729715212338", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("A_UNIQUE_TOKEN", error.Message, StringComparison.Ordinal);

        // The endpoint keeps working after a failure.
        host.Handler.Behavior = (_, _) => Task.CompletedTask;
        using var again = await host.PostAsync(body, timestamp, signer.Sign(timestamp, body), cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
    }

    [Fact]
    public async Task A_quick_handler_finishes_before_the_202()
    {
        using var signer = new TestSigner();
        var clock = new FakeTimeProvider(Vector.SignedAt);
        await using var host = await InteractionsEndpointHost.StartAsync(signer.PublicKeyHex, clock, cancellationToken: Ct);
        var finished = 0;
        host.Handler.Behavior = async (_, ct) =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), ct);
            Volatile.Write(ref finished, 1);
        };
        var body = TestData.Bytes("discord-interaction-create-slash.json");
        var timestamp = Unix(clock.GetUtcNow());

        using var response = await host.PostAsync(body, timestamp, signer.Sign(timestamp, body), cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, Volatile.Read(ref finished));
    }

    [Fact]
    public async Task A_slow_handler_does_not_hold_the_response_and_is_tracked_until_it_ends()
    {
        using var signer = new TestSigner();
        var clock = new FakeTimeProvider(Vector.SignedAt);
        var settings = InteractionsEndpointSettings.Default with { HandlerWait = TimeSpan.FromMilliseconds(100) };
        await using var host = await InteractionsEndpointHost.StartAsync(signer.PublicKeyHex, clock, settings, cancellationToken: Ct);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Handler.Behavior = (_, _) => release.Task;
        var body = TestData.Bytes("discord-interaction-create-slash.json");
        var timestamp = Unix(clock.GetUtcNow());

        var watch = Stopwatch.StartNew();
        using var response = await host.PostAsync(body, timestamp, signer.Sign(timestamp, body), cancellationToken: Ct);
        watch.Stop();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"the 202 took {watch.Elapsed}");
        Assert.Equal(1, host.Tracker.InFlight);
        var idle = host.Tracker.WhenIdleAsync(Ct);
        Assert.False(idle.IsCompleted);

        release.SetResult();
        await idle.WaitAsync(Patience, Ct);
        Assert.Equal(0, host.Tracker.InFlight);
    }

    [Fact]
    public async Task Stopping_the_host_waits_for_handlers_then_cancels_them_and_logs_it()
    {
        using var signer = new TestSigner();
        var clock = new FakeTimeProvider(Vector.SignedAt);
        var settings = InteractionsEndpointSettings.Default with { HandlerWait = TimeSpan.FromMilliseconds(50) };
        await using var host = await InteractionsEndpointHost.StartAsync(
            signer.PublicKeyHex, clock, settings, shutdownTimeout: TimeSpan.FromMilliseconds(300), cancellationToken: Ct);
        host.Handler.Behavior = (_, ct) => Task.Delay(Timeout.InfiniteTimeSpan, ct);
        var body = TestData.Bytes("discord-interaction-create-slash.json");
        var timestamp = Unix(clock.GetUtcNow());
        using var response = await host.PostAsync(body, timestamp, signer.Sign(timestamp, body), cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var tracker = host.Tracker;

        await host.StopAsync(Ct);
        await tracker.WhenIdleAsync(Ct).WaitAsync(Patience, Ct);

        Assert.True(Assert.Single(host.Handler.Calls).CancellationToken.IsCancellationRequested);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("cancelled by shutdown", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level == LogLevel.Error);
    }

    private static string Unix(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>A type 2 interaction padded with spaces to exactly <paramref name="length"/> bytes.</summary>
    private static byte[] PaddedInteraction(long length)
    {
        var head = "{\"type\":2,\"id\":\"1\",\"pad\":\""u8.ToArray();
        var tail = "\"}"u8.ToArray();
        var body = new byte[length];
        head.CopyTo(body, 0);
        body.AsSpan(head.Length, (int)length - head.Length - tail.Length).Fill((byte)'x');
        tail.CopyTo(body, (int)length - tail.Length);
        return body;
    }
}
