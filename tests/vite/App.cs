// The C# half of the Vite test page: Main wires a click handler and returns;
// the handler keeps running on later clicks.
using System;
using System.Linq;
using Cilantro.Dom;

class App
{
    static int clicks;

    static void Main()
    {
        var name = Document.GetElementById("name");
        var greeting = Document.GetElementById("greeting");
        Document.GetElementById("greet").AddEventListener("click", e =>
        {
            clicks++;
            // LINQ: the page fetches the corlib's part System.Linq.dll, which the bundle must hold
            var words = name.Value.Split(' ').Where(w => w.Length > 0);
            greeting.TextContent = "Hello, " + string.Join(" ", words) + "! (click " + clicks + ")";
            Console.WriteLine("clicked " + clicks);
        });
        Console.WriteLine("ready");
    }
}
