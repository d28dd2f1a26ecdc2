using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using PaperBot.Storage.LiteDb;

namespace PaperBot.Host.Hosting;

/// <summary>Where settings come from, weakest first: the defaults shipped beside the binary, the working folder's
/// <c>config/</c>, environment variables prefixed <c>PAPERBOT_</c>, <c>/run/secrets</c> (one file per key), and last the command line.</summary>
public static class PaperBotConfiguration
{
    public const string EnvironmentPrefix = "PAPERBOT_";
    public const string SecretsFolder = "/run/secrets";

    public static string EnvironmentName() => Environment.GetEnvironmentVariable(EnvironmentPrefix + "ENVIRONMENT") ?? Environments.Production;

    /// <summary>The database file that these settings and the configuration select, as a full path.</summary>
    public static string DatabasePath(HostSettings settings)
    {
        var configuration = new ConfigurationBuilder().AddPaperBotSources(settings, EnvironmentName()).Build();
        return Path.GetFullPath(configuration[$"{LiteDbOptions.Section}:Path"] is { Length: > 0 } path ? path : LiteDbOptions.DefaultPath);
    }

    public static IConfigurationBuilder AddPaperBotSources(this IConfigurationBuilder configuration, HostSettings settings, string environmentName)
    {
        foreach (var folder in new[] { Path.Combine(AppContext.BaseDirectory, "config"), Path.Combine(Directory.GetCurrentDirectory(), "config") }.Distinct())
        {
            configuration.AddJsonFile(Path.Combine(folder, "appsettings.json"), optional: true, reloadOnChange: false);
            configuration.AddJsonFile(Path.Combine(folder, $"appsettings.{environmentName}.json"), optional: true, reloadOnChange: false);
        }
        configuration.AddEnvironmentVariables(EnvironmentPrefix);
        configuration.AddKeyPerFile(SecretsFolder, optional: true);
        if (settings.Settings is { Count: > 0 } overrides)
            configuration.AddInMemoryCollection(overrides);
        if (settings.DatabasePath is { Length: > 0 } db)
            configuration.AddInMemoryCollection([new("Storage:Path", db)]);
        return configuration;
    }
}
