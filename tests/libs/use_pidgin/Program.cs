using Pidgin;
using Pidgin.Expression;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

// An expression grammar with ExpressionParser operator tables, a JSON-ish
// value parser, and error messages with positions.
Parser<char, T> Tok<T>(Parser<char, T> p) => Try(p).Before(SkipWhitespaces);
Parser<char, string> Sym(string s) => Tok(String(s));

Parser<char, long> expr = null!;
var number = Tok(LongNum);
var parens = Rec(() => expr).Between(Sym("("), Sym(")"));
expr = ExpressionParser.Build(
    number.Or(parens),
    new[]
    {
        Operator.Prefix(Sym("-").ThenReturn<Func<long, long>>(x => -x)),
        Operator.InfixL(Sym("*").ThenReturn<Func<long, long, long>>((a, b) => a * b))
            .And(Operator.InfixL(Sym("/").ThenReturn<Func<long, long, long>>((a, b) => a / b))),
        Operator.InfixL(Sym("+").ThenReturn<Func<long, long, long>>((a, b) => a + b))
            .And(Operator.InfixL(Sym("-").ThenReturn<Func<long, long, long>>((a, b) => a - b))),
    });
var full = SkipWhitespaces.Then(expr).Before(End);
foreach (var src in new[] { "1 + 2 * 3", "(1 + 2) * 3", " -4 * -(2 - 7)", "100 / 7 / 2" })
    Console.WriteLine(src + " = " + full.ParseOrThrow(src));

Parser<char, object?> value = null!;
var str = Tok(Char('"').Then(AnyCharExcept('"').ManyString()).Before(Char('"')));
var num = Tok(Real).Select(d => (object?)d);
var arr = Rec(() => value).Separated(Sym(",")).Between(Sym("["), Sym("]")).Select(xs => (object?)xs.ToList());
var member = from k in str from c in Sym(":") from v in Rec(() => value) select new KeyValuePair<string, object?>(k, v);
var obj = member.Separated(Sym(",")).Between(Sym("{"), Sym("}")).Select(ms => (object?)ms.ToDictionary(m => m.Key, m => m.Value));
value = OneOf(str.Select(s => (object?)s), num, arr, obj, Sym("true").ThenReturn((object?)true), Sym("null").ThenReturn((object?)null));
var doc = value.ParseOrThrow("{\"a\": [1, 2.5, \"x\"], \"b\": {\"c\": true, \"d\": null}}");
Console.WriteLine(Show(doc));

var words = Letter.AtLeastOnceString().Separated(Char(' '));
Console.WriteLine(string.Join("|", words.ParseOrThrow("alpha beta gamma")));
var result = full.Parse("1 + * 2");
Console.WriteLine(result.Success + " " + result.Error);
try { full.ParseOrThrow("(1 + 2"); }
catch (ParseException e) { Console.WriteLine("ParseException: " + e.Message); }

static string Show(object? o) => o switch
{
    null => "null",
    string s => "'" + s + "'",
    List<object?> l => "[" + string.Join(", ", l.Select(Show)) + "]",
    Dictionary<string, object?> d => "{" + string.Join(", ", d.Select(kv => kv.Key + ": " + Show(kv.Value))) + "}",
    _ => o.ToString()!,
};
