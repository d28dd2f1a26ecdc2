using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Storage.LiteDb.Papers;
using PaperBot.Storage.LiteDb.Ratings;
using PaperBot.Storage.LiteDb.Users;
using PaperBot.TestKit;

namespace PaperBot.Storage.LiteDb.Tests;

public sealed class LiteDbServiceCollectionExtensionsTests
{
    [Fact]
    public async Task The_three_ports_are_singletons_on_one_database_at_the_configured_path()
    {
        using var folder = new TempFolder();
        var path = folder.File("bot.db");
        await using var provider = Services(path).BuildServiceProvider();

        var papers = provider.GetRequiredService<IPaperStore>();
        Assert.IsType<LiteDbPaperStore>(papers);
        Assert.Same(papers, provider.GetRequiredService<IPaperStore>());
        Assert.IsType<GroupCommitRatingStore>(provider.GetRequiredService<IRatingStore>());
        Assert.Same(provider.GetRequiredService<IRatingStore>(), provider.GetRequiredService<IRatingStore>());
        Assert.IsType<LiteDbUserStore>(provider.GetRequiredService<IUserStore>());
        Assert.Equal(path, provider.GetRequiredService<LiteDbContext>().FilePath);
        await papers.SaveAsync([PaperBuilder.Paper("Stored")]);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void An_invalid_path_fails_validation()
    {
        using var provider = Services("").BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LiteDbOptions>>().Value);

        Assert.Contains("Storage:Path", error.Message, StringComparison.Ordinal);
    }

    private static ServiceCollection Services(string path)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddLiteDbStorage();
        services.Configure<LiteDbOptions>(o => o.Path = path);
        return services;
    }
}
