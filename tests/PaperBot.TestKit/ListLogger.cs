using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PaperBot.TestKit;

/// <summary>Keeps every log line so tests can check what was (and was not) logged; as a provider it records every
/// category of a host into one list.</summary>
public sealed class ListLogger : ILogger, ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> lines = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Lines => [.. lines];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        lines.Enqueue((logLevel, formatter(state, exception) + (exception is null ? "" : " " + exception)));
    }

    public ILogger CreateLogger(string categoryName) => this;

    public void Dispose()
    {
    }
}
