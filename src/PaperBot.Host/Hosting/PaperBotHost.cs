using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace PaperBot.Host.Hosting;

public static class PaperBotHost
{
    /// <param name="configureServices">Lets tests replace transports, the clock or the terminal after the defaults are registered.</param>
    public static IHost Build(HostSettings settings, Action<IServiceCollection>? configureServices = null)
    {
        var environment = PaperBotConfiguration.EnvironmentName();
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = environment,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Configuration.AddPaperBotSources(settings, environment);
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        // Logs go to standard error: standard output belongs to the chat and to --format json. One JSON object a line
        // with Logging:Console:FormatterName=json, for log collectors; otherwise one readable line per entry.
        if (string.Equals(builder.Configuration["Logging:Console:FormatterName"], ConsoleFormatterNames.Json, StringComparison.OrdinalIgnoreCase))
            builder.Logging.AddJsonConsole(o => (o.UseUtcTimestamp, o.TimestampFormat) = (true, "yyyy-MM-ddTHH:mm:ss.fffZ"));
        else
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddPaperBot(settings);
        configureServices?.Invoke(builder.Services);
        return builder.Build();
    }
}
