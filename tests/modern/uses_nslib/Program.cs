using NsLib;

var shapes = new List<Shape> { new Rect(3, 4), new Circle(1), new Rect(0.5, 2), new Circle(2.5) };
shapes.Sort();
Console.WriteLine(string.Join(" ", shapes));

IShape biggest = shapes.OrderByDescending(s => s.Area()).First();
Console.WriteLine($"biggest: {biggest.Name} {biggest.Area():F3}");
Console.WriteLine($"total rect area: {shapes.OfType<Rect>().Sum(r => r.Width * r.Height):F1}");

var tally = new Tally<string>();
foreach (string word in "the cat and the hat and the bat".Split(' ')) tally.Add(word);
foreach (var e in tally.Entries()) Console.Write($"{e.Key}={e.Value} ");
Console.WriteLine();
Console.WriteLine($"the: {tally["the"]}, dog: {tally["dog"]}");

var pair = new Pair<int, string>(7, "seven");
Console.WriteLine($"{pair} -> {pair.Swap()}");

var heard = new List<string>();
Text.Said += heard.Add;
Console.WriteLine("hello".Shout() + " " + "netstandard".Shout());
Console.WriteLine($"heard {heard.Count}: {string.Join(",", heard)}");

var byKind = shapes.GroupBy(s => s.Name).Select(g => $"{g.Key}:{g.Count()}:{g.Max(s => s.Area()):F2}");
Console.WriteLine(string.Join(" | ", byKind));
Console.WriteLine($"{typeof(Shape).FullName} {typeof(Pair<int, string>).Name} {typeof(IShape).IsInterface}");
