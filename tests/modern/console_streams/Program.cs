// Console: In/Out/Error as TextReader/TextWriter, SetIn/SetOut/SetError,
// Console.Read, the standard byte streams, ReadKey on redirected input, the
// redirection flags, ConsoleKeyInfo. Reads console_streams.stdin (which
// starts with a UTF-8 BOM: .NET keeps it as U+FEFF).
using System.Text;

Console.WriteLine($"redirected in={Console.IsInputRedirected} out={Console.IsOutputRedirected}");
string? l1 = Console.ReadLine();
Console.WriteLine(string.Join(",", l1!.Select(c => ((int)c).ToString())));
Console.WriteLine(Console.In.ReadLine());
int a = Console.Read(), b = Console.Read();
Console.WriteLine($"{(char)a}{(char)b} {Console.In.Peek()}");
Console.WriteLine("[" + Console.ReadLine() + "]");

try { Console.ReadKey(); }
catch (InvalidOperationException e) { Console.WriteLine("ReadKey: " + e.Message); }

using (Stream input = Console.OpenStandardInput())
{
    Console.WriteLine($"stdin stream: read={input.CanRead} write={input.CanWrite} seek={input.CanSeek}");
    var buf = new byte[256];
    var all = new MemoryStream();
    int n;
    while ((n = input.Read(buf, 0, buf.Length)) > 0) all.Write(buf, 0, n);
    Console.WriteLine("raw: " + Encoding.UTF8.GetString(all.ToArray()).Replace("\n", "|"));
    try { _ = input.Length; } catch (NotSupportedException e) { Console.WriteLine(e.Message); }
}
Console.WriteLine(Console.ReadLine() == null);

Console.Write("before raw ");
using (Stream output = Console.OpenStandardOutput())
{
    byte[] bytes = Encoding.UTF8.GetBytes("raw stdout ✓\n");
    output.Write(bytes, 0, bytes.Length);
    Console.WriteLine($"stdout stream: read={output.CanRead} write={output.CanWrite}");
}
using (Stream err = Console.OpenStandardError())
    Console.WriteLine($"stderr stream: write={err.CanWrite}");
try { Console.OpenStandardInput(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName); }

// SetOut / SetError / SetIn
TextWriter original = Console.Out;
var sw = new StringWriter();
Console.SetOut(sw);
Console.WriteLine("captured");
Console.Write(42);
Console.SetOut(original);
Console.WriteLine("got: " + sw.ToString().Replace(Environment.NewLine, "/"));
var ew = new StringWriter();
TextWriter originalErr = Console.Error;
Console.SetError(ew);
Console.Error.WriteLine("to error");
Console.SetError(originalErr);
Console.WriteLine("err: " + ew.ToString().Trim());
Console.SetIn(new StringReader("from string\nsecond"));
Console.WriteLine(Console.ReadLine() + " / " + Console.In.ReadToEnd());
Console.WriteLine(Console.ReadLine() == null);
Console.WriteLine(Console.Out is TextWriter && Console.In is TextReader);

// ConsoleKeyInfo and the enums
var k = new ConsoleKeyInfo('a', ConsoleKey.A, false, true, true);
Console.WriteLine($"{k.KeyChar} {k.Key} {k.Modifiers} {(int)ConsoleKey.F12} {ConsoleKey.Enter} {(int)ConsoleKey.OemClear}");
Console.WriteLine(k == new ConsoleKeyInfo('a', ConsoleKey.A, false, true, true));
Console.WriteLine(k.Equals(new ConsoleKeyInfo('a', ConsoleKey.A, true, true, true)));
try { new ConsoleKeyInfo('x', (ConsoleKey)300, false, false, false); }
catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName); }
Console.CancelKeyPress += (s, e) => { };
Console.WriteLine("done");
