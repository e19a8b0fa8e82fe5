// Patterns and slicing over spans and strings, custom interpolated string
// handlers, generic attributes, ref struct with ref fields, scoped.
using System.Runtime.CompilerServices;
using System.Text;

[InterpolatedStringHandler]
public ref struct LogHandler
{
    private StringBuilder _sb;
    public bool Enabled;
    public LogHandler(int literalLength, int formattedCount, Logger logger, out bool shouldAppend)
    {
        Enabled = logger.Enabled;
        shouldAppend = Enabled;
        _sb = Enabled ? new StringBuilder(literalLength) : null!;
        Console.WriteLine("handler: literal " + literalLength + ", holes " + formattedCount);
    }
    public void AppendLiteral(string s) => _sb.Append(s);
    public void AppendFormatted<T>(T value) => _sb.Append('[').Append(value?.ToString()).Append(']');
    public void AppendFormatted<T>(T value, string format) where T : IFormattable => _sb.Append(value.ToString(format, null));
    public override string ToString() => _sb?.ToString() ?? "<disabled>";
}

public class Logger
{
    public bool Enabled;
    public int Evaluations;
    public void Log([InterpolatedStringHandlerArgument("")] ref LogHandler handler)
    {
        if (handler.Enabled) Console.WriteLine("LOG " + handler.ToString());
    }
    public int Expensive() { Evaluations++; return 42; }
}

[AttributeUsage(AttributeTargets.Class)]
public class TypedAttribute<T> : Attribute
{
    public Type Target => typeof(T);
}

[Typed<int>]
public class Decorated { }

public ref struct RefHolder
{
    public ref int Target;
    public RefHolder(ref int t) { Target = ref t; }
    public void Bump() => Target++;
}

public static class Program
{
    static string Kind(ReadOnlySpan<char> s) => s switch
    {
        "yes" or "y" => "affirmative",
        "no" => "negative",
        [] => "empty",
        ['#', .. var rest] => "comment of " + rest.Length,
        _ => "unknown:" + s.ToString(),
    };

    static string Nums(Span<int> s) => s switch
    {
        [] => "none",
        [var only] => "single " + only,
        [var a, .., var z] when a == z => "same ends " + a,
        [_, .. var mid, _] => "mid " + mid.Length,
    };

    static string StrPat(string s) => s switch
    {
        ['(', .. var inner, ')'] => "paren " + inner,
        [var c, ..] when char.IsDigit(c) => "digit-first",
        _ => "plain",
    };

    static int Sum(scoped ReadOnlySpan<int> xs)
    {
        int t = 0;
        foreach (ref readonly int x in xs) t += x;
        return t;
    }

    public static void Main()
    {
        Console.WriteLine(Kind("yes") + " " + Kind("no") + " " + Kind("") + " " + Kind("#abc") + " " + Kind("what"));
        Span<int> nums = stackalloc int[] { 5, 1, 2, 5 };
        Console.WriteLine(Nums(nums) + " | " + Nums(nums[1..3]) + " | " + Nums(nums[..1]) + " | " + Nums(Span<int>.Empty));
        Console.WriteLine(StrPat("(hi)") + " " + StrPat("9x") + " " + StrPat(""));
        ReadOnlySpan<char> text = "hello world";
        Console.WriteLine(text[6..].ToString() + " " + text[^5..^2].ToString() + " " + text[^1]);
        Console.WriteLine(Sum(nums) + " " + Sum([1, 2, 3]));
        int[] arr = { 1, 2, 3, 4, 5 };
        Span<int> tail = arr.AsSpan(2);
        tail[0] = 30;
        Console.WriteLine(arr[2] + " " + tail.Length + " " + arr.AsSpan()[1..^1].Length);

        var logger = new Logger { Enabled = false };
        logger.Log($"value {logger.Expensive()} and {3.5:F2}");
        Console.WriteLine("evaluations while disabled: " + logger.Evaluations);
        logger.Enabled = true;
        logger.Log($"value {logger.Expensive()} and {3.5:F2}");
        Console.WriteLine("evaluations while enabled: " + logger.Evaluations);

        var sb = new StringBuilder();
        int n = 7;
        sb.Append($"n is {n,4}|{n:D3}|");
        Console.WriteLine(sb.ToString());
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{1.5} {n}"));

        Console.WriteLine(new TypedAttribute<string>().Target.Name);
        int local = 10;
        var rh = new RefHolder(ref local);
        rh.Bump();
        rh.Bump();
        Console.WriteLine(local);

        string multi = $"""
            Name: {"raw"}
              Count: {n + 1}
            """;
        Console.WriteLine(multi);
        Console.WriteLine($"{n switch { > 5 => "big", _ => "small" }} {(n > 3 ? "yes" : "no")}");
    }
}
