using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PaperBot.Discord.Fake.Gateway;

public static class FakeGatewayEndpoints
{
    /// <summary>Serves the gateway on <paramref name="path"/> and its resume URL on <c>path + "-resume"</c>.</summary>
    public static FakeDiscordGateway MapFakeGateway(this WebApplication app, FakeDiscordGateway gateway, string path = "/gateway")
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(gateway);
        gateway.UsePath(path);
        app.UseWebSockets();
        app.Map(path, context => gateway.AcceptAsync(context, resumePath: false));
        app.Map(gateway.ResumePath, context => gateway.AcceptAsync(context, resumePath: true));
        return gateway;
    }

    /// <summary>Serves <c>GET /gateway/bot</c> pointing at this host's gateway path (skip it if the REST fake serves it).</summary>
    public static WebApplication MapFakeGatewayBot(this WebApplication app, FakeDiscordGateway gateway, string path = "/api/v10/gateway/bot")
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(gateway);
        app.MapGet(path, (HttpContext context) => Results.Text(
            gateway.GatewayBotJson(new Uri($"ws://{context.Request.Host}{gateway.Path}")),
            "application/json"));
        return app;
    }
}
