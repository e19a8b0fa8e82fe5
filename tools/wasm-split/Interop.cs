// Interop.cs: what a page's program does with JavaScript (Cilantro.Interop):
// JS calls a .NET method (rt.invoke), which calls JS functions with numbers,
// strings, arrays and an object handle and hands JS a callback, which JS
// calls as an event would. Run by tools/wasm-split/profile.mjs.
using System;
using Cilantro.Interop;

public static class Interop
{
    [JSImport("page.greet")] static extern string Greet(string name, int times);
    [JSImport("page.sum")] static extern double Sum(double[] values);
    [JSImport("page.element")] static extern JSObject Element(string id);
    [JSImport("page.text")] static extern void SetText(JSObject element, string text);
    [JSImport("page.listen")] static extern void Listen(JSObject element, JSObject callback);

    static int clicks;
    public static int Clicks() { return clicks; }

    public static string Render(string name, int count)
    {
        JSObject e = Element("out");
        try
        {
            string line = Greet(name, count) + " " + Sum(new[] { 1.5, 2.5, count }).ToString("F1");
            SetText(e, line);
            Listen(e, JS.CreateCallback(ev => clicks++));
            return line;
        }
        finally { e.Dispose(); }
    }

    public static void Main() { Console.WriteLine(Render("main", 1)); }
}
