// The .NET side of tests/js/interop.test.mjs: every marshalled type, errors
// in both directions, JS objects, callbacks, tasks and promises.
using System;
using System.Threading.Tasks;
using Cilantro.Interop;

namespace Interop
{
    public static class Types
    {
        public static sbyte SByte(sbyte v) { return v; }
        public static byte Byte(byte v) { return v; }
        public static short Int16(short v) { return v; }
        public static ushort UInt16(ushort v) { return v; }
        public static int Int32(int v) { return v; }
        public static uint UInt32(uint v) { return v; }
        public static long Int64(long v) { return v; }
        public static ulong UInt64(ulong v) { return v; }
        public static float Single(float v) { return v; }
        public static double Double(double v) { return v; }
        public static bool Bool(bool v) { return v; }
        public static char Char(char v) { return v; }
        public static string String(string v) { return v; }
        public static object Object(object v) { return v; }
        public static string TypeOf(object v) { return v == null ? "null" : v.GetType().FullName; }
        public static int[] Ints(int[] v) { return v; }
        public static string[] Strings(string[] v) { return v; }
        public static double[][] Jagged(double[][] v) { return v; }
        public static byte[] Bytes(byte[] v) { return v; }
        public static long[] Longs(long[] v) { return v; }
        public static int Sum(int[] v) { int s = 0; foreach (int x in v) s += x; return s; }
        public static void Nothing() { }
        public static DayOfWeek Day(DayOfWeek d) { return d; }
        public static int Add(int a, int b) { return a + b; }
        public static string Over(int x) { return "int"; }
        public static string Over(double x) { return "double"; }
        public static string Over(string x) { return "string"; }
        public static string Over(int x, int y) { return "int,int"; }
        static int Hidden() { return 1; }
        public static object Unmarshallable() { return new System.Text.StringBuilder("x"); }
    }

    public static class Errors
    {
        public static void Throw(string m) { throw new ArgumentException(m, "arg"); }
        static void Deep(int n) { if (n == 0) throw new InvalidOperationException("deep"); Deep(n - 1); }
        public static void ThrowDeep() { Deep(3); }
        public static async Task<int> FaultLater() { await Task.Delay(1); throw new FormatException("later"); }
        public static Task<string> Later(string s) { return Task.Delay(5).ContinueWith(t => s + "!"); }
        public static async Task Plain() { await Task.Delay(1); }
    }

    public static class ToJs
    {
        public static string Call(string fn, string arg) { return JS.Invoke<string>(fn, arg); }
        public static object CallObj(string fn) { return JS.Invoke(fn); }
        public static string Unregistered()
        {
            try { JS.Invoke("no.such.fn"); return "no exception"; }
            catch (JSException e) { return e.Message; }
        }
        public static string CatchJs()
        {
            try { JS.Invoke("thrower", "bad"); return "no exception"; }
            catch (JSException e) { return "JSException: " + e.Message; }
        }
        public static string WrongResult()
        {
            try { return JS.Invoke<int>("text").ToString(); }
            catch (InvalidCastException e) { return "InvalidCastException: " + e.Message; }
        }
        public static string Types()
        {
            return JS.Invoke<int>("echo", 42) + "|" + JS.Invoke<long>("echo", 1L << 40) + "|" + JS.Invoke<bool>("echo", true)
                + "|" + JS.Invoke<double>("echo", 1.5) + "|" + JS.Invoke<string>("echo", "s") + "|" + JS.Invoke<byte[]>("echo", new byte[] { 7, 8 }).Length
                + "|" + JS.Invoke<int[]>("echo", new int[] { 1, 2, 3 })[2] + "|" + (JS.Invoke("echo", (object)null) == null)
                + "|" + JS.Invoke("echo", 3).GetType().FullName + "|" + JS.Invoke<char>("echo", 'c');
        }
        public static async Task<string> Await(string fn) { string v = await JS.InvokeAsync<string>(fn, "p"); return "awaited " + v; }
        public static async Task<string> AwaitRejected()
        {
            try { await JS.InvokeAsync<string>("rejecter"); return "no exception"; }
            catch (JSException e) { return "JSException: " + e.Message; }
        }
        public static string UseObject(JSObject o)
        {
            o.SetProperty("fromNet", 7);
            int n = o.Invoke<int>("twice", 21);
            string name = o.GetProperty<string>("name");
            JSObject inner = o.GetProperty<JSObject>("inner");
            int v = inner.GetProperty<int>("v");
            inner.Dispose();
            return name + ":" + n + ":" + v;
        }
        public static JSObject Same(JSObject o) { return o; }
        public static string Disposed(JSObject o)
        {
            o.Dispose();
            try { o.GetProperty("x"); return "no exception"; }
            catch (ObjectDisposedException) { return "ObjectDisposedException"; }
        }
        public static string GlobalType()
        {
            try { return JS.Global.GetProperty<JSObject>("Math").Invoke<double>("max", 1, 5).ToString(); }
            catch (JSException e) { return "JSException: " + e.Message; }
        }
        public static int clicks;
        public static string lastArg;
        public static JSObject callbackFn;
        public static void MakeCallback()
        {
            callbackFn = JS.CreateCallback((JSObject ev) => { clicks++; lastArg = ev == null ? "null" : ev.GetProperty<string>("kind"); });
            JS.Invoke("keepCallback", callbackFn);
        }
        public static string CallbackState() { return clicks + ":" + lastArg; }
        public static void DropCallback() { callbackFn.Dispose(); callbackFn = null; }
        public static void Collect() { GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect(); GC.WaitForPendingFinalizers(); }
    }
}
