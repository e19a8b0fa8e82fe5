using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;

class Point
{
    public int X;
    public int Y { get; set; }
    public List<int> Items { get; } = new List<int>();
    public int this[int i] { get => X * i; set => X = value / i; }
    public override string ToString() => $"({X}, {Y}, [{string.Join(",", Items)}])";
}

struct Money
{
    public decimal Amount;
    public Money(decimal a) { Amount = a; }
    public static Money operator +(Money a, Money b) => new Money(a.Amount + b.Amount);
    public static bool operator ==(Money a, Money b) => a.Amount == b.Amount;
    public static bool operator !=(Money a, Money b) => a.Amount != b.Amount;
    public override bool Equals(object o) => o is Money m && m.Amount == Amount;
    public override int GetHashCode() => Amount.GetHashCode();
    public override string ToString() => Amount + " EUR";
}

delegate int BinOp(int a, int b);

static class Program
{
    static void Try(string what, Func<object> f)
    {
        try { Console.WriteLine(what + ": " + f()); }
        catch (Exception ex) { Console.WriteLine(what + ": " + ex.GetType().Name + ": " + ex.Message); }
    }

    static int Twice(int x) => x * 2;
    static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }

    static void Main()
    {
        Expression<Func<int, int>> inc = x => x + 1;
        Func<int, int> f = inc.Compile();
        Console.WriteLine(f(41));
        Console.WriteLine(inc.Compile(true)(1));

        int captured = 10;
        Expression<Func<int, bool>> cmp = x => x > captured && x % 2 == 0 || x < -5;
        var cf = cmp.Compile();
        Console.WriteLine(string.Join(",", new[] { -6, 3, 12, 13 }.Select(cf)));

        Expression<Func<string, int>> len = s => s.Length + s.IndexOf('a');
        Console.WriteLine(len.Compile()("banana"));

        Expression<Func<Point>> init = () => new Point { X = 1, Y = 2, Items = { 3, 4 } };
        Console.WriteLine(init.Compile()());

        Expression<Func<IEnumerable<int>, int>> q = xs => xs.Where(v => v > 2).Select(v => v * v).Sum();
        Console.WriteLine(q.Compile()(Enumerable.Range(1, 5)));

        Expression<Func<int, Func<int, int>>> curry = a => b => a * 10 + b;
        Console.WriteLine(curry.Compile()(4)(2));

        Expression<Func<object, string>> asStr = o => o as string ?? "none";
        Console.WriteLine(asStr.Compile()("s") + " " + asStr.Compile()(1));

        Expression<Func<int?, int?, int?>> lifted = (a, b) => a + b;
        var lf = lifted.Compile();
        Console.WriteLine((lf(1, 2)?.ToString() ?? "null") + " " + (lf(null, 2)?.ToString() ?? "null"));

        Expression<Func<int?, int?, bool>> liftedCmp = (a, b) => a < b;
        Console.WriteLine(liftedCmp.Compile()(1, 2) + " " + liftedCmp.Compile()(null, 2));

        Expression<Func<int?, int>> coalesce = n => n ?? -1;
        Console.WriteLine(coalesce.Compile()(null) + " " + coalesce.Compile()(7));

        Expression<Func<decimal, decimal, decimal>> dec = (a, b) => a * b + 1.5m;
        Console.WriteLine(dec.Compile()(2m, 3m));

        Expression<Func<Money, Money, Money>> money = (a, b) => a + b;
        Console.WriteLine(money.Compile()(new Money(1), new Money(2.5m)));

        Expression<Func<double, long, short, double>> mixed = (d, l, s) => d / 4 + l * s - (long)d;
        Console.WriteLine(mixed.Compile()(10.0, 3L, 2));

        Expression<Func<int, int>> bits = v => ~v & 0xFF | v << 2 ^ v >> 1;
        Console.WriteLine(bits.Compile()(37));

        Expression<Func<uint, ulong, ulong>> uns = (a, b) => a * b / 3 % 1000;
        Console.WriteLine(uns.Compile()(4000000000u, 7ul));

        Expression<Func<string, string>> concat = s => s + "!" + 1;
        Console.WriteLine(concat.Compile()("hi"));

        Expression<Func<BinOp, int>> invoke = fn => fn(3, 4);
        Console.WriteLine(invoke.Compile()((a, b) => a - b));

        Expression<Func<int, int>> callStatic = x => Twice(x) + Math.Abs(-x);
        Console.WriteLine(callStatic.Compile()(5));

        Expression<Func<int[], int>> arr = a => a[1] + a.Length;
        Console.WriteLine(arr.Compile()(new[] { 5, 6, 7 }));

        Expression<Func<object>> anon = () => new { A = 1, B = "b" };
        Console.WriteLine(anon.Compile()());

        Expression<Func<Point, int>> indexer = p => p[3];
        Console.WriteLine(indexer.Compile()(new Point { X = 2 }));

        // a custom delegate type
        ParameterExpression pa = Expression.Parameter(typeof(int), "a"), pb = Expression.Parameter(typeof(int), "b");
        BinOp op = Expression.Lambda<BinOp>(Expression.Multiply(pa, pb), pa, pb).Compile();
        Console.WriteLine(op(6, 7));
        Delegate dyn = Expression.Lambda(Expression.Add(pa, pb), pa, pb).Compile();
        Console.WriteLine(dyn.GetType().Name + " " + dyn.DynamicInvoke(2, 3));

        // blocks, variables, loops with break/continue
        ParameterExpression n = Expression.Parameter(typeof(int), "n");
        ParameterExpression i = Expression.Variable(typeof(int), "i");
        ParameterExpression sum = Expression.Variable(typeof(int), "sum");
        LabelTarget brk = Expression.Label(typeof(int), "brk");
        LabelTarget cont = Expression.Label("cont");
        var loop = Expression.Block(new[] { i, sum },
            Expression.Assign(i, Expression.Constant(0)),
            Expression.Loop(
                Expression.Block(
                    Expression.IfThen(Expression.GreaterThanOrEqual(i, n), Expression.Break(brk, sum)),
                    Expression.PostIncrementAssign(i),
                    Expression.IfThen(Expression.Equal(Expression.Modulo(i, Expression.Constant(3)), Expression.Constant(0)), Expression.Continue(cont)),
                    Expression.AddAssign(sum, i)),
                brk, cont));
        Console.WriteLine(Expression.Lambda<Func<int, int>>(loop, n).Compile()(10));

        // return label
        LabelTarget ret = Expression.Label(typeof(string));
        var early = Expression.Lambda<Func<int, string>>(Expression.Block(
            Expression.IfThen(Expression.LessThan(n, Expression.Constant(0)), Expression.Return(ret, Expression.Constant("negative"))),
            Expression.Label(ret, Expression.Constant("non-negative"))), n);
        Console.WriteLine(early.Compile()(-1) + " " + early.Compile()(1));

        // switch, incl. strings
        ParameterExpression s = Expression.Parameter(typeof(string), "s");
        var sw = Expression.Lambda<Func<string, int>>(Expression.Switch(s, Expression.Constant(0),
            Expression.SwitchCase(Expression.Constant(1), Expression.Constant("one"), Expression.Constant("uno")),
            Expression.SwitchCase(Expression.Constant(2), Expression.Constant("two"))), s).Compile();
        Console.WriteLine(sw("one") + " " + sw("uno") + " " + sw("two") + " " + sw("x") + " " + sw(null));
        var swi = Expression.Lambda<Func<int, string>>(Expression.Switch(n, Expression.Constant("many"),
            Expression.SwitchCase(Expression.Constant("zero"), Expression.Constant(0)),
            Expression.SwitchCase(Expression.Constant("one"), Expression.Constant(1))), n).Compile();
        Console.WriteLine(swi(0) + " " + swi(1) + " " + swi(5));

        // try/catch/finally/fault, filters, rethrow
        ParameterExpression ex = Expression.Variable(typeof(Exception), "ex");
        ParameterExpression log = Expression.Parameter(typeof(List<string>), "log");
        MethodInfo add = typeof(List<string>).GetMethod("Add");
        var tc = Expression.Lambda<Func<int, List<string>, int>>(
            Expression.TryCatchFinally(
                Expression.Divide(Expression.Constant(100), n),
                Expression.Call(log, add, Expression.Constant("finally")),
                Expression.Catch(ex, Expression.Block(Expression.Call(log, add, Expression.Property(ex, "Message")), Expression.Constant(-1)),
                    Expression.TypeIs(ex, typeof(DivideByZeroException)))),
            n, log).Compile();
        var logList = new List<string>();
        Console.WriteLine(tc(5, logList) + " " + tc(0, logList) + " " + string.Join("|", logList));
        var rethrow = Expression.Lambda<Action>(Expression.TryCatch(
            Expression.Throw(Expression.Constant(new InvalidOperationException("boom"))),
            Expression.Catch(typeof(InvalidOperationException), Expression.Rethrow()))).Compile();
        Try("rethrow", () => { rethrow(); return "none"; });
        var fault = Expression.Lambda<Action<List<string>>>(Expression.TryFault(
            Expression.Throw(Expression.Constant(new ArgumentException("bad"))),
            Expression.Call(log, add, Expression.Constant("fault"))), log).Compile();
        var faultLog = new List<string>();
        Try("fault", () => { fault(faultLog); return "none"; });
        Console.WriteLine(string.Join("|", faultLog));

        // checked arithmetic
        ParameterExpression big = Expression.Parameter(typeof(int), "big");
        var chk = Expression.Lambda<Func<int, int>>(Expression.AddChecked(big, Expression.Constant(1)), big).Compile();
        Try("checked", () => chk(int.MaxValue));
        var unchk = Expression.Lambda<Func<int, int>>(Expression.Add(big, Expression.Constant(1)), big).Compile();
        Console.WriteLine(unchk(int.MaxValue));
        var conv = Expression.Lambda<Func<int, byte>>(Expression.ConvertChecked(big, typeof(byte)), big).Compile();
        Try("convert checked", () => conv(300));
        Console.WriteLine(Expression.Lambda<Func<int, byte>>(Expression.Convert(big, typeof(byte)), big).Compile()(300));
        Try("div zero", () => Expression.Lambda<Func<int, int>>(Expression.Divide(Expression.Constant(1), big), big).Compile()(0));

        // member, field, property and array assignment
        ParameterExpression pt = Expression.Parameter(typeof(Point), "pt");
        var assign = Expression.Lambda<Action<Point>>(Expression.Block(
            Expression.Assign(Expression.Field(pt, "X"), Expression.Constant(7)),
            Expression.Assign(Expression.Property(pt, "Y"), Expression.Constant(8)),
            Expression.AddAssign(Expression.Field(pt, "X"), Expression.Constant(1))), pt).Compile();
        var point = new Point();
        assign(point);
        Console.WriteLine(point);
        ParameterExpression a = Expression.Parameter(typeof(int[]), "a");
        Expression.Lambda<Action<int[]>>(Expression.Assign(Expression.ArrayAccess(a, Expression.Constant(1)), Expression.Constant(42)), a).Compile()(new int[3]);
        var arr2 = new int[3];
        Expression.Lambda<Action<int[]>>(Expression.Assign(Expression.ArrayAccess(a, Expression.Constant(1)), Expression.Constant(42)), a).Compile()(arr2);
        Console.WriteLine(string.Join(",", arr2));
        Console.WriteLine(Expression.Lambda<Func<int[]>>(Expression.NewArrayBounds(typeof(int), Expression.Constant(4))).Compile()().Length);

        // by-ref arguments
        ParameterExpression x1 = Expression.Variable(typeof(int), "x1"), x2 = Expression.Variable(typeof(int), "x2");
        var swap = Expression.Lambda<Func<string>>(Expression.Block(new[] { x1, x2 },
            Expression.Assign(x1, Expression.Constant(1)), Expression.Assign(x2, Expression.Constant(2)),
            Expression.Call(typeof(Program).GetMethod("Swap", BindingFlags.NonPublic | BindingFlags.Static), x1, x2),
            Expression.Call(typeof(string).GetMethod("Concat", new[] { typeof(object), typeof(object) }), Expression.Convert(x1, typeof(object)), Expression.Convert(x2, typeof(object))))).Compile();
        Console.WriteLine(swap());

        // quoted lambdas keep their closure values
        ParameterExpression k = Expression.Parameter(typeof(int), "k");
        ParameterExpression y = Expression.Parameter(typeof(int), "y");
        var quote = Expression.Lambda<Func<int, Expression<Func<int, int>>>>(Expression.Quote(Expression.Lambda<Func<int, int>>(Expression.Add(y, k), y)), k).Compile();
        var quoted = quote(5);
        Console.WriteLine(quoted + " = " + quoted.Compile()(1));

        // type tests, conversions, nullable, enums
        Expression<Func<object, bool>> isStr = o => o is string;
        Console.WriteLine(isStr.Compile()("x") + " " + isStr.Compile()(1));
        Expression<Func<DayOfWeek, int>> enumToInt = d => (int)d + 1;
        Console.WriteLine(enumToInt.Compile()(DayOfWeek.Friday));
        Expression<Func<int, DayOfWeek>> intToEnum = d => (DayOfWeek)d;
        Console.WriteLine(intToEnum.Compile()(3));
        Expression<Func<DayOfWeek, bool>> enumEq = d => d == DayOfWeek.Sunday;
        Console.WriteLine(enumEq.Compile()(DayOfWeek.Sunday));
        Expression<Func<object, int>> unbox = o => (int)o;
        Try("unbox wrong", () => unbox.Compile()("s"));
        Expression<Func<int?, int>> nullableValue = v => (int)v;
        Try("nullable value", () => nullableValue.Compile()(null));
        Expression<Func<double, int>> truncate = d => (int)d;
        Console.WriteLine(truncate.Compile()(-3.7));
        Expression<Func<bool?, bool?, bool?>> and3 = (p, r) => p & r;
        Console.WriteLine((and3.Compile()(null, false)?.ToString() ?? "null") + " " + (and3.Compile()(null, true)?.ToString() ?? "null"));
        Expression<Func<Point, string>> nullMember = p => p.ToString();
        Try("null instance", () => nullMember.Compile()(null));

        // runtime variables
        ParameterExpression rv = Expression.Variable(typeof(int), "rv");
        var rvs = Expression.Lambda<Func<System.Runtime.CompilerServices.IRuntimeVariables>>(Expression.Block(new[] { rv },
            Expression.Assign(rv, Expression.Constant(9)), Expression.RuntimeVariables(rv))).Compile()();
        Console.WriteLine(rvs.Count + " " + rvs[0]);

        // exceptions thrown by called methods arrive unwrapped
        Expression<Func<string, int>> parse = t => int.Parse(t);
        try { parse.Compile()("nope"); } catch (FormatException) { Console.WriteLine("parse: FormatException"); }

        // reflection pieces the compiler uses
        MethodInfo where = typeof(Enumerable).GetMethods().First(m => m.Name == "Where" && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2);
        Console.WriteLine(where.IsGenericMethodDefinition + " " + where.GetGenericArguments().Length);
        MethodInfo whereInt = where.MakeGenericMethod(typeof(int));
        Console.WriteLine(whereInt.IsGenericMethod + " " + whereInt.IsGenericMethodDefinition + " " + whereInt.GetGenericArguments()[0].Name + " " + (whereInt.GetGenericMethodDefinition() == where));
        var filtered = (IEnumerable<int>)whereInt.Invoke(null, new object[] { new[] { 1, 2, 3, 4 }, (Func<int, bool>)(v => v % 2 == 0) });
        Console.WriteLine(string.Join(",", filtered));
        Func<int, int> twice = (Func<int, int>)Delegate.CreateDelegate(typeof(Func<int, int>), typeof(Program).GetMethod("Twice", BindingFlags.NonPublic | BindingFlags.Static));
        Console.WriteLine(twice(21));
        Func<string> closed = (Func<string>)Delegate.CreateDelegate(typeof(Func<string>), "abc", typeof(string).GetMethod("ToUpperInvariant"));
        Console.WriteLine(closed());
        Func<string, string> open = typeof(string).GetMethod("ToUpperInvariant").CreateDelegate<Func<string, string>>();
        Console.WriteLine(open("xyz"));
        Try("bind failure", () => Delegate.CreateDelegate(typeof(Func<int>), typeof(Program).GetMethod("Twice", BindingFlags.NonPublic | BindingFlags.Static)));
        Console.WriteLine(Delegate.CreateDelegate(typeof(Func<int>), typeof(Program).GetMethod("Twice", BindingFlags.NonPublic | BindingFlags.Static), false) == null);
        Try("make generic on non-generic", () => typeof(Program).GetMethod("Twice", BindingFlags.NonPublic | BindingFlags.Static).MakeGenericMethod(typeof(int)));
    }
}
