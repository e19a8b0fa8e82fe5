using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;

class Point { public int X; public int Y { get; set; } public List<int> Items { get; } = new List<int>(); }

static class Program
{
    static void Show(Expression e) => Console.WriteLine(e.NodeType + " " + e.Type.Name + ": " + e);

    static void Try(string what, Func<object> f)
    {
        try { Console.WriteLine(what + ": " + f()); }
        catch (Exception ex) { Console.WriteLine(what + ": " + ex.GetType().Name + ": " + ex.Message); }
    }

    static void Main()
    {
        Expression<Func<int, int>> inc = x => x + 1;
        Show(inc);
        Show(inc.Body);
        Expression<Func<int, long>> widen = x => x;
        Show(widen);
        int captured = 5;
        Expression<Func<int, bool>> cmp = x => x > captured && x % 2 == 0 || !(x < 0);
        Console.WriteLine(cmp.ToString().Replace("Program+<>c__DisplayClass", "DC"));
        Expression<Func<Point>> init = () => new Point { X = 1, Y = 2 };
        Show(init);
        Expression<Func<string, int>> len = s => s.Length + s.IndexOf('a');
        Show(len);
        Expression<Func<int[], int>> arr = a => a[0] + a.Length;
        Show(arr);
        Expression<Func<IEnumerable<int>, IEnumerable<int>>> q = xs => xs.Where(v => v > 2).Select(v => v * v);
        Show(q);
        Expression<Func<object, string>> asStr = o => o as string ?? "none";
        Show(asStr);
        Expression<Func<object, bool>> isStr = o => o is string;
        Show(isStr);
        Expression<Func<int, int, int>> cond = (a, b) => a > b ? a : b;
        Show(cond);
        Expression<Func<List<int>>> li = () => new List<int> { 1, 2 };
        Show(li);
        Expression<Func<int[]>> na = () => new[] { 1, 2, 3 };
        Show(na);
        Expression<Func<int, int[]>> nb = n => new int[n];
        Show(nb);
        Expression<Func<int?, int>> coalesce = n => n ?? -1;
        Show(coalesce);
        Expression<Func<decimal, decimal, decimal>> dec = (a, b) => a * b;
        Show(dec);
        Expression<Func<double, double>> neg = d => -d;
        Show(neg);
        Expression<Func<int, int>> bits = v => ~v & 0xFF | v << 2 ^ v >> 1;
        Show(bits);
        Expression<Func<bool, bool, bool>> logic = (a, b) => a & b | a ^ b;
        Show(logic);
        Expression<Func<string, string>> concat = s => s + "!";
        Show(concat);
        Expression<Func<DateTime>> now = () => DateTime.MaxValue;
        Show(now);
        Expression<Func<Func<int, int>, int>> invoke = fn => fn(3);
        Show(invoke);
        Expression<Func<object>> anon = () => new { A = 1, B = "b" };
        Show(anon);

        ParameterExpression p = Expression.Parameter(typeof(int), "p");
        ParameterExpression v = Expression.Variable(typeof(int), "v");
        LabelTarget brk = Expression.Label(typeof(int), "done");
        Show(Expression.Block(new[] { v }, Expression.Assign(v, p), Expression.AddAssign(v, Expression.Constant(2)), v));
        Show(Expression.Loop(Expression.Break(brk, p), brk));
        Show(Expression.Label(brk, Expression.Constant(0)));
        Show(Expression.Return(brk, p));
        Show(Expression.Switch(p, Expression.Constant("d"), Expression.SwitchCase(Expression.Constant("one"), Expression.Constant(1))));
        Show(Expression.TryCatch(Expression.Constant(1), Expression.Catch(typeof(Exception), Expression.Constant(2))));
        Show(Expression.Default(typeof(string)));
        Show(Expression.PostIncrementAssign(v));
        Show(Expression.PreDecrementAssign(v));
        Show(Expression.Convert(p, typeof(double)));
        Show(Expression.ConvertChecked(p, typeof(short)));
        Show(Expression.TypeEqual(Expression.Constant("s"), typeof(string)));
        Show(Expression.ArrayIndex(Expression.Constant(new[] { 1 }), Expression.Constant(0)));
        Show(Expression.ArrayAccess(Expression.Constant(new[] { 1 }), Expression.Constant(0)));
        Show(Expression.Parameter(typeof(string)));
        Show(Expression.Lambda(Expression.Empty()));
        Show(Expression.Throw(Expression.Constant(new InvalidOperationException("x"))));
        Show(Expression.Not(Expression.Constant(true)));
        Show(Expression.Power(Expression.Constant(2.0), Expression.Constant(3.0)));
        Show(Expression.Coalesce(Expression.Constant(null, typeof(string)), Expression.Constant("x")));
        Show(Expression.Quote(inc));
        Show(Expression.Unbox(Expression.Constant(1, typeof(object)), typeof(int)));
        Show(Expression.IsTrue(Expression.Constant(true)));
        Console.WriteLine(Expression.Bind(typeof(Point).GetField("X"), Expression.Constant(3)));
        Console.WriteLine(Expression.SwitchCase(Expression.Constant(1), Expression.Constant(2), Expression.Constant(3)));
        Console.WriteLine(Expression.Catch(Expression.Parameter(typeof(Exception), "ex"), Expression.Constant(1)));
        Console.WriteLine(Expression.Label("lbl"));

        Try("add int+long", () => Expression.Add(Expression.Constant(1), Expression.Constant(2L)));
        Try("add string", () => Expression.Add(Expression.Constant("a"), Expression.Constant("b")));
        Try("convert string->int", () => Expression.Convert(Expression.Constant("a"), typeof(int)));
        Try("condition types", () => Expression.Condition(Expression.Constant(true), Expression.Constant(1), Expression.Constant("a")));
        Try("condition test", () => Expression.Condition(Expression.Constant(1), Expression.Constant(1), Expression.Constant(2)));
        Try("property missing", () => Expression.Property(Expression.Constant("s"), "Nope"));
        Try("field missing", () => Expression.Field(Expression.Constant("s"), "nope"));
        Try("assign readonly", () => Expression.Assign(Expression.Constant(1), Expression.Constant(2)));
        Try("assign types", () => Expression.Assign(p, Expression.Constant("s")));
        Try("lambda params", () => Expression.Lambda<Func<int, int>>(p));
        Try("lambda return", () => Expression.Lambda<Func<string>>(Expression.Constant(1)));
        Try("call args", () => Expression.Call(typeof(Math).GetMethod("Abs", new[] { typeof(int) }), Expression.Constant("x")));
        Try("call by name", () => Expression.Call(typeof(Math), "Nope", null));
        Try("constant type", () => Expression.Constant("s", typeof(int)));
        Try("coalesce int", () => Expression.Coalesce(Expression.Constant(1), Expression.Constant(2)));
        Try("negate bool", () => Expression.Negate(Expression.Constant(true)));
        Try("array index type", () => Expression.ArrayIndex(Expression.Constant(new[] { 1 }), Expression.Constant(1L)));
        Try("null left", () => Expression.Add(null, Expression.Constant(1)));
        Try("user op", () => Expression.Add(Expression.Constant(TimeSpan.Zero), Expression.Constant(TimeSpan.Zero)).Method.Name);
        Try("lifted", () => { var e = Expression.Add(Expression.Constant(1, typeof(int?)), Expression.Constant(2, typeof(int?))); return e.IsLifted + " " + e.IsLiftedToNull + " " + e.Type; });
        Try("lifted cmp", () => { var e = Expression.LessThan(Expression.Constant(1, typeof(int?)), Expression.Constant(2, typeof(int?))); return e.IsLifted + " " + e.IsLiftedToNull + " " + e.Type; });
        Try("func type", () => Expression.GetFuncType(typeof(int), typeof(string)));
        Try("action type", () => Expression.GetActionType(typeof(int)));
        Try("delegate type", () => Expression.GetDelegateType(typeof(int), typeof(void)));
    }
}
