using System.Globalization;
using System.Net;
using System.Text;
using NSec.Cryptography;
using PaperBot.TestKit;

namespace PaperBot.Host.Tests.Discord;

/// <summary>The optional listener of <c>paperbot run</c>: <c>/healthz</c>, and Discord's interactions over HTTP
/// answered by the same handlers as the Gateway's.</summary>
public sealed class DiscordHttpEndpointHostTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private DiscordHost discord = null!;

    public async Task InitializeAsync() => discord = await DiscordHost.StartFakesAsync();

    public async Task DisposeAsync()
    {
        await discord.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Health_answers_and_a_signed_interaction_is_handled_while_an_unsigned_one_is_refused()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        var publicKey = Convert.ToHexString(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        var url = LocalUrls.Free();
        using var host = discord.Build(folder.File("paperbot.db"), extra: new Dictionary<string, string?>
        {
            ["Http:Urls"] = url,
            ["Discord:PublicKey"] = publicKey,
        });
        await host.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(url) };

        Assert.Equal("ok", await http.GetStringAsync(new Uri("/healthz", UriKind.Relative)));

        var body = DiscordHost.Command("tok-http", "help");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var unsigned = new StringContent(body, Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync(new Uri("/discord/interactions", UriKind.Relative), unsigned)).StatusCode);

        using var signed = new StringContent(body, Encoding.UTF8, "application/json");
        signed.Headers.Add("X-Signature-Timestamp", timestamp);
        signed.Headers.Add("X-Signature-Ed25519", Convert.ToHexString(SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + body))));
        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync(new Uri("/discord/interactions", UriKind.Relative), signed)).StatusCode);

        await Waiting.UntilAsync(() => discord.Rest.OriginalEditsFor("tok-http").Count > 0, "the answer to the signed interaction", TimeSpan.FromSeconds(20));
        Assert.Contains("/papers search", discord.Rest.OriginalEditsFor("tok-http")[0]["content"]!.GetValue<string>(), StringComparison.Ordinal);
        await host.StopAsync();
    }
}
