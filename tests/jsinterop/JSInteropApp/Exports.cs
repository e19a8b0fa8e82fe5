// .NET methods JS calls: rt.getAssemblyExports('JSInteropApp') gives
// JSInteropApp.Exports.Greet(...) and the others.
using System;
using System.Runtime.InteropServices.JavaScript;
using System.Threading.Tasks;

namespace JSInteropApp;

public static partial class Exports
{
    [JSExport]
    public static string Greet(string name) => name == null ? "Hello, nobody!" : $"Hello, {name}!";

    [JSExport]
    public static int Add(int a, int b) => a + b;

    [JSExport]
    public static double Scale(double x, int? factor) => x * (factor ?? 2);

    [JSExport]
    public static bool Not(bool b) => !b;

    [JSExport]
    public static int[] Doubled(int[] values) => Array.ConvertAll(values, v => v * 2);

    [JSExport]
    public static byte[] Range(int n)
    {
        var b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte)i;
        return b;
    }

    [JSExport]
    [return: JSMarshalAs<JSType.Date>]
    public static DateTime NextDay([JSMarshalAs<JSType.Date>] DateTime d) => d.AddDays(1);

    [JSExport]
    [return: JSMarshalAs<JSType.Promise<JSType.Number>>]
    public static async Task<int> SlowSquare(int x)
    {
        await Task.Delay(10);
        return x * x;
    }

    [JSExport]
    [return: JSMarshalAs<JSType.Promise<JSType.String>>]
    public static async Task<string> AwaitJs([JSMarshalAs<JSType.Promise<JSType.String>>] Task<string> promise) => await promise + " (awaited in .NET)";

    [JSExport]
    public static void Fail(string message) => throw new InvalidOperationException(message);

    [JSExport]
    [return: JSMarshalAs<JSType.Promise<JSType.Void>>]
    public static async Task FailLater()
    {
        await Task.Yield();
        throw new ArgumentException("failed later");
    }

    [JSExport]
    public static string ReadPoint(JSObject p) => $"{p.GetPropertyAsInt32("x")},{p.GetPropertyAsInt32("y")}";

    [JSExport]
    public static int Apply([JSMarshalAs<JSType.Function<JSType.Number, JSType.Number>>] Func<int, int> f, int x) => f(x) + 1;

    [JSExport]
    [return: JSMarshalAs<JSType.Function<JSType.Number, JSType.Number>>]
    public static Func<int, int> Multiplier(int k) => x => x * k;

    [JSExport]
    public static string CatchJs([JSMarshalAs<JSType.Function>] Action action)
    {
        try { action(); return "not thrown"; }
        catch (JSException e) { return "caught JSException: " + e.Message; }
    }

    [JSExport]
    public static void Call([JSMarshalAs<JSType.Function>] Action action) => action();

    [JSExport]
    [return: JSMarshalAs<JSType.Any>]
    public static object Echo([JSMarshalAs<JSType.Any>] object value) => value;
}
