// Microsoft.Extensions.Logging with a provider of its own that writes at once
// (the console provider writes from a background thread, so its interleaving
// with other output is not fixed): message templates (formatted through
// CompositeFormat), structured state, scopes, filters, levels, event ids,
// exceptions, LoggerMessage.Define and the options cache.
using Microsoft.Extensions.Logging;

sealed class ListProvider : ILoggerProvider, ISupportExternalScope
{
    IExternalScopeProvider? _scopes;
    public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, this);
    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;
    public void Dispose() => Console.WriteLine("provider disposed");

    sealed class ListLogger(string category, ListProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes?.Push(state);
        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            owner._scopes?.ForEachScope((s, acc) => acc.Add(s?.ToString() ?? ""), scopes);
            var fields = state is IReadOnlyList<KeyValuePair<string, object?>> kvs ? string.Join(",", kvs.Select(kv => $"{kv.Key}={kv.Value}")) : "";
            Console.WriteLine($"{logLevel,-11} {category}[{eventId.Id}{(eventId.Name is null ? "" : ":" + eventId.Name)}] {formatter(state, exception)}" +
                (scopes.Count > 0 ? " scopes=" + string.Join(">", scopes) : "") + " {" + fields + "}" + (exception is null ? "" : " ex=" + exception.GetType().Name + ":" + exception.Message));
        }
    }
}

record Order(int Id, decimal Total);

static partial class Program
{
    static readonly Action<ILogger, string, int, Exception?> s_processed =
        LoggerMessage.Define<string, int>(LogLevel.Information, new EventId(100, "Processed"), "Processed {Name} in {Ms} ms");

    static void Main()
    {
        using (var factory = LoggerFactory.Create(b => b
            .AddProvider(new ListProvider())
            .SetMinimumLevel(LogLevel.Debug)
            .AddFilter("Noisy", LogLevel.Warning)))
        {
            var log = factory.CreateLogger("App.Orders");
            log.LogInformation("Hello {Name}, you are {Age}", "bob", 30);
            log.LogDebug("pi is {Value:F2} and {Count,5}|", Math.PI, 42);
            log.LogTrace("not shown");
            log.LogWarning(new EventId(7, "Slow"), "Took {Elapsed} for {@Order}", TimeSpan.FromMilliseconds(1500), new Order(1, 9.5m));
            log.LogError(new InvalidOperationException("boom"), "Failed {Id}", 12);
            log.LogInformation("braces {{literal}} and {Missing}", "value");
            log.LogInformation("null {X} list {L}", null, new[] { 1, 2, 3 });
            using (log.BeginScope("request {Id}", 5))
            using (log.BeginScope(new Dictionary<string, object> { ["user"] = "ann" }))
                log.LogInformation("inside scopes");
            s_processed(log, "file.txt", 12, null);
            var typed = factory.CreateLogger<Order>();
            typed.Log(LogLevel.Critical, "typed {N}", 1);
            var noisy = factory.CreateLogger("Noisy.Component");
            noisy.LogInformation("filtered out");
            noisy.LogError("kept {N}", 2);
            Console.WriteLine($"{log.IsEnabled(LogLevel.Trace)} {log.IsEnabled(LogLevel.Debug)} {noisy.IsEnabled(LogLevel.Information)}");
            try { log.LogInformation("{A} {B}", 1); } catch (Exception e) { Console.WriteLine(e.GetType().Name); }
        }
        Console.WriteLine("done");
    }
}
