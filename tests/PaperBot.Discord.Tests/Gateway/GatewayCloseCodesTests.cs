using PaperBot.Adapters;
using PaperBot.Discord.Gateway;

namespace PaperBot.Discord.Tests.Gateway;

public sealed class GatewayCloseCodesTests
{
    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public void Fatal_codes_are_not_retried(int code)
    {
        var outcome = GatewayCloseCodes.Classify(code, null);

        Assert.Equal(OutcomeKind.Fatal, outcome.Kind);
        Assert.Equal(code, outcome.CloseCode);
        Assert.StartsWith($"close code {code}: ", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_4004_says_the_token_is_wrong() =>
        Assert.Contains("token is wrong", GatewayCloseCodes.Classify(4004, null).Reason, StringComparison.Ordinal);

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public void Invalid_seq_and_session_timeout_start_a_new_session(int code) =>
        Assert.Equal(OutcomeKind.NewSession, GatewayCloseCodes.Classify(code, null).Kind);

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4003)]
    [InlineData(4005)]
    [InlineData(4008)]
    [InlineData(1000)]
    [InlineData(1006)]
    [InlineData(null)]
    public void Everything_else_reconnects(int? code) =>
        Assert.Equal(OutcomeKind.Reconnect, GatewayCloseCodes.Classify(code, null).Kind);

    [Fact]
    public void Our_reconnect_close_code_keeps_the_session_resumable() =>
        Assert.NotInRange(GatewayCloseCodes.Reconnecting, 1000, 1001);

    [Fact]
    public void Backoff_doubles_with_jitter_up_to_the_cap_and_starts_over_after_reset()
    {
        var draws = new Queue<double>([0, 0.999, 0, 0, 0, 0, 0, 0]);
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), () => draws.Dequeue());

        Assert.Equal(TimeSpan.FromSeconds(0.5), backoff.Next()); // 1 s, jitter at its low end
        Assert.InRange(backoff.Next().TotalSeconds, 1.99, 2.0); // 2 s, jitter at its high end
        Assert.Equal(TimeSpan.FromSeconds(2), backoff.Next()); // 4 s
        backoff.Next(); // 8
        backoff.Next(); // 16
        backoff.Next(); // 32
        Assert.Equal(TimeSpan.FromSeconds(30), backoff.Next()); // capped at 60
        backoff.Reset();
        Assert.Equal(TimeSpan.FromSeconds(0.5), backoff.Next());
    }
}
