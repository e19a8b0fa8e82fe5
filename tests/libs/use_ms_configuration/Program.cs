using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

// Microsoft.Extensions.Configuration as an app uses it: a JSON file beside the
// app, in-memory and command-line overrides, binding sections to classes
// (lists, dictionaries, enums, TimeSpan, nested objects), and IOptions<T>
// through dependency injection with validation.
enum Mode { Slow, Fast }

class Limits { public int Max { get; set; } public int Min { get; set; } }

class AppOptions
{
    public string Name { get; set; } = "";
    public int Retries { get; set; }
    public double Ratio { get; set; }
    public List<string> Tags { get; set; } = new();
    public Dictionary<string, string> Endpoints { get; set; } = new();
    public Mode Mode { get; set; }
    public TimeSpan Timeout { get; set; }
    public Limits Limits { get; set; } = new();
}

static class Program
{
    static void Main()
    {
        IConfigurationRoot cfg = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json")
            .AddJsonFile("missing.json", optional: true)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["App:Retries"] = "5", ["App:Tags:2"] = "c" })
            .AddCommandLine(new[] { "--App:Name=FromCmd", "/App:Limits:Max", "20" })
            .Build();

        Console.WriteLine($"{cfg["App:Name"]} {cfg["App:Retries"]} {cfg.GetValue<double>("App:Ratio")} {cfg["Logging:LogLevel:Default"]} {cfg["nope"] ?? "null"} {cfg.GetValue("App:Missing", 42)}");
        var o = cfg.GetSection("App").Get<AppOptions>()!;
        Console.WriteLine($"{o.Name} {o.Retries} {o.Ratio} {string.Join("|", o.Tags)} {string.Join("|", o.Endpoints.Select(kv => kv.Key + "=" + kv.Value))} {o.Mode} {o.Timeout} {o.Limits.Max} {o.Limits.Min}");
        Console.WriteLine(string.Join(";", cfg.GetSection("App").GetChildren().Select(c => c.Key + (c.Value is null ? "" : "=" + c.Value))));
        Console.WriteLine(string.Join(";", cfg.AsEnumerable().Where(kv => kv.Key.StartsWith("Logging")).OrderBy(kv => kv.Key).Select(kv => kv.Key + "=" + kv.Value)));
        Console.WriteLine($"{cfg.GetSection("App:Limits").Exists()} {cfg.GetSection("App:Nothing").Exists()} {cfg.GetSection("App:Tags").Path} {cfg.GetConnectionString("db") ?? "no connection string"}");
        try { cfg.GetSection("App").GetValue<int>("Name"); }
        catch (InvalidOperationException e) { Console.WriteLine("bind error: " + e.Message); }

        var sp = new ServiceCollection()
            .Configure<AppOptions>(cfg.GetSection("App"))
            .Configure<AppOptions>(opts => opts.Retries *= 2)
            .AddOptions<Limits>().Bind(cfg.GetSection("App:Limits")).Validate(l => l.Max > l.Min, "Max must exceed Min").Services
            .BuildServiceProvider();
        Console.WriteLine(sp.GetRequiredService<IOptions<AppOptions>>().Value.Retries + " " + sp.GetRequiredService<IOptionsMonitor<AppOptions>>().CurrentValue.Name + " " + sp.GetRequiredService<IOptions<Limits>>().Value.Max);

        var bad = new ServiceCollection().AddOptions<Limits>().Configure(l => { l.Max = 1; l.Min = 5; }).Validate(l => l.Max > l.Min, "Max must exceed Min").Services.BuildServiceProvider();
        try { _ = bad.GetRequiredService<IOptions<Limits>>().Value; }
        catch (OptionsValidationException e) { Console.WriteLine("validation: " + e.Message + " " + e.OptionsType.Name); }
    }
}
