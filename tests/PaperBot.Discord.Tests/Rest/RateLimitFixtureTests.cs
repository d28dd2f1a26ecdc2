using System.Net;
using System.Text;
using PaperBot.Discord.Rest;
using PaperBot.Discord.Rest.RateLimits;
using static PaperBot.Discord.Tests.Rest.RestTestKit;

namespace PaperBot.Discord.Tests.Rest;

/// <summary>The three 429 examples of Discord's Rate Limits page, as recorded.</summary>
public sealed class RateLimitFixtureTests
{
    [Theory]
    [InlineData("discord-429-user.http", 64.57, false, "user")]
    [InlineData("discord-429-shared.http", 1336.57, false, "shared")]
    [InlineData("discord-429-global.http", 64.57, true, "global")]
    public void The_recorded_429s_parse_to_the_float_wait_scope_and_globality(string file, double seconds, bool global, string scope)
    {
        var (response, body) = ReadHttp(TestData(file));
        using (response)
        {
            var answer = RateLimitedAnswer.Read(response, body);

            Assert.Equal(TimeSpan.FromSeconds(seconds), answer.RetryAfter);
            Assert.Equal(global, answer.IsGlobal);
            Assert.Equal(scope, answer.Scope);
            Assert.NotNull(answer.Message);
        }
    }

    [Fact]
    public async Task The_user_429_teaches_the_bucket_and_holds_the_route_for_its_reset()
    {
        var (response, _) = ReadHttp(TestData("discord-429-user.http"));
        using (response)
        {
            var time = FakeTime();
            var limiter = new RestRateLimiter(time, 50);
            var route = new DiscordRoute(HttpMethod.Get, "/channels/{channel_id}/messages", "1", "/channels/1/messages");
            limiter.Observe(route, response.Headers);

            var call = limiter.AcquireAsync(route, default);
            await AssertStillWaitingAsync(call);
            time.Advance(TimeSpan.FromSeconds(64.57));
            await call.WaitAsync(Patience);
        }
    }

    /// <summary>The docs' format: "&lt; " before the status line and each header, then the JSON body.</summary>
    private static (HttpResponseMessage Response, string Body) ReadHttp(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var head = lines.TakeWhile(l => l.StartsWith("< ", StringComparison.Ordinal)).Select(l => l[2..]).ToList();
        var body = string.Join('\n', lines.Skip(head.Count));
        var status = int.Parse(head[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8) };
        foreach (var header in head.Skip(1))
        {
            var (name, value) = (header[..header.IndexOf(':', StringComparison.Ordinal)], header[(header.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
            if (!response.Headers.TryAddWithoutValidation(name, value))
                response.Content.Headers.TryAddWithoutValidation(name, value);
        }
        return (response, body);
    }
}
