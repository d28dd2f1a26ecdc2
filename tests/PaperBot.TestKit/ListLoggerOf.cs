using Microsoft.Extensions.Logging;

namespace PaperBot.TestKit;

/// <summary>Hands a class that asks for a logger of its own category the lines of a <see cref="ListLogger"/>.</summary>
public sealed class ListLogger<T>(ListLogger lines) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => lines.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => lines.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        lines.Log(logLevel, eventId, state, exception, formatter);
}
