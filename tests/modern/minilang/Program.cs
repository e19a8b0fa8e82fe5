// A tree-walking interpreter: lexer -> recursive-descent parser -> AST ->
// evaluator with lexical environments and closures. Runs the script file
// named by the first argument; a runtime error prints its line and exits 2.
using System.Globalization;
using System.Text;

enum Tok { Num, Str, Ident, Op, LParen, RParen, LBrace, RBrace, LBracket, RBracket, Comma, Semi, Eof }

record Token(Tok Kind, string Text, int Line);

sealed class Lexer
{
    static readonly string[] TwoCharOps = { "==", "!=", "<=", ">=", "&&", "||" };
    readonly string _src;
    int _pos, _line = 1;
    public Lexer(string src) { _src = src; }

    public List<Token> Lex()
    {
        var list = new List<Token>();
        while (true)
        {
            SkipSpace();
            if (_pos >= _src.Length) { list.Add(new Token(Tok.Eof, "", _line)); return list; }
            char c = _src[_pos];
            if (char.IsDigit(c))
            {
                int start = _pos;
                while (_pos < _src.Length && (char.IsDigit(_src[_pos]) || _src[_pos] == '.')) _pos++;
                list.Add(new Token(Tok.Num, _src[start.._pos], _line));
            }
            else if (char.IsLetter(c) || c == '_')
            {
                int start = _pos;
                while (_pos < _src.Length && (char.IsLetterOrDigit(_src[_pos]) || _src[_pos] == '_')) _pos++;
                list.Add(new Token(Tok.Ident, _src[start.._pos], _line));
            }
            else if (c == '"')
            {
                var sb = new StringBuilder();
                _pos++;
                while (_pos < _src.Length && _src[_pos] != '"')
                {
                    if (_src[_pos] == '\\' && _pos + 1 < _src.Length) { _pos++; sb.Append(_src[_pos] == 'n' ? '\n' : _src[_pos]); }
                    else sb.Append(_src[_pos]);
                    _pos++;
                }
                _pos++;
                list.Add(new Token(Tok.Str, sb.ToString(), _line));
            }
            else
            {
                string two = _pos + 1 < _src.Length ? _src.Substring(_pos, 2) : "";
                if (Array.IndexOf(TwoCharOps, two) >= 0) { list.Add(new Token(Tok.Op, two, _line)); _pos += 2; continue; }
                _pos++;
                Tok kind = c switch
                {
                    '(' => Tok.LParen, ')' => Tok.RParen, '{' => Tok.LBrace, '}' => Tok.RBrace,
                    '[' => Tok.LBracket, ']' => Tok.RBracket, ',' => Tok.Comma, ';' => Tok.Semi,
                    '+' or '-' or '*' or '/' or '%' or '<' or '>' or '=' or '!' => Tok.Op,
                    _ => throw new ScriptError($"unexpected character '{c}'", _line),
                };
                list.Add(new Token(kind, c.ToString(), _line));
            }
        }
    }

    void SkipSpace()
    {
        while (_pos < _src.Length)
        {
            char c = _src[_pos];
            if (c == '\n') { _line++; _pos++; }
            else if (char.IsWhiteSpace(c)) _pos++;
            else if (c == '/' && _pos + 1 < _src.Length && _src[_pos + 1] == '/') { while (_pos < _src.Length && _src[_pos] != '\n') _pos++; }
            else break;
        }
    }
}

class ScriptError : Exception
{
    public int Line { get; }
    public ScriptError(string message, int line) : base(message) { Line = line; }
}

abstract record Node(int Line);
record NumLit(double Value, int Line) : Node(Line);
record StrLit(string Value, int Line) : Node(Line);
record BoolLit(bool Value, int Line) : Node(Line);
record Var(string Name, int Line) : Node(Line);
record ListLit(List<Node> Items, int Line) : Node(Line);
record Unary(string Op, Node Operand, int Line) : Node(Line);
record Binary(string Op, Node Left, Node Right, int Line) : Node(Line);
record Assign(Node Target, Node Value, int Line) : Node(Line);
record Call(Node Callee, List<Node> Args, int Line) : Node(Line);
record Index(Node Target, Node Key, int Line) : Node(Line);
record FnLit(List<string> Params, List<Node> Body, int Line) : Node(Line);
record Let(string Name, Node Value, int Line) : Node(Line);
record If(Node Cond, List<Node> Then, List<Node>? Else, int Line) : Node(Line);
record While(Node Cond, List<Node> Body, int Line) : Node(Line);
record Return(Node? Value, int Line) : Node(Line);
record ExprStmt(Node Expr, int Line) : Node(Line);

sealed class Parser
{
    readonly List<Token> _t;
    int _i;
    public Parser(List<Token> tokens) { _t = tokens; }
    Token Peek => _t[_i];
    Token Next() => _t[_i++];
    bool Is(Tok k, string? text = null) => Peek.Kind == k && (text == null || Peek.Text == text);
    Token Expect(Tok k, string? text = null)
    {
        if (!Is(k, text)) throw new ScriptError($"expected {text ?? k.ToString()} but found '{Peek.Text}'", Peek.Line);
        return Next();
    }

    public List<Node> Program()
    {
        var list = new List<Node>();
        while (!Is(Tok.Eof)) list.Add(Statement());
        return list;
    }

    List<Node> Block()
    {
        Expect(Tok.LBrace);
        var list = new List<Node>();
        while (!Is(Tok.RBrace)) list.Add(Statement());
        Expect(Tok.RBrace);
        return list;
    }

    Node Statement()
    {
        int line = Peek.Line;
        if (Is(Tok.Ident, "let"))
        {
            Next();
            string name = Expect(Tok.Ident).Text;
            Expect(Tok.Op, "=");
            var value = Expr();
            Expect(Tok.Semi);
            return new Let(name, value, line);
        }
        if (Is(Tok.Ident, "if"))
        {
            Next(); Expect(Tok.LParen); var cond = Expr(); Expect(Tok.RParen);
            var then = Block();
            List<Node>? els = null;
            if (Is(Tok.Ident, "else")) { Next(); els = Is(Tok.Ident, "if") ? new List<Node> { Statement() } : Block(); }
            return new If(cond, then, els, line);
        }
        if (Is(Tok.Ident, "while"))
        {
            Next(); Expect(Tok.LParen); var cond = Expr(); Expect(Tok.RParen);
            return new While(cond, Block(), line);
        }
        if (Is(Tok.Ident, "return"))
        {
            Next();
            Node? v = Is(Tok.Semi) ? null : Expr();
            Expect(Tok.Semi);
            return new Return(v, line);
        }
        var e = Expr();
        Expect(Tok.Semi);
        return new ExprStmt(e, line);
    }

    Node Expr() => AssignExpr();

    Node AssignExpr()
    {
        var left = Binary(0);
        if (Is(Tok.Op, "="))
        {
            int line = Next().Line;
            if (left is not Var && left is not Index) throw new ScriptError("cannot assign to this", line);
            return new Assign(left, AssignExpr(), line);
        }
        return left;
    }

    static readonly string[][] Levels =
    {
        new[] { "||" }, new[] { "&&" }, new[] { "==", "!=" }, new[] { "<", "<=", ">", ">=" },
        new[] { "+", "-" }, new[] { "*", "/", "%" },
    };

    Node Binary(int level)
    {
        if (level == Levels.Length) return UnaryExpr();
        var left = Binary(level + 1);
        while (Peek.Kind == Tok.Op && Array.IndexOf(Levels[level], Peek.Text) >= 0)
        {
            var op = Next();
            left = new Binary(op.Text, left, Binary(level + 1), op.Line);
        }
        return left;
    }

    Node UnaryExpr()
    {
        if (Is(Tok.Op, "-") || Is(Tok.Op, "!")) { var op = Next(); return new Unary(op.Text, UnaryExpr(), op.Line); }
        return Postfix(Primary());
    }

    Node Postfix(Node e)
    {
        while (true)
        {
            if (Is(Tok.LParen))
            {
                int line = Next().Line;
                var args = new List<Node>();
                if (!Is(Tok.RParen)) { do { args.Add(Expr()); } while (Is(Tok.Comma) && Next() != null); }
                Expect(Tok.RParen);
                e = new Call(e, args, line);
            }
            else if (Is(Tok.LBracket))
            {
                int line = Next().Line;
                var key = Expr();
                Expect(Tok.RBracket);
                e = new Index(e, key, line);
            }
            else return e;
        }
    }

    Node Primary()
    {
        var t = Next();
        switch (t.Kind)
        {
            case Tok.Num: return new NumLit(double.Parse(t.Text, CultureInfo.InvariantCulture), t.Line);
            case Tok.Str: return new StrLit(t.Text, t.Line);
            case Tok.LParen: { var e = Expr(); Expect(Tok.RParen); return e; }
            case Tok.LBracket:
            {
                var items = new List<Node>();
                if (!Is(Tok.RBracket)) { do { items.Add(Expr()); } while (Is(Tok.Comma) && Next() != null); }
                Expect(Tok.RBracket);
                return new ListLit(items, t.Line);
            }
            case Tok.Ident:
                if (t.Text == "true" || t.Text == "false") return new BoolLit(t.Text == "true", t.Line);
                if (t.Text == "fn")
                {
                    Expect(Tok.LParen);
                    var ps = new List<string>();
                    if (!Is(Tok.RParen)) { do { ps.Add(Expect(Tok.Ident).Text); } while (Is(Tok.Comma) && Next() != null); }
                    Expect(Tok.RParen);
                    return new FnLit(ps, Block(), t.Line);
                }
                return new Var(t.Text, t.Line);
            default: throw new ScriptError($"unexpected '{t.Text}'", t.Line);
        }
    }
}

sealed class Env
{
    readonly Dictionary<string, object?> _vars = new();
    readonly Env? _parent;
    public Env(Env? parent) { _parent = parent; }
    public void Define(string name, object? value) => _vars[name] = value;
    Env? Find(string name) { for (Env? e = this; e != null; e = e._parent) if (e._vars.ContainsKey(name)) return e; return null; }
    public object? Get(string name, int line) => (Find(name) ?? throw new ScriptError($"undefined variable '{name}'", line))._vars[name];
    public void Set(string name, object? value, int line) => (Find(name) ?? throw new ScriptError($"undefined variable '{name}'", line))._vars[name] = value;
}

sealed class Closure
{
    public FnLit Fn { get; }
    public Env Env { get; }
    public Closure(FnLit fn, Env env) { Fn = fn; Env = env; }
}

sealed class Builtin
{
    public string Name { get; }
    public Func<List<object?>, int, object?> Body { get; }
    public Builtin(string name, Func<List<object?>, int, object?> body) { Name = name; Body = body; }
}

sealed class ReturnSignal : Exception
{
    public object? Value { get; }
    public ReturnSignal(object? value) { Value = value; }
}

sealed class Interpreter
{
    readonly Env _globals = new(null);
    public int Calls { get; private set; }

    public Interpreter(TextWriter output)
    {
        _globals.Define("print", new Builtin("print", (a, _) => { output.WriteLine(string.Join(" ", a.Select(Show))); return null; }));
        _globals.Define("len", new Builtin("len", (a, line) => a[0] switch
        {
            string s => (double)s.Length,
            List<object?> l => (double)l.Count,
            _ => throw new ScriptError("len of " + TypeName(a[0]), line),
        }));
        _globals.Define("push", new Builtin("push", (a, line) => { ((a[0] as List<object?>) ?? throw new ScriptError("push to non-list", line)).Add(a[1]); return a[0]; }));
    }

    public void Run(List<Node> program) { foreach (var s in program) Exec(s, _globals); }

    static string TypeName(object? v) => v switch { null => "nil", double => "number", string => "string", bool => "bool", List<object?> => "list", _ => "function" };

    public static string Show(object? v) => v switch
    {
        null => "nil",
        double d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        List<object?> l => "[" + string.Join(", ", l.Select(Show)) + "]",
        Closure c => "<fn/" + c.Fn.Params.Count + ">",
        Builtin b => "<builtin " + b.Name + ">",
        _ => v.ToString()!,
    };

    void ExecBlock(List<Node> body, Env env) { foreach (var s in body) Exec(s, env); }

    void Exec(Node n, Env env)
    {
        switch (n)
        {
            case Let l: env.Define(l.Name, Eval(l.Value, env)); break;
            case ExprStmt e: Eval(e.Expr, env); break;
            case If i:
                if (Truthy(Eval(i.Cond, env))) ExecBlock(i.Then, new Env(env));
                else if (i.Else != null) ExecBlock(i.Else, new Env(env));
                break;
            case While w:
                while (Truthy(Eval(w.Cond, env))) ExecBlock(w.Body, new Env(env));
                break;
            case Return r: throw new ReturnSignal(r.Value == null ? null : Eval(r.Value, env));
            default: throw new ScriptError("not a statement", n.Line);
        }
    }

    static bool Truthy(object? v) => v switch { null => false, bool b => b, double d => d != 0, _ => true };

    object? Eval(Node n, Env env)
    {
        switch (n)
        {
            case NumLit x: return x.Value;
            case StrLit s: return s.Value;
            case BoolLit b: return b.Value;
            case Var v: return env.Get(v.Name, v.Line);
            case ListLit l: return l.Items.Select(i => Eval(i, env)).ToList();
            case FnLit f: return new Closure(f, env);
            case Unary u:
            {
                object? o = Eval(u.Operand, env);
                return u.Op == "!" ? !Truthy(o) : -Num(o, u.Line);
            }
            case Binary b: return EvalBinary(b, env);
            case Assign a:
            {
                object? value = Eval(a.Value, env);
                if (a.Target is Var tv) env.Set(tv.Name, value, a.Line);
                else
                {
                    var ix = (Index)a.Target;
                    var list = Eval(ix.Target, env) as List<object?> ?? throw new ScriptError("index assignment on non-list", a.Line);
                    list[ToIndex(Eval(ix.Key, env), list.Count, a.Line)] = value;
                }
                return value;
            }
            case Index ix:
            {
                object? target = Eval(ix.Target, env);
                object? key = Eval(ix.Key, env);
                return target switch
                {
                    List<object?> l => l[ToIndex(key, l.Count, ix.Line)],
                    string s => s[ToIndex(key, s.Length, ix.Line)].ToString(),
                    _ => throw new ScriptError("cannot index " + TypeName(target), ix.Line),
                };
            }
            case Call c:
            {
                object? callee = Eval(c.Callee, env);
                var args = c.Args.Select(a => Eval(a, env)).ToList();
                return Invoke(callee, args, c.Line);
            }
            default: throw new ScriptError("not an expression", n.Line);
        }
    }

    object? Invoke(object? callee, List<object?> args, int line)
    {
        Calls++;
        if (callee is Builtin bi) return bi.Body(args, line);
        if (callee is not Closure fn) throw new ScriptError("cannot call " + TypeName(callee), line);
        if (args.Count != fn.Fn.Params.Count) throw new ScriptError($"expected {fn.Fn.Params.Count} arguments, got {args.Count}", line);
        var local = new Env(fn.Env);
        for (int i = 0; i < args.Count; i++) local.Define(fn.Fn.Params[i], args[i]);
        try { ExecBlock(fn.Fn.Body, local); }
        catch (ReturnSignal r) { return r.Value; }
        return null;
    }

    static int ToIndex(object? key, int count, int line)
    {
        double d = Num(key, line);
        int i = (int)d;
        if (i != d || i < 0 || i >= count) throw new ScriptError($"index {Show(key)} out of range 0..{count - 1}", line);
        return i;
    }

    static double Num(object? v, int line) => v is double d ? d : throw new ScriptError("expected a number, got " + TypeName(v), line);

    object? EvalBinary(Binary b, Env env)
    {
        if (b.Op == "&&") { object? l = Eval(b.Left, env); return Truthy(l) ? Truthy(Eval(b.Right, env)) : false; }
        if (b.Op == "||") { object? l = Eval(b.Left, env); return Truthy(l) ? true : Truthy(Eval(b.Right, env)); }
        object? x = Eval(b.Left, env), y = Eval(b.Right, env);
        switch (b.Op)
        {
            case "==": return Equals(x, y);
            case "!=": return !Equals(x, y);
            case "+":
                if (x is string || y is string) return Show(x) + Show(y);
                return Num(x, b.Line) + Num(y, b.Line);
        }
        double p = Num(x, b.Line), q = Num(y, b.Line);
        return b.Op switch
        {
            "-" => p - q, "*" => p * q, "/" => p / q, "%" => p % q,
            "<" => p < q, "<=" => p <= q, ">" => p > q, ">=" => p >= q,
            _ => throw new ScriptError("unknown operator " + b.Op, b.Line),
        };
    }
}

static class Program
{
    static int Main(string[] args)
    {
        if (args.Length != 1) { Console.Error.WriteLine("usage: minilang <script>"); return 64; }
        string source = File.ReadAllText(args[0]);
        List<Node> program;
        try { program = new Parser(new Lexer(source).Lex()).Program(); }
        catch (ScriptError e) { Console.WriteLine($"syntax error, line {e.Line}: {e.Message}"); return 1; }
        Console.WriteLine($"parsed {program.Count} statements from {Path.GetFileName(args[0])}");
        var interp = new Interpreter(Console.Out);
        try { interp.Run(program); }
        catch (ScriptError e) { Console.WriteLine($"runtime error, line {e.Line}: {e.Message}"); Console.WriteLine("calls made: " + interp.Calls); return 2; }
        return 0;
    }
}
