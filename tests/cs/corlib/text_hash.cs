// StringBuilder, Encoding, Convert, BitConverter, Math, hashing (issue 5).
using System;
using System.Text;
using System.Security.Cryptography;

static class Program
{
    static string Hex(byte[] b) { var sb = new StringBuilder(); foreach (byte x in b) sb.Append(x.ToString("x2")); return sb.ToString(); }

    static void Main()
    {
        var sb = new StringBuilder();
        sb.Append("abc").Append(1).Append('x').Append(2.5).AppendLine().Append(true);
        sb.Insert(0, ">>").Replace("abc", "ABC").Remove(2, 1);
        Console.WriteLine(sb.ToString().Replace("\n", "\\n") + " " + sb.Length + " " + sb[3]);
        sb.Clear(); for (int i = 0; i < 1000; i++) sb.Append(i % 10); Console.WriteLine(sb.Length + " " + sb.ToString(995, 5));
        sb.Clear(); sb.AppendFormat("{0}-{1:D3}", "f", 7); sb[0] = 'F'; Console.WriteLine(sb);
        byte[] utf8 = Encoding.UTF8.GetBytes("héllo €𝄞");
        Console.WriteLine(Hex(utf8) + " " + utf8.Length + " " + Encoding.UTF8.GetByteCount("€") + " " + Encoding.UTF8.GetString(utf8));
        Console.WriteLine(Hex(Encoding.ASCII.GetBytes("Aé")) + " " + Hex(Encoding.Unicode.GetBytes("Az")) + " " + Encoding.Unicode.GetString(new byte[] { 0x41, 0, 0x42, 0 }));
        Console.WriteLine(Encoding.UTF8.GetString(new byte[] { 0x41, 0xff, 0x42, 0xc3 }).Length);
        Console.WriteLine(Convert.ToBase64String(Encoding.ASCII.GetBytes("Cilantro!")) + " " + Encoding.ASCII.GetString(Convert.FromBase64String("aGVsbG8=")));
        Console.WriteLine(Convert.ToString(255, 2) + " " + Convert.ToString(255, 16) + " " + Convert.ToInt32("ff", 16) + " " + Convert.ToInt32(3.5) + " " + Convert.ToInt32(4.5) + " " + Convert.ToBoolean("true") + " " + Convert.ToDouble("2.5") + " " + Convert.ToInt64(true));
        Console.WriteLine(Hex(BitConverter.GetBytes(0x01020304)) + " " + Hex(BitConverter.GetBytes(1.0)) + " " + BitConverter.ToInt32(new byte[] { 1, 0, 0, 0 }, 0) + " " + BitConverter.ToString(new byte[] { 0xde, 0xad }) + " " + BitConverter.IsLittleEndian);
        Console.WriteLine(BitConverter.DoubleToInt64Bits(-2.0) + " " + BitConverter.Int64BitsToDouble(4607182418800017408));
        Console.WriteLine(Math.Clamp(15, 0, 10) + " " + Math.DivRem(17, 5, out int rem) + " " + rem + " " + Math.BigMul(100000, 100000) + " " + Math.Round(2.567, 2) + " " + Math.Round(-1.5) + " " + Math.Round(2.5, MidpointRounding.AwayFromZero) + " " + Math.Cbrt(27).ToString("F12"));   // libm's cbrt may be 1 ulp off
        using (var sha = SHA256.Create()) Console.WriteLine(Hex(sha.ComputeHash(Encoding.UTF8.GetBytes("abc"))));
        using (var md5 = MD5.Create()) Console.WriteLine(Hex(md5.ComputeHash(Encoding.UTF8.GetBytes("The quick brown fox jumps over the lazy dog"))));
        using (var sha = SHA256.Create()) Console.WriteLine(Hex(sha.ComputeHash(new byte[0])));
        var ts = TimeSpan.FromSeconds(3725.5); Console.WriteLine(ts + " " + ts.TotalMinutes.ToString("F4") + " " + ts.Hours + " " + (ts + TimeSpan.FromHours(1)).ToString());
        var dt = new DateTime(2024, 2, 28, 13, 45, 30); var dt2 = dt.AddDays(2);
        Console.WriteLine(dt2.ToString("yyyy-MM-dd HH:mm:ss") + " " + dt2.DayOfWeek + " " + dt.DayOfYear + " " + DateTime.IsLeapYear(2024) + " " + (dt2 - dt).TotalHours + " " + dt.ToString("o"));
        Guid g = new Guid("12345678-1234-5678-9abc-def012345678"); Console.WriteLine(g + " " + g.ToString("N"));
        var rnd1 = new Random(42); var rnd2 = new Random(42); Console.WriteLine(rnd1.Next(1000) == rnd2.Next(1000));
        var t = (1, "two"); var (a, b) = t; Console.WriteLine(t.Item1 + b + a + " " + Tuple.Create(1, 'c'));
    }
}
