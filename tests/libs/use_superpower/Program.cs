using Superpower;
using Superpower.Display;
using Superpower.Model;
using Superpower.Parsers;
using Superpower.Tokenizers;

// A tokenizer built with TokenizerBuilder, a token-based expression parser,
// character parsers, and error messages with positions.
var tokenizer = new TokenizerBuilder<ArithToken>()
    .Ignore(Span.WhiteSpace)
    .Match(Character.EqualTo('+'), ArithToken.Plus)
    .Match(Character.EqualTo('-'), ArithToken.Minus)
    .Match(Character.EqualTo('*'), ArithToken.Times)
    .Match(Character.EqualTo('/'), ArithToken.Divide)
    .Match(Character.EqualTo('('), ArithToken.LParen)
    .Match(Character.EqualTo(')'), ArithToken.RParen)
    .Match(Numerics.Natural, ArithToken.Number)
    .Match(Identifier.CStyle, ArithToken.Name)
    .Build();

var vars = new Dictionary<string, int> { ["x"] = 7, ["y"] = -2 };
foreach (var src in new[] { "1 + 2 * 3", "(1 + 2) * 3", "x * (y - 3) / 5", "100 - x - y" })
{
    var tokens = tokenizer.Tokenize(src);
    Console.WriteLine(src + " -> [" + string.Join(" ", tokens.Select(t => t.Kind)) + "] = " + Arith.Expr(vars).AtEnd().Parse(tokens));
}

var bad = tokenizer.TryTokenize("1 + $");
Console.WriteLine("tokenize error: " + bad);
var parsed = Arith.Expr(vars).AtEnd().TryParse(tokenizer.Tokenize("1 + * 2"));
Console.WriteLine("parse error: " + parsed);
try { Arith.Expr(vars).AtEnd().Parse(tokenizer.Tokenize("(1 + 2")); }
catch (ParseException e) { Console.WriteLine("ParseException: " + e.Message + " at " + e.ErrorPosition.Line + ":" + e.ErrorPosition.Column); }

// Character parsers on text.
var date = from y in Numerics.IntegerInt32 from d1 in Character.EqualTo('-') from m in Numerics.IntegerInt32 from d2 in Character.EqualTo('-') from d in Numerics.IntegerInt32 select new DateTime(y, m, d);
Console.WriteLine(date.Parse("2024-02-29").ToString("yyyy MMM dd"));
var list = Numerics.IntegerInt32.ManyDelimitedBy(Character.EqualTo(',').IgnoreThen(Character.WhiteSpace.Many()));
Console.WriteLine(string.Join("+", list.Parse("4, 5,6")) + " = " + list.Parse("4, 5,6").Sum());
var word = Span.Regex("[a-z]+");
Console.WriteLine(word.Parse("hello").ToStringValue());
Console.WriteLine(QuotedString.CStyle.Parse("\"a\\\"b\""));
Console.WriteLine(date.TryParse("2024-xx-01"));

enum ArithToken
{
    [Token(Example = "+")] Plus, [Token(Example = "-")] Minus, [Token(Example = "*")] Times, [Token(Example = "/")] Divide,
    [Token(Example = "(")] LParen, [Token(Example = ")")] RParen, Number, Name,
}

static class Arith
{
    static TokenListParser<ArithToken, Func<int, int, int>> Op(ArithToken t, Func<int, int, int> f) => Token.EqualTo(t).Value(f);
    public static TokenListParser<ArithToken, int> Expr(Dictionary<string, int> vars)
    {
        TokenListParser<ArithToken, int>? expr = null;
        var number = Token.EqualTo(ArithToken.Number).Apply(Numerics.IntegerInt32);
        var name = Token.EqualTo(ArithToken.Name).Select(t => vars[t.ToStringValue()]);
        var factor = number.Or(name).Or(from l in Token.EqualTo(ArithToken.LParen) from e in Parse.Ref(() => expr!) from r in Token.EqualTo(ArithToken.RParen) select e);
        var term = Parse.Chain(Op(ArithToken.Times, (a, b) => a * b).Or(Op(ArithToken.Divide, (a, b) => a / b)), factor, (o, a, b) => o(a, b));
        expr = Parse.Chain(Op(ArithToken.Plus, (a, b) => a + b).Or(Op(ArithToken.Minus, (a, b) => a - b)), term, (o, a, b) => o(a, b));
        return expr;
    }
}
