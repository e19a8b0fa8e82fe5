// A small but representative modern C# program: top-level statements,
// records, string interpolation, LINQ, spans, pattern matching, async.

Console.WriteLine("Hello from C# on Cilantro!");

string who = args.Length > 0 ? args[0] : "world";
Console.WriteLine($"Hello, {who}!");
Console.WriteLine($"You passed {args.Length} argument(s).");
for (int i = 0; i < args.Length; i++)
    Console.WriteLine($"  args[{i}] = {args[i]}");

int[] squares = Enumerable.Range(1, 10).Select(i => i * i).ToArray();
Console.WriteLine($"Squares: {string.Join(" ", squares)}");
Console.WriteLine($"Sum of squares: {squares.Sum()}");
Console.WriteLine($"Fib(20) = {Fib(20)}");
Console.WriteLine($"Average: {squares.Average():F1}");

Span<int> window = squares.AsSpan(2, 3);
Console.WriteLine($"A span over the array: [{string.Join(", ", window.ToArray())}]");

var shapes = new Shape[] { new Circle(1.5), new Rect(2, 3) };
foreach (var shape in shapes)
    Console.WriteLine(shape switch
    {
        Circle { Radius: var r } => $"{shape} has area {Math.PI * r * r:F2}",
        Rect(var w, var h) => $"{shape} has area {w * h}",
        _ => "unknown",
    });

await Task.Delay(10);
Console.WriteLine("Awaited a timer.");
return 0;

static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);

abstract record Shape;
record Circle(double Radius) : Shape;
record Rect(double Width, double Height) : Shape;
