// String members (issue 5): Split/Join/Substring/IndexOf/Replace/Trim/Pad/case/Insert/Remove/
// Contains/StartsWith/EndsWith/Compare/Equals/ToCharArray/IsNullOrEmpty/IsNullOrWhiteSpace/Format.
using System;

static class Program
{
    static string Show(string[] parts) { return "[" + string.Join("|", parts) + "] " + parts.Length; }

    static void Main()
    {
        string s = "  The quick brown fox, jumps over the lazy dog.  ";
        string t = s.Trim();
        Console.WriteLine("[" + t + "] [" + s.TrimStart() + "] [" + s.TrimEnd() + "] [" + "xxhixx".Trim('x') + "]");
        Console.WriteLine(t.Length + " " + t.IndexOf('q') + " " + t.IndexOf("fox") + " " + t.IndexOf("the") + " " + t.IndexOf("the", StringComparison.OrdinalIgnoreCase) + " " + t.LastIndexOf('o') + " " + t.IndexOf('z', 5) + " " + t.IndexOf("cat"));
        Console.WriteLine(t.IndexOfAny(new[] { 'x', 'y' }) + " " + t.LastIndexOf("o", 20) + " " + t.LastIndexOfAny(new[] { 'a', 'e' }));
        Console.WriteLine(t.Substring(4) + " | " + t.Substring(4, 5) + " | " + t.Replace("o", "0") + " | " + t.Replace('e', 'E') + " | " + t.Replace("the ", ""));
        Console.WriteLine(t.ToUpper() + " | " + t.ToLower() + " | " + t.ToUpperInvariant());
        Console.WriteLine(t.Contains("brown") + " " + t.Contains("Brown") + " " + t.StartsWith("The") + " " + t.EndsWith("dog.") + " " + t.StartsWith("the", StringComparison.OrdinalIgnoreCase) + " " + t.EndsWith("DOG.", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(Show("a,b,,c".Split(',')) + " " + Show("a,b,,c".Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)) + " " + Show("a b\tc".Split(' ', '\t')));
        Console.WriteLine(Show("one--two--three".Split(new[] { "--" }, StringSplitOptions.None)) + " " + Show("a,b,c,d".Split(new[] { ',' }, 2)) + " " + Show("".Split(',')));
        Console.WriteLine(string.Join(", ", new[] { 1, 2, 3 }) + " " + string.Join("-", "x", "y") + " " + string.Concat(new[] { "p", "q", "r" }));
        Console.WriteLine("[" + "7".PadLeft(4) + "][" + "7".PadLeft(4, '0') + "][" + "ab".PadRight(5) + "][" + "ab".PadRight(5, '.') + "]");
        Console.WriteLine("Hello".Insert(5, " World") + " " + "Hello World".Remove(5) + " " + "Hello World".Remove(0, 6));
        Console.WriteLine(string.Compare("apple", "banana") < 0 ? "lt" : "ge");
        Console.WriteLine(string.CompareOrdinal("a", "B") > 0 ? "gt" : "le");
        Console.WriteLine(string.Compare("ABC", "abc", StringComparison.OrdinalIgnoreCase) + " " + "b".CompareTo("a") + " " + string.Equals("x", "X", StringComparison.OrdinalIgnoreCase) + " " + "abc".Equals("abc"));
        Console.WriteLine(string.IsNullOrEmpty(null) + " " + string.IsNullOrEmpty("") + " " + string.IsNullOrEmpty(" ") + " " + string.IsNullOrWhiteSpace(" \t\n") + " " + string.IsNullOrWhiteSpace("x"));
        char[] arr = "hello".ToCharArray(); Array.Reverse(arr); Console.WriteLine(new string(arr) + " " + new string('=', 5) + " " + new string(arr, 1, 3));
        Console.WriteLine(string.Format("{0,6}|{1,-6}|{2:D5}|{3:X4}|{4:F3}|{5:N0}|{6:P1}|{{lit}}", "r", "l", 42, 255, 3.14159, 1234567, 0.256));
        Console.WriteLine(string.Format("{0} {0} {1}", "rep", null) + "|" + "a".GetHashCode().Equals("a".GetHashCode()));
        Console.WriteLine(string.Intern("inter" + "ned") == "interned");
        Console.WriteLine("tab\there".Split('\t')[1] + " " + "ÄÖÜ straße".ToUpperInvariant() + " " + "ÄÖÜ".ToLowerInvariant());
        Console.WriteLine(char.IsDigit('5') + " " + char.IsLetter('x') + " " + char.IsWhiteSpace('\t') + " " + char.IsUpper('A') + " " + char.IsLower('A') + " " + char.ToUpper('q') + char.ToLower('Q') + " " + char.IsLetterOrDigit('_') + " " + char.IsPunctuation('!'));
    }
}
