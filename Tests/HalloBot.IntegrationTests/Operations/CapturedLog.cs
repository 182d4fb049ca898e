using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace HalloBot.IntegrationTests.Operations;

/// <summary>A logger provider that keeps every entry with its message, state and scopes, as a log collector would see them.</summary>
public sealed class CapturedLog : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => log._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new Dictionary<string, string>();
            var scopeTexts = new List<string>();
            log._scopes.ForEachScope((scope, _) =>
            {
                scopeTexts.Add(scope?.ToString() ?? "");
                if (scope is IEnumerable<KeyValuePair<string, object?>> values)
                {
                    foreach (var (key, value) in values)
                    {
                        scopes[key] = value?.ToString() ?? "";
                    }
                }
            }, (object?)null);
            var stateValues = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Select(p => $"{p.Key}={p.Value}").ToList()
                : [];
            log._entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), stateValues, scopes, scopeTexts));
        }
    }
}

public sealed record LogEntry(
    string Category,
    LogLevel Level,
    string Message,
    IReadOnlyList<string> State,
    IReadOnlyDictionary<string, string> Scopes,
    IReadOnlyList<string> ScopeTexts)
{
    /// <summary>Everything of the entry a log collector would store, as one text.</summary>
    public string AllText => string.Join(" | ", [Category, Message, .. State, .. Scopes.Select(s => $"{s.Key}={s.Value}"), .. ScopeTexts]);
}
