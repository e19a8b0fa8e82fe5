// Regular expressions (in the spirit of the benchmarks game's regex-redux):
// generate a DNA-like text, count matches of alternation patterns, run
// replacements with character classes, captures and a MatchEvaluator.
// Argument: text length in kilobytes (default 50).
using System;
using System.Text;
using System.Text.RegularExpressions;

static class RegexBench
{
    static void Main(string[] args)
    {
        int kb = args.Length > 0 ? int.Parse(args[0]) : 50;
        const string alphabet = "acgtacgtacgtNRMKacgt";
        var sb = new StringBuilder(kb * 1024 + 64);
        uint seed = 42;
        int line = 0;
        while (sb.Length < kb * 1024)
        {
            seed = seed * 1664525 + 1013904223;
            sb.Append(alphabet[(int)((seed >> 24) % (uint)alphabet.Length)]);
            if (++line == 60) { sb.Append('\n'); line = 0; }
        }
        string input = ">ONE header\n" + sb.ToString();
        string seq = Regex.Replace(input, ">.*\n|\n", "");
        Console.WriteLine("{0} {1}", input.Length, seq.Length);

        string[] variants = {
            "agggtaaa|tttaccct", "[cgt]gggtaaa|tttaccc[acg]", "a[act]ggtaaa|tttacc[agt]t",
            "ag[act]gtaaa|tttac[agt]ct", "agg[act]taaa|ttta[agt]cct", "aggg[acg]aaa|ttt[cgt]ccct",
            "agggt[cgt]aa|tt[acg]accct", "agggta[cgt]a|t[acg]taccct", "agggtaa[cgt]|[acg]ttaccct",
        };
        foreach (string v in variants)
            Console.WriteLine("{0} {1}", v, new Regex(v).Matches(seq).Count);

        string[,] subst = {
            { "tHa[Nt]", "<4>" }, { "aND|caN|Ha[DS]|WaS", "<3>" }, { "a[NSt]|BY", "<2>" },
            { "<[^>]*>", "|" }, { "\\|[^|][^|]*\\|", "-" },
        };
        string s = seq;
        for (int i = 0; i < subst.GetLength(0); i++)
            s = Regex.Replace(s, subst[i, 0], subst[i, 1]);
        Console.WriteLine(s.Length);

        // Captures, named groups, case-insensitive matching and an evaluator.
        var pair = new Regex(@"(?<left>[acgt]{2})N(?<right>[acgt]{2})", RegexOptions.IgnoreCase);
        int pairs = 0, sum = 0;
        for (Match m = pair.Match(seq); m.Success; m = m.NextMatch())
        {
            pairs++;
            sum += m.Groups["left"].Value[0] + m.Groups["right"].Value[1];
        }
        Console.WriteLine("{0} {1}", pairs, sum);
        string upper = Regex.Replace(seq.Substring(0, Math.Min(seq.Length, 20000)), "[RMK]+",
            m => m.Length.ToString());
        Console.WriteLine(upper.Length);
        Console.WriteLine(Regex.Split(seq, "N+").Length);
    }
}
