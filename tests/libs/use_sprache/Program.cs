using Sprache;

// An arithmetic grammar (precedence, associativity, parentheses), a small
// key=value config grammar, and Sprache's error reporting.
foreach (var src in new[] { "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1.5", "-(3 - 5) * 2" })
    Console.WriteLine(src + " = " + Calc.Expr.End().Parse(src));

var cfg = Config.File.Parse("# comment\nname = demo\nports = [80, 443]\n\ndebug = true\n");
foreach (var kv in cfg) Console.WriteLine(kv.Key + " => " + kv.Value);

var ident = Parse.Letter.AtLeastOnce().Text().Then(first => Parse.LetterOrDigit.Many().Text().Select(rest => first + rest)).Token();
Console.WriteLine(string.Join("|", ident.Many().Parse("  abc def9  g ")));
var quoted = from open in Parse.Char('"') from body in Parse.CharExcept('"').Many().Text() from close in Parse.Char('"') select body;
Console.WriteLine(quoted.Parse("\"hello world\""));
Console.WriteLine(Parse.Number.Select(int.Parse).DelimitedBy(Parse.Char(',').Token()).Parse("1, 2 ,3").Sum());
var r = Calc.Expr.End().TryParse("1 + * 2");
Console.WriteLine(r.WasSuccessful + " " + r.Message + " expected " + string.Join(" or ", r.Expectations));
try { Calc.Expr.End().Parse("(1 + 2"); }
catch (ParseException e) { Console.WriteLine("ParseException: " + e.Message); }

static class Calc
{
    static readonly Parser<double> Number = Parse.Decimal.Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).Token();
    static Parser<Func<double, double, double>> Op(char c, Func<double, double, double> f) => Parse.Char(c).Token().Return(f);
    static readonly Parser<double> Factor =
        (from lp in Parse.Char('(').Token() from e in Parse.Ref(() => Expr) from rp in Parse.Char(')').Token() select e)
        .Or(from m in Parse.Char('-').Token() from f in Parse.Ref(() => Factor) select -f)
        .Or(Number);
    static readonly Parser<double> Power = Parse.ChainRightOperator(Op('^', Math.Pow), Factor, (o, a, b) => o(a, b));
    static readonly Parser<double> Term = Parse.ChainOperator(Op('*', (a, b) => a * b).Or(Op('/', (a, b) => a / b)), Power, (o, a, b) => o(a, b));
    public static readonly Parser<double> Expr = Parse.ChainOperator(Op('+', (a, b) => a + b).Or(Op('-', (a, b) => a - b)), Term, (o, a, b) => o(a, b));
}

static class Config
{
    static readonly Parser<string> Key = Parse.LetterOrDigit.AtLeastOnce().Text();
    static readonly Parser<string> Scalar = Parse.CharExcept("\n[]").AtLeastOnce().Text().Select(s => s.Trim());
    static readonly Parser<string> List =
        from o in Parse.Char('[') from items in Parse.CharExcept(",]").AtLeastOnce().Text().Select(s => s.Trim()).DelimitedBy(Parse.Char(',')) from c in Parse.Char(']')
        select "list(" + string.Join(";", items) + ")";
    static readonly Parser<KeyValuePair<string, string>> Pair =
        from k in Key from eq in Parse.Char('=').Token() from v in List.Or(Scalar) from nl in Parse.LineEnd
        select new KeyValuePair<string, string>(k, v);
    static readonly Parser<string> Comment = Parse.Char('#').Then(_ => Parse.AnyChar.Until(Parse.LineEnd)).Text();
    static readonly Parser<string> Blank = Parse.LineEnd;
    public static readonly Parser<IEnumerable<KeyValuePair<string, string>>> File =
        from items in Pair.Select(p => (KeyValuePair<string, string>?)p).Or(Comment.Or(Blank).Return((KeyValuePair<string, string>?)null)).Many().End()
        select items.Where(i => i.HasValue).Select(i => i!.Value);
}
