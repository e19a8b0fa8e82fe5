using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

class RegexTest
{
    static void Show(string pattern, string input, RegexOptions o = RegexOptions.None)
    {
        Regex r = new Regex(pattern, o);
        Match m = r.Match(input);
        Console.Write("[" + pattern + "] on \"" + input.Replace("\n", "\\n") + "\": ");
        if (!m.Success) { Console.WriteLine("no match"); return; }
        Console.Write(m.Index + "+" + m.Length + " '" + m.Value + "'");
        for (int g = 1; g < m.Groups.Count; g++)
        {
            Group gr = m.Groups[g];
            Console.Write(" " + r.GroupNameFromNumber(g) + "=" + (gr.Success ? "'" + gr.Value + "'@" + gr.Index : "<none>"));
        }
        Console.WriteLine();
    }

    static void All(string pattern, string input, RegexOptions o = RegexOptions.None)
    {
        var ms = Regex.Matches(input, pattern, o);
        var parts = new List<string>();
        foreach (Match m in ms) parts.Add(m.Index + ":" + m.Value);
        Console.WriteLine("all [" + pattern + "] " + ms.Count + " -> " + string.Join(", ", parts));
    }

    static void Bad(string p)
    {
        try { new Regex(p); Console.WriteLine("ok " + p); }
        catch (ArgumentException e)
        {
            string msg = e.Message;
            string r = msg.Substring(msg.IndexOf(p) + p.Length);
            r = r.IndexOf(" - ") >= 0 ? r.Substring(r.IndexOf(" - ") + 3) : r.Substring(r.IndexOf(". ") + 2);
            Console.WriteLine(e.GetType().Name + " for " + p + ": " + r);
        }
    }

    static void Main()
    {
        // literals, escapes, dot, classes
        Show("abc", "xxabcxx");
        Show("a\\.b", "a.b axb");
        Show("a.c", "a\nc abc");
        Show("a.c", "a\nc", RegexOptions.Singleline);
        Show("\\t\\x41\\u0042\\\\", "q\tAB\\z");
        Show("[a-c]+", "xxcabbage");
        Show("[^a-z ]+", "hello WORLD 42");
        Show("[\\d.]+", "v=3.14!");
        Show("\\d+\\s\\w+", "id: 42 apples");
        Show("\\D\\W\\S", "1a!b");
        Show("[a-z-[aeiou]]+", "aeixyzo");
        Show("[]a]+", "b]a]c");
        Show("\\p{Lu}\\p{Ll}+", "hello World");
        Show("\\P{L}+", "abc123def");
        // anchors
        Show("^abc$", "abc");
        Show("^b", "a\nb");
        Show("^b", "a\nb", RegexOptions.Multiline);
        Show("a$", "xa\ny", RegexOptions.Multiline);
        Show("a$", "xa\n");
        Show("a\\z", "xa\n");
        Show("a\\Z", "xa\n");
        Show("\\Aab", "abab");
        Show("\\bcat\\b", "concat cat");
        Show("\\Bcat", "cat concat");
        All("^\\w+", "one\ntwo\nthree", RegexOptions.Multiline);
        // groups, names, backreferences
        Show("(\\w+)@(\\w+)\\.com", "mail bob@example.com now");
        Show("(?<user>\\w+)@(?'host'\\w+)", "x alice@home");
        Show("(a)(?:b)(c)", "abc");
        Show("(?<y>\\d{4})-(\\d\\d)-(?<d>\\d\\d)", "on 2024-05-17.");
        Show("(\\w)\\1", "abccd");
        Show("(?<q>['\"]).*?\\k<q>", "say \"hi\" 'there'");
        Show("(a)|(b)", "b");
        Show("(a|ab)(c|bcd)(d*)", "abcd");
        Show("(?:(a)|b)+", "ab");
        Show("(\\d)+", "123");
        Show("(a)(b)?", "ac");
        Show("(?n)(a)(?<k>b)", "ab");
        Show("(a)(b)", "ab", RegexOptions.ExplicitCapture);
        // quantifiers
        Show("a{2}", "aaaa");
        Show("a{2,}", "aaaaa");
        Show("a{2,3}", "aaaaa");
        Show("a{2,3}?", "aaaaa");
        Show("<.+>", "<a><b>");
        Show("<.+?>", "<a><b>");
        Show("a*?b", "aaab");
        Show("x??y", "xy");
        Show("(ab)*c", "ababc");
        Show("(ab)+?", "ababab");
        Show("(a|b)*?c", "abbac");
        Show("(a*)*b", "aab");
        Show("(a*)+$", "aa");
        Show("(?:a|b)*abb", "aababb");
        Show("\\d{3}-\\d{4}", "call 555-1234 now");
        Show("x{1,}y{0,1}", "xxxy");
        Show("a{,2}", "a{,2}");
        // lookaround
        Show("\\w+(?=!)", "hey you!");
        Show("\\b\\w+\\b(?!\\s*=)", "x = yes");
        Show("(?<=\\$)\\d+", "cost $42");
        Show("(?<!\\$)\\b\\d+", "$42 and 17");
        Show("(?=(\\w+))\\w", "abc");
        Show("(?<=(a{1,3}))b", "aaaab");
        Show("(?<=(\\d+?))x", "123x");
        Show("(?<=(a|ab)(c)?)d", "abcd");
        All("(?<=^|,)\\w+", "a,bb,ccc");
        Show("^(?=.*\\d)(?=.*[a-z]).{6,}$", "abc123");
        Show("^(?=.*\\d)(?=.*[a-z]).{6,}$", "abcdef");
        // atomic groups and conditionals
        Show("(?>a+)b", "aaab");
        Show("(?>a+)ab", "aaab");
        Show("(?>x|xy)z", "xyz xz");
        Show("(\\()?\\d+(?(1)\\))", "(12) 34");
        Show("(?<q>\")?\\w+(?(q)\"|!)", "\"abc\" def!");
        Show("(?(?=\\d)\\d+|[a-z]+)", "ab12");
        Show("(?(foo)foo|bar)", "foobar");
        // options
        Show("HELLO", "say hello", RegexOptions.IgnoreCase);
        Show("[A-C]+", "xabcx", RegexOptions.IgnoreCase);
        Show("(?i)b(?-i)C", "BC bc Bc");
        Show("a(?i:B)c", "abc aBc");
        Show("(\\w)\\1", "aA", RegexOptions.IgnoreCase);
        Show("a b c # comment\n d", "abcd", RegexOptions.IgnorePatternWhitespace);
        Show("a\\ b [ ]c", "a b c", RegexOptions.IgnorePatternWhitespace);
        Show("x", "x", RegexOptions.Compiled | RegexOptions.CultureInvariant);
        // failures
        Show("abd", "abcabc");
        Show("^a", "ba");
        Show("(a)\\1", "ab");
        // Matches, NextMatch, startat
        All("\\d+", "a1b22c333");
        All("x*", "axb");
        All("", "abc");
        All("\\b", "hi you");
        All("(?<=a)b*", "abab");
        var rx = new Regex("o");
        Console.WriteLine(rx.Match("foo boo", 3).Index + " " + rx.IsMatch("foo", 3) + " " + rx.IsMatch("foo", 2));
        Console.WriteLine(new Regex("\\Gab").Match("xxab", 2).Success + " " + new Regex("^ab").Match("xxab", 2).Success);
        Match sub = new Regex("^\\w+\\b").Match("xx hello world", 3, 7);
        Console.WriteLine(sub.Value + "@" + sub.Index + " " + sub.NextMatch().Success + " " + new Regex("d$").Match("word!", 0, 4).Index + " " + new Regex("(?<=x)y").Match("xyxy", 1, 3).Index);
        Console.WriteLine(Regex.IsMatch("abc", "B", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)) + " " + new Regex("a", RegexOptions.None, TimeSpan.FromSeconds(2)).MatchTimeout.TotalSeconds);
        Match mm = Regex.Match("a1b2c3", "\\d");
        while (mm.Success) { Console.Write(mm.Value + "@" + mm.Index + " "); mm = mm.NextMatch(); }
        Console.WriteLine();
        var mc = Regex.Matches("one two three", "\\w+");
        Console.WriteLine(mc.Count + " " + mc[1].Value + " " + string.Join("/", mc.Cast<Match>().Select(x => x.Value.ToUpper())));
        // captures
        Match cm = Regex.Match("a1b2c3", "(?:(\\w)(\\d))+");
        foreach (Capture c in cm.Groups[1].Captures) Console.Write(c.Value + "@" + c.Index + " ");
        Console.WriteLine(cm.Groups[2].Captures.Count + " " + cm.Captures.Count + " " + cm.Groups[0].Value);
        Match nm = Regex.Match("key=value", "(?<k>\\w+)=(?<v>\\w+)");
        Console.WriteLine(nm.Groups["k"].Value + "|" + nm.Groups["v"].Value + "|" + nm.Groups["zz"].Success + "|" + nm.Groups[7].Success + "|" + nm.Groups["k"].Name + "|" + nm.Groups.Count);
        var gr = new Regex("(?<first>a)(b)(?<second>c)(d)");
        Console.WriteLine(string.Join(",", gr.GetGroupNames()) + " " + string.Join(",", gr.GetGroupNumbers()) + " " + gr.GroupNumberFromName("second") + " " + gr.GroupNumberFromName("nope"));
        Match e = Regex.Match("abc", "z");
        Console.WriteLine(e.Success + " '" + e.Value + "' " + e.Index + " " + e.Length + " " + (Match.Empty.Success) + " " + e.Groups.Count);
        // Replace
        Console.WriteLine(Regex.Replace("2024-05-17", "(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1"));
        Console.WriteLine(Regex.Replace("john smith", "(?<f>\\w+) (?<l>\\w+)", "${l}, ${f}"));
        Console.WriteLine(Regex.Replace("abc", "b", "[$0|$&|$`|$'|$$|$_|$+]"));
        Console.WriteLine(Regex.Replace("abc", "(b)", "$2$1${9}$x$"));
        Console.WriteLine(Regex.Replace("a b  c", "\\s+", "_"));
        Console.WriteLine(Regex.Replace("abc", "x*", "-"));
        Console.WriteLine(Regex.Replace("hello world", "\\w+", m => m.Value.Length.ToString()));
        Console.WriteLine(new Regex("a").Replace("aaaa", "b", 2));
        Console.WriteLine(new Regex("a").Replace("aaaa", "b", -1, 2));
        Console.WriteLine(new Regex("\\d").Replace("1a2b3", m => "<" + m.Value + ">", 2, 1));
        Console.WriteLine(Regex.Replace("Hello", "l", "L", RegexOptions.IgnoreCase));
        Console.WriteLine(Regex.Match("ab12", "(\\D+)(\\d+)").Result("$2-$1"));
        // Split
        Console.WriteLine(string.Join("|", Regex.Split("a,b;;c", "[,;]")));
        Console.WriteLine(string.Join("|", Regex.Split("a1b2c", "(\\d)")));
        Console.WriteLine(string.Join("|", Regex.Split("abc", "")));
        Console.WriteLine(string.Join("|", Regex.Split("abc", "x")));
        Console.WriteLine(string.Join("|", new Regex(",").Split("a,b,c,d", 2)));
        Console.WriteLine(string.Join("|", Regex.Split("a-b_c", "(-)|(_)")));
        Console.WriteLine(string.Join("|", Regex.Split("One Two", "(?=[A-Z])")));
        // Escape / Unescape / misc
        Console.WriteLine(Regex.Escape("a.b*c+(d)[e]{f}|^$ #\\?\t\n"));
        Console.WriteLine(Regex.Unescape("a\\.b\\tc\\x41\\u0042\\\\").Replace("\t", "<TAB>"));
        var ro = new Regex("x+", RegexOptions.IgnoreCase | RegexOptions.Multiline);
        Console.WriteLine(ro.ToString() + " " + ro.Options + " " + (int)ro.Options);
        Console.WriteLine(Regex.IsMatch("abc", "B", RegexOptions.IgnoreCase) + " " + Regex.IsMatch("abc", "B"));
        string longInput = new string('a', 20000) + "b";
        Console.WriteLine(Regex.Match(longInput, "a*b").Length + " " + Regex.Match(longInput, "[ab]+?b").Length + " " + Regex.IsMatch(longInput, "^a+$"));
        Console.WriteLine(Regex.Replace(new string('x', 5000), "x", "yy").Length);
        var deep = new System.Text.StringBuilder();
        for (int k = 0; k < 30000; k++) deep.Append("ab");
        Console.WriteLine(Regex.Match(deep.ToString(), "(?:ab)+").Length + " " + Regex.Match(deep.ToString(), "(a|b)*").Groups[1].Index);
        // bad patterns
        foreach (var p in new[] { "(", "a)", "[a", "a{2,1}", "*", "\\k<x>", "\\", "\\1", "a**", "\\p{Foo}", "[z-a]", "x{2}{3}", "(?<n", "+a" })
            Bad(p);
        try { Console.WriteLine(new Regex("(a+)+b", RegexOptions.None, TimeSpan.FromMilliseconds(50)).IsMatch(new string('a', 40))); }
        catch (RegexMatchTimeoutException te) { Console.WriteLine("timeout " + te.Pattern + " " + te.MatchTimeout.TotalMilliseconds + " " + (te is TimeoutException)); }
        try { Regex.Match(null, "a"); } catch (ArgumentNullException) { Console.WriteLine("null input"); }
        try { new Regex("a").Match("abc", 5); } catch (ArgumentOutOfRangeException) { Console.WriteLine("bad startat"); }
    }
}
