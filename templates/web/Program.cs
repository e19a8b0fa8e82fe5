// Runs in the page: Cilantro.Dom reaches the elements of index.html.
using Cilantro.Dom;

var count = 0;
var label = Document.GetElementById("count");
Document.GetElementById("counter").AddEventListener("click", e =>
{
    count++;
    label.TextContent = $"Clicked {count} time{(count == 1 ? "" : "s")}";
});
Console.WriteLine("Hello from C#!");
