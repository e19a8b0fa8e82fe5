// AppDomain as libraries use it, and the events the runtime raises as the program ends:
// ProcessExit after Main returns or Environment.Exit ("exit"), UnhandledException before
// the report of an exception nobody caught ("throw").
using System.Reflection;
using AppDomainLib;

var d = AppDomain.CurrentDomain;
Console.WriteLine($"{d.FriendlyName} {d.Id} {d.IsDefaultAppDomain()} {d.BaseDirectory == AppContext.BaseDirectory} {d.RelativeSearchPath ?? "null"} {d.IsFullyTrusted} {d.ShadowCopyFiles}");
Console.WriteLine(d.ToString());
Console.WriteLine(ReferenceEquals(d, AppDomain.CurrentDomain));
Console.WriteLine(d.SetupInformation.ApplicationBase == d.BaseDirectory);
d.SetData("answer", 42);
Console.WriteLine($"{d.GetData("answer")} {AppContext.GetData("answer")}");

var names = d.GetAssemblies().Select(a => a.GetName().Name).ToHashSet();
Console.WriteLine($"loaded: app {names.Contains(Assembly.GetEntryAssembly()!.GetName().Name)}, corlib {names.Contains(typeof(object).Assembly.GetName().Name)}, count > 1 {names.Count > 1}");
Console.WriteLine(Who.Executing());   // the library touched above: loaded now
Console.WriteLine(d.GetAssemblies().Any(a => a.GetName().Name == "app_domain_lib"));

Console.WriteLine($"executing here: {Assembly.GetExecutingAssembly().GetName().Name}");
Console.WriteLine($"from the library: {Who.Executing()} / {Who.ExecutingInlinable()}; its caller: {Who.Calling()}");
Console.WriteLine($"through a lambda: {new Func<string>(() => Assembly.GetExecutingAssembly().GetName().Name!)()}");
Console.WriteLine($"entry: {Assembly.GetEntryAssembly()!.GetName().Name}");

d.ProcessExit += (sender, e) => Console.WriteLine($"ProcessExit: sender {sender?.GetType().Name}, empty args {e == EventArgs.Empty}");
d.UnhandledException += (sender, e) =>
    Console.WriteLine($"UnhandledException: sender {(sender == null ? "null" : sender.GetType().Name)}, {(e.ExceptionObject as Exception)?.Message}, terminating {e.IsTerminating}");

string mode = args.Length > 0 ? args[0] : "";
if (mode == "throw") throw new InvalidOperationException("nobody catches this");
if (mode == "exit") { Console.WriteLine("calling Environment.Exit(3)"); Environment.Exit(3); }
Console.WriteLine("end of Main");
