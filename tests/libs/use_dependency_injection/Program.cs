using Microsoft.Extensions.DependencyInjection;

// Lifetimes, constructor injection, IEnumerable<T>, open generics, factories,
// keyed services, scopes and disposal.
var log = new List<string>();
var services = new ServiceCollection();
services.AddSingleton(log);
services.AddSingleton<IClock, FixedClock>();
services.AddScoped<IUnitOfWork, UnitOfWork>();
services.AddTransient<IGreeter, Greeter>();
services.AddTransient<IPlugin, AlphaPlugin>();
services.AddTransient<IPlugin, BetaPlugin>();
services.AddSingleton<IPlugin>(sp => new NamedPlugin("factory"));
services.AddSingleton(typeof(IRepository<>), typeof(Repository<>));
services.AddTransient<OrderService>();
services.AddKeyedSingleton<IStore, MemoryStore>("memory");
services.AddKeyedSingleton<IStore, NullStore>("null");
services.AddTransient<StoreUser>();

using (var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }))
{
    var clock1 = provider.GetRequiredService<IClock>();
    var clock2 = provider.GetRequiredService<IClock>();
    Console.WriteLine("singleton same: " + ReferenceEquals(clock1, clock2) + " " + clock1.Now);

    var g1 = provider.GetRequiredService<IGreeter>();
    var g2 = provider.GetRequiredService<IGreeter>();
    Console.WriteLine("transient same: " + ReferenceEquals(g1, g2) + " " + g1.Greet("Ada"));

    IUnitOfWork? outer1, outer2;
    using (var scope = provider.CreateScope())
    {
        outer1 = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        outer2 = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        Console.WriteLine("scoped same within scope: " + ReferenceEquals(outer1, outer2));
        var svc = scope.ServiceProvider.GetRequiredService<OrderService>();
        Console.WriteLine(svc.Place("book"));
        Console.WriteLine("service uses scope's unit: " + ReferenceEquals(svc.Unit, outer1));
    }
    using (var scope = provider.CreateScope())
    {
        var other = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        Console.WriteLine("scoped same across scopes: " + ReferenceEquals(outer1, other));
    }

    var plugins = provider.GetServices<IPlugin>().ToList();
    Console.WriteLine("plugins: " + string.Join(", ", plugins.Select(p => p.Name)));
    Console.WriteLine("last registration wins: " + provider.GetRequiredService<IPlugin>().Name);

    var repoA = provider.GetRequiredService<IRepository<string>>();
    // A reference-type argument: with RuntimeFeature.IsDynamicCodeSupported false (as under native AOT),
    // the container refuses open generics closed over value types.
    var repoB = provider.GetRequiredService<IRepository<Version>>();
    repoA.Add("x"); repoA.Add("y"); repoB.Add(new Version(1, 2));
    Console.WriteLine($"open generic: {repoA.GetType().Name} {repoA.Count} {repoB.Count} {provider.GetRequiredService<IRepository<string>>().Count}");

    Console.WriteLine("missing optional: " + (provider.GetService<IDisposable>() == null));
    try { provider.GetRequiredService<IDisposable>(); }
    catch (InvalidOperationException e) { Console.WriteLine("missing required: " + e.Message); }

    try { provider.GetRequiredService<IUnitOfWork>(); }
    catch (InvalidOperationException e) { Console.WriteLine("scope validation: " + e.Message); }

    Console.WriteLine("keyed: " + provider.GetRequiredKeyedService<IStore>("memory").Kind + " " + provider.GetRequiredKeyedService<IStore>("null").Kind);
    Console.WriteLine("keyed injection: " + provider.GetRequiredService<StoreUser>().Describe());

    var made = ActivatorUtilities.CreateInstance<Report>(provider, "quarterly");
    Console.WriteLine("ActivatorUtilities: " + made.Title + " at " + made.Clock.Now);
}
Console.WriteLine("disposed: " + string.Join(", ", log));

var bad = new ServiceCollection();
bad.AddSingleton<NeedsMissing>();
try { bad.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }); }
catch (AggregateException e) { Console.WriteLine("validate on build: " + e.InnerExceptions.Count + " " + e.InnerExceptions[0].GetType().Name); }

var cyc = new ServiceCollection();
cyc.AddTransient<CycleA>();
cyc.AddTransient<CycleB>();
try { cyc.BuildServiceProvider().GetRequiredService<CycleA>(); }
catch (InvalidOperationException e) { Console.WriteLine("cycle: " + e.Message); }

public interface IClock { string Now { get; } }
public class FixedClock : IClock, IDisposable
{
    private readonly List<string> _log;
    public FixedClock(List<string> log) { _log = log; }
    public string Now => "2024-01-01T00:00";
    public void Dispose() => _log.Add("clock");
}

public interface IUnitOfWork { int Id { get; } }
public class UnitOfWork : IUnitOfWork, IDisposable
{
    private static int s_next;
    private readonly List<string> _log;
    public UnitOfWork(List<string> log) { _log = log; Id = ++s_next; }
    public int Id { get; }
    public void Dispose() => _log.Add("unit" + Id);
}

public interface IGreeter { string Greet(string name); }
public class Greeter : IGreeter, IDisposable
{
    private readonly IClock _clock;
    private readonly List<string> _log;
    public Greeter(IClock clock, List<string> log) { _clock = clock; _log = log; }
    public string Greet(string name) => $"Hello {name} at {_clock.Now}";
    public void Dispose() => _log.Add("greeter");
}

public interface IPlugin { string Name { get; } }
public class AlphaPlugin : IPlugin { public string Name => "alpha"; }
public class BetaPlugin : IPlugin { public string Name => "beta"; }
public class NamedPlugin : IPlugin { public NamedPlugin(string n) { Name = n; } public string Name { get; } }

public interface IRepository<T> { void Add(T item); int Count { get; } }
public class Repository<T> : IRepository<T>
{
    private readonly List<T> _items = new();
    public void Add(T item) => _items.Add(item);
    public int Count => _items.Count;
}

public class OrderService
{
    public OrderService(IUnitOfWork unit, IRepository<string> repo, IEnumerable<IPlugin> plugins, IClock clock)
    {
        Unit = unit; Repo = repo; Plugins = plugins.Count(); Clock = clock;
    }
    public IUnitOfWork Unit { get; }
    public IRepository<string> Repo { get; }
    public int Plugins { get; }
    public IClock Clock { get; }
    public string Place(string what) { Repo.Add(what); return $"placed {what} in unit {Unit.Id} with {Plugins} plugins at {Clock.Now}"; }
}

public interface IStore { string Kind { get; } }
public class MemoryStore : IStore { public string Kind => "memory"; }
public class NullStore : IStore { public string Kind => "null"; }
public class StoreUser
{
    private readonly IStore _store;
    public StoreUser([FromKeyedServices("null")] IStore store) { _store = store; }
    public string Describe() => "uses " + _store.Kind;
}

public class Report
{
    public Report(IClock clock, string title) { Clock = clock; Title = title; }
    public IClock Clock { get; }
    public string Title { get; }
}

public class NeedsMissing { public NeedsMissing(IComparable missing) { } }
public class CycleA { public CycleA(CycleB b) { } }
public class CycleB { public CycleB(CycleA a) { } }
