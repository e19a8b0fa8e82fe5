// JS functions the app calls: "main.js" is given by the host with
// setModuleImports, "helper" is imported with JSHost.ImportAsync, and
// globalThis.* names are global functions.
using System;
using System.Runtime.InteropServices.JavaScript;
using System.Threading.Tasks;

namespace JSInteropApp;

public static partial class Imports
{
    [JSImport("globalThis.Math.max")]
    public static partial double Max(double a, double b);

    [JSImport("globalThis.console.log")]
    public static partial void ConsoleLog(string text);

    [JSImport("add", "main.js")]
    public static partial int Add(int a, int b);

    [JSImport("concat", "main.js")]
    public static partial string Concat(string a, string b);

    [JSImport("describe", "main.js")]
    public static partial string Describe([JSMarshalAs<JSType.Any>] object value);

    [JSImport("negate", "main.js")]
    public static partial bool Negate(bool value);

    [JSImport("mul", "main.js")]
    public static partial double Mul(double a, float b, byte c, short d, char e);

    [JSImport("nullable", "main.js")]
    public static partial int? Nullable(int? value);

    [JSImport("bigger", "main.js")]
    [return: JSMarshalAs<JSType.BigInt>]
    public static partial long Bigger([JSMarshalAs<JSType.BigInt>] long value);

    [JSImport("sum", "main.js")]
    public static partial int Sum(int[] values);

    [JSImport("reverse", "main.js")]
    public static partial string[] Reverse(string[] values);

    [JSImport("bytes", "main.js")]
    public static partial byte[] Bytes(byte[] values);

    [JSImport("spanSum", "main.js")]
    public static partial double SpanSum([JSMarshalAs<JSType.MemoryView>] Span<double> values);

    [JSImport("segmentLength", "main.js")]
    public static partial int SegmentLength([JSMarshalAs<JSType.MemoryView>] ArraySegment<byte> values);

    [JSImport("makeDate", "main.js")]
    [return: JSMarshalAs<JSType.Date>]
    public static partial DateTime MakeDate(int year);

    [JSImport("dateIso", "main.js")]
    public static partial string DateIso([JSMarshalAs<JSType.Date>] DateTime date);

    [JSImport("makePoint", "main.js")]
    public static partial JSObject MakePoint(int x, int y);

    [JSImport("stringify", "main.js")]
    public static partial string Stringify(JSObject o);

    [JSImport("delay", "main.js")]
    [return: JSMarshalAs<JSType.Promise<JSType.Number>>]
    public static partial Task<int> Delay(int ms, int value);

    [JSImport("rejectLater", "main.js")]
    [return: JSMarshalAs<JSType.Promise<JSType.Void>>]
    public static partial Task RejectLater(string message);

    [JSImport("awaitDotnet", "main.js")]
    [return: JSMarshalAs<JSType.Promise<JSType.String>>]
    public static partial Task<string> AwaitDotnet([JSMarshalAs<JSType.Promise<JSType.Number>>] Task<int> task);

    [JSImport("callLater", "main.js")]
    [return: JSMarshalAs<JSType.Promise<JSType.Number>>]
    public static partial Task<int> CallLater([JSMarshalAs<JSType.Function<JSType.Number, JSType.Number>>] Func<int, int> f,
        [JSMarshalAs<JSType.Function<JSType.String>>] Action<string> log);

    [JSImport("makeAdder", "main.js")]
    [return: JSMarshalAs<JSType.Function<JSType.Number, JSType.Number>>]
    public static partial Func<int, int> MakeAdder(int n);

    [JSImport("thrower", "main.js")]
    public static partial void Thrower(string message);

    [JSImport("errorText", "main.js")]
    public static partial string ErrorText(Exception e);

    [JSImport("makeError", "main.js")]
    public static partial Exception MakeError(string message);

    [JSImport("missing", "main.js")]
    public static partial void Missing();

    [JSImport("anything", "no-such-module")]
    public static partial void NoModule();

    [JSImport("shout", "helper")]
    public static partial string Shout(string s);

    [JSImport("nested.twice", "helper")]
    public static partial int Twice(int n);
}
