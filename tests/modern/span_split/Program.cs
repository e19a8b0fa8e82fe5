// MemoryExtensions.Split/SplitAny: .NET 9's SpanSplitEnumerator<T> and .NET 8's
// Span<Range> overloads, every StringSplitOptions and destination size.
using System.Buffers;
string[] inputs = { "", "a", ",", "a,b", ",a,,b,", " a , b ,, c ", "a, b;c  d", ";;x;;" };
string Show(ReadOnlySpan<char> src, Range r) => "[" + src[r].ToString() + "]";
foreach (var s in inputs) {
    ReadOnlySpan<char> src = s;
    var sb = new System.Text.StringBuilder($"{s.Replace(" ", "_"),-14}|");
    foreach (var r in src.Split(',')) sb.Append(Show(src, r)); sb.Append('|');
    foreach (var r in src.Split(", ".AsSpan())) sb.Append(Show(src, r)); sb.Append('|');
    foreach (var r in src.Split(ReadOnlySpan<char>.Empty)) sb.Append(Show(src, r)); sb.Append('|');
    foreach (var r in src.SplitAny(',', ';')) sb.Append(Show(src, r)); sb.Append('|');
    foreach (var r in src.SplitAny(ReadOnlySpan<char>.Empty)) sb.Append(Show(src, r)); sb.Append('|');
    foreach (var r in src.SplitAny(SearchValues.Create(",; "))) sb.Append(Show(src, r));
    Console.WriteLine(sb);
    foreach (var opt in new[] { StringSplitOptions.None, StringSplitOptions.RemoveEmptyEntries, StringSplitOptions.TrimEntries, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries }) {
        foreach (int n in new[] { 0, 1, 2, 3, 10 }) {
            var sb2 = new System.Text.StringBuilder($"  {(int)opt} {n,2}:");
            Span<Range> dst = new Range[n];
            int c = src.Split(dst, ',', opt); sb2.Append(c); foreach (var r in dst[..c]) sb2.Append(Show(src, r)); sb2.Append(" |");
            c = src.Split(dst, ", ", opt); sb2.Append(c); foreach (var r in dst[..c]) sb2.Append(Show(src, r)); sb2.Append(" |");
            c = src.SplitAny(dst, ",;", opt); sb2.Append(c); foreach (var r in dst[..c]) sb2.Append(Show(src, r)); sb2.Append(" |");
            c = src.SplitAny(dst, "", opt); sb2.Append(c); foreach (var r in dst[..c]) sb2.Append(Show(src, r)); sb2.Append(" |");
            c = src.SplitAny(dst, new[] { ", ", ";" }, opt); sb2.Append(c); foreach (var r in dst[..c]) sb2.Append(Show(src, r)); sb2.Append(" |");
            c = src.Split(dst, "", opt); sb2.Append(c); foreach (var r in dst[..c]) sb2.Append(Show(src, r));
            Console.WriteLine(sb2);
        }
    }
}
int[] nums = { 1, 0, 2, 3, 0, 0, 4 };
foreach (var r in nums.AsSpan().Split(0)) Console.Write(string.Join("+", nums[r]) + ";");
Console.WriteLine();
var e = "x|y".AsSpan().Split('|');
Console.WriteLine(e.Source.ToString() + " " + e.Current);
while (e.MoveNext()) Console.Write(e.Current + " ");
Console.WriteLine(e.MoveNext());
try { Span<Range> d = new Range[2]; "a".AsSpan().Split(d, ',', (StringSplitOptions)8); } catch (Exception ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message); }
Console.WriteLine(typeof(MemoryExtensions.SpanSplitEnumerator<char>).FullName);
Console.WriteLine(string.Join(",", typeof(MemoryExtensions.SpanSplitEnumerator<char>).GetInterfaces().Select(i => i.Name)));
