// [JSImport] static extern methods bound to registered JS functions
// (tests/js/jsimport.test.mjs).
using System;
using Cilantro.Interop;

namespace Imports
{
    public enum Color { Red = 1, Green = 2 }

    public static class Api
    {
        [JSImport("math.add")] static extern int Add(int a, int b);
        [JSImport("math.scale")] static extern double Scale(double x, float factor);
        [JSImport("math.big")] static extern long Big(long x);
        [JSImport("text.join")] static extern string Join(string[] parts, char sep);
        [JSImport("text.shout")] static extern string Shout(string s);
        [JSImport("misc.log")] static extern void Log(string message, Color color, bool flag);
        [JSImport("misc.bytes")] static extern byte[] Bytes(byte[] data);
        [JSImport("misc.obj")] static extern JSObject MakeObject(string name);
        [JSImport("misc.name")] static extern string NameOf(JSObject o);
        [JSImport("misc.fails")] static extern int Fails();
        [JSImport("misc.wrongType")] static extern int WrongType();
        [JSImport("misc.fraction")] static extern int Fraction();
        [JSImport("misc.missing")] static extern int Missing();
        [JSImport("text.shout")] static extern System.Text.StringBuilder BadReturn(string s);
        [JSImport("text.shout")] static extern string BadParam(System.Text.StringBuilder sb);

        public static int CallAdd(int a, int b) { return Add(a, b); }
        public static double CallScale(double x) { return Scale(x, 1.5f); }
        public static long CallBig() { return Big(1L << 40); }
        public static string CallJoin() { return Join(new[] { "a", "b", "c" }, '-'); }
        public static string Loop(int n)
        {
            string s = "";
            for (int i = 0; i < n; i++) s = Shout("x" + i);
            return s;
        }
        public static void CallLog() { Log("hello", Color.Green, true); }
        public static int CallBytes() { byte[] b = Bytes(new byte[] { 1, 2, 3 }); return b.Length * 100 + b[2]; }
        public static string CallObject() { JSObject o = MakeObject("thing"); try { return NameOf(o); } finally { o.Dispose(); } }
        public static string Caught(string which)
        {
            try
            {
                switch (which)
                {
                    case "fails": return Fails().ToString();
                    case "wrong": return WrongType().ToString();
                    case "fraction": return Fraction().ToString();
                    case "missing": return Missing().ToString();
                    case "badReturn": return BadReturn("x").ToString();
                    case "badParam": return BadParam(null);
                }
            }
            catch (Exception e)
            {
                return e.GetType().FullName + ": " + e.Message;
            }
            return "no exception";
        }
        public static int ViaDelegate(int a, int b)
        {
            Func<int, int, int> f = Add;
            return f(a, b);
        }
    }
}
