using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PaperBot.Host.Cli;
using PaperBot.Host.Hosting;
using PaperBot.Recommender;
using PaperBot.Search;
using PaperBot.TestKit;

namespace PaperBot.Host.Tests.Hosting;

public sealed class ConfigurationTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_bad_storage_path_stops_the_start_with_a_message_naming_the_setting()
    {
        using var host = PaperBotHost.Build(new HostSettings(folder.Path, Interactive: false));
        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());
        var (message, exitCode) = CliErrors.Describe(error);
        Assert.Equal(2, exitCode);
        Assert.Contains("invalid configuration: Storage:Path", message, StringComparison.Ordinal);
        Assert.Contains("is a folder", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_and_the_models_live_beside_the_database()
    {
        using var host = PaperBotHost.Build(new HostSettings(folder.File("bot.db"), Interactive: false));
        Assert.Equal(folder.File("bot.index"), host.Services.GetRequiredService<IOptions<SearchOptions>>().Value.IndexPath);
        Assert.Equal(folder.File("bot.models"), host.Services.GetRequiredService<IOptions<RecommenderOptions>>().Value.ModelFolder);
    }
}
