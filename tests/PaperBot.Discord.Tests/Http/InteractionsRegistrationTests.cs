using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Discord.Http;

namespace PaperBot.Discord.Tests.Http;

/// <summary>Mapping the endpoint without its registrations fails at startup with a message that says what is missing.</summary>
public sealed class InteractionsRegistrationTests
{
    private static readonly PingTestVector Vector = PingTestVector.Load();

    [Fact]
    public async Task Mapping_without_AddDiscordInteractionsEndpoint_names_the_helper()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddSingleton<IInteractionHandler>(new RecordingInteractionHandler());
        await using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapDiscordInteractions());

        Assert.Contains(nameof(DiscordInteractionsServiceCollectionExtensions.AddDiscordInteractionsEndpoint), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mapping_without_a_handler_names_the_interface()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddDiscordInteractionsEndpoint(Vector.PublicKeyHex);
        await using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapDiscordInteractions());

        Assert.Contains(nameof(IInteractionHandler), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_helper_validates_the_key_at_once_and_registers_the_tracker_as_a_hosted_service()
    {
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddDiscordInteractionsEndpoint("not a key"));

        using var provider = new ServiceCollection().AddLogging().AddDiscordInteractionsEndpoint(Vector.PublicKeyHex).BuildServiceProvider();
        var tracker = provider.GetRequiredService<InteractionWorkTracker>();

        Assert.NotNull(provider.GetRequiredService<Ed25519RequestVerifier>());
        Assert.Contains(provider.GetServices<IHostedService>(), s => ReferenceEquals(s, tracker));
    }
}
