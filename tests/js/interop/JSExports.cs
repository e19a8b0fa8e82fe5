// [JSExport] methods for tests/js/jsexport.test.mjs: their TypeScript
// signatures and calls through rt.exports.
using System.Threading.Tasks;
using Cilantro.Interop;

namespace Shop.Billing
{
    public enum Tier { Basic = 1, Gold = 2 }

    public class Prices
    {
        [JSExport] public static int Add(int a, int b) { return a + b; }
        [JSExport] public static double Total(double[] prices, float discount) { double s = 0; foreach (var p in prices) s += p; return s * (1 - discount); }
        [JSExport] public static long Cents(long units) { return units * 100; }
        [JSExport] public static string Label(string name, char mark, bool loud) { return (loud ? name.ToUpper() : name) + mark; }
        [JSExport] public static void Touch() { }
        [JSExport] public static byte[] Reverse(byte[] data) { System.Array.Reverse(data); return data; }
        [JSExport] public static Tier Upgrade(Tier t) { return Tier.Gold; }
        [JSExport] public static async Task<string> Later(int ms) { await Task.Delay(ms); return "later " + ms; }
        [JSExport] public static Task Nothing() { return Task.CompletedTask; }
        [JSExport] public static JSObject Echo(JSObject o) { return o; }
        [JSExport] public static object Anything(object o) { return o; }
        // Not exported, each for its own reason:
        [JSExport] public static int Twice(int x) { return 2 * x; }
        [JSExport] public static double Twice(double x) { return 2 * x; }
        [JSExport] public int Instance() { return 1; }
        [JSExport] static int Private() { return 1; }
        [JSExport] public static System.Text.StringBuilder Builder() { return null; }
        [JSExport] public static void ByRef(ref int x) { }
        public static int NotMarked() { return 0; }

        public static class Nested
        {
            [JSExport] public static string Where() { return "nested"; }
        }
    }
}
