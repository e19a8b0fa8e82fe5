// Main runs the .NET -> JS half: every [JSImport] kind, JSObject, JSHost,
// promises awaited by .NET and tasks awaited by JS, callbacks, exceptions.
// One line per check; tests/js/dotnet-interop.test.mjs compares them.
using System;
using System.Runtime.InteropServices;
using System.Runtime.InteropServices.JavaScript;
using System.Threading.Tasks;

namespace JSInteropApp;

public static class Program
{
    static void Check(string label, Func<object> f)
    {
        try { Console.WriteLine(label + ": " + Show(f())); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static async Task CheckAsync(string label, Func<Task<object>> f)
    {
        try { Console.WriteLine(label + ": " + Show(await f())); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static string Show(object v) => v switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        Array a => "[" + string.Join(", ", System.Linq.Enumerable.Select(System.Linq.Enumerable.Cast<object>(a), Show)) + "]",
        bool b => b ? "true" : "false",
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss") + " " + d.Kind,
        _ => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
    };

    public static async Task<int> Main(string[] args)
    {
        Console.WriteLine("arch: " + RuntimeInformation.OSArchitecture);
        Check("global Math.max", () => Imports.Max(3, 7.5));
        Check("console.log", () => { Imports.ConsoleLog("console.log from .NET"); return "called"; });
        Check("add", () => Imports.Add(40, 2));
        Check("concat", () => Imports.Concat("Cil", "antro"));
        Check("concat null", () => Imports.Concat(null, "x"));
        Check("describe int", () => Imports.Describe(5));
        Check("describe string", () => Imports.Describe("s"));
        Check("describe null", () => Imports.Describe(null));
        Check("describe array", () => Imports.Describe(new object[] { 1, "two", true }));
        Check("negate", () => Imports.Negate(true));
        Check("mul", () => Imports.Mul(1.5, 2f, 3, 4, 'A'));
        Check("nullable 3", () => Imports.Nullable(3));
        Check("nullable null", () => Imports.Nullable(null));
        Check("bigint", () => Imports.Bigger(9007199254740993L));
        Check("sum", () => Imports.Sum(new[] { 1, 2, 3, 4 }));
        Check("reverse", () => Imports.Reverse(new[] { "a", "b", "c" }));
        Check("bytes", () => Imports.Bytes(new byte[] { 1, 2, 255 }));
        Check("span", () => Imports.SpanSum(new double[] { 0.5, 1.5, 2 }));
        Check("segment", () => Imports.SegmentLength(new ArraySegment<byte>(new byte[10], 2, 5)));
        Check("date from JS", () => Imports.MakeDate(2024));
        Check("date to JS", () => Imports.DateIso(new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc)));

        JSObject p = Imports.MakePoint(3, 4);
        Check("point.x", () => p.GetPropertyAsInt32("x"));
        Check("point.len", () => p.GetPropertyAsDouble("len"));
        Check("point.name", () => p.GetPropertyAsString("name"));
        Check("point.missing as string", () => p.GetPropertyAsString("nope"));
        Check("point.visible", () => p.GetPropertyAsBoolean("visible"));
        Check("point.inner.deep", () => p.GetPropertyAsJSObject("inner").GetPropertyAsString("deep"));
        Check("point.data", () => p.GetPropertyAsByteArray("data"));
        Check("has x", () => p.HasProperty("x"));
        Check("has z", () => p.HasProperty("z"));
        Check("typeof x/name/inner/move/z", () => string.Join(",", p.GetTypeOfProperty("x"), p.GetTypeOfProperty("name"),
            p.GetTypeOfProperty("inner"), p.GetTypeOfProperty("move"), p.GetTypeOfProperty("z")));
        p.SetProperty("z", 5);
        p.SetProperty("label", "five");
        p.SetProperty("ok", true);
        p.SetProperty("ratio", 0.25);
        p.SetProperty("self", p.GetPropertyAsJSObject("inner"));
        Check("after SetProperty", () => Imports.Stringify(p));
        Check("name as int", () => p.GetPropertyAsInt32("name"));
        p.Dispose();
        Check("disposed", () => p.IsDisposed);
        Check("after Dispose", () => p.GetPropertyAsInt32("x"));

        Check("globalThis.Math.PI", () => JSHost.GlobalThis.GetPropertyAsJSObject("Math").GetPropertyAsDouble("PI"));

        Check("DotnetInstance.getAssemblyExports", () => JSHost.DotnetInstance.GetTypeOfProperty("getAssemblyExports"));
        await CheckAsync("await JS promise", async () => await Imports.Delay(5, 42));
        await CheckAsync("await JS rejection", async () => { await Imports.RejectLater("nope"); return "not thrown"; });
        var tcs = new TaskCompletionSource<int>();
        Task<string> jsAwaits = Imports.AwaitDotnet(tcs.Task);
        tcs.SetResult(7);
        await CheckAsync("JS awaits a .NET task", async () => await jsAwaits);
        await CheckAsync("JS awaits a failed .NET task", async () => await Imports.AwaitDotnet(Task.FromException<int>(new InvalidOperationException("bad task"))));
        await CheckAsync("callbacks", async () => await Imports.CallLater(x => x * 3, s => Console.WriteLine("  log from JS: " + s)));
        Func<int, int> add10 = Imports.MakeAdder(10);
        Check("JS function as Func", () => add10(5));

        Check("JS throws", () => { Imports.Thrower("boom"); return "no"; });
        Check("exception to JS", () => Imports.ErrorText(new ArgumentException("bad arg")));
        Check("JS error as exception", () => Imports.MakeError("made in JS").Message);
        Check("unknown function", () => { Imports.Missing(); return "no"; });
        Check("unknown module", () => { Imports.NoModule(); return "no"; });

        await CheckAsync("ImportAsync", async () => (await JSHost.ImportAsync("helper", "./helper.mjs")).GetTypeOfProperty("shout"));
        Check("helper shout", () => Imports.Shout("hi"));
        Check("helper nested.twice", () => Imports.Twice(21));
        await CheckAsync("ImportAsync missing file", async () => await JSHost.ImportAsync("nothing", "./no-such-file.mjs"));
        return 0;
    }
}
