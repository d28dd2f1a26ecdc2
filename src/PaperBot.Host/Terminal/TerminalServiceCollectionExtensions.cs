using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Chat;
using PaperBot.Core.Digests;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;

namespace PaperBot.Host.Terminal;

public static class TerminalServiceCollectionExtensions
{
    /// <summary>The terminal as a chat platform: the person at the keyboard chats, and their digests print there.</summary>
    public static IServiceCollection AddTerminalChat(this IServiceCollection services)
    {
        services.AddSingleton(_ => TerminalIO.FromConsole());
        services.AddSingleton(provider =>
        {
            var name = Environment.UserName;
            // The terminal is the person's own: they manage its one "channel".
            var facts = new RequesterFacts(name, CanManageChannel: true, TimeZoneInfo.Local.Id);
            return new TerminalSession(provider.GetRequiredService<CommandRouter>(), provider.GetRequiredService<RatingService>(), UserRef.Terminal(name), facts);
        });
        services.AddSingleton<IChatPlatform, TerminalPlatform>();
        services.AddHostedService<TerminalChat>();
        return services;
    }
}
