// The C# half of the Vite test page: Main wires a click handler and returns;
// the handler keeps running on later clicks.
using System;
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
            greeting.TextContent = "Hello, " + name.Value + "! (click " + clicks + ")";
            Console.WriteLine("clicked " + clicks);
        });
        Console.WriteLine("ready");
    }
}
