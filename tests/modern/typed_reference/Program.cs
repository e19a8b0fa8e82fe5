using System;
using System.Reflection;

struct Vec
{
    public int X, Y;
    public override string ToString() => $"<{X},{Y}>";
}

class Holder
{
    public long Count = 5;
    public Vec Pos = new Vec { X = 1, Y = 2 };
    public string Label = "start";
}

static class Program
{
    static void Describe(TypedReference tr)
    {
        Type t = __reftype(tr);
        Console.WriteLine($"type {t.Name}, target {TypedReference.GetTargetType(tr).Name}, value {TypedReference.ToObject(tr)}, token ok {TypedReference.TargetTypeToken(tr).Equals(t.TypeHandle)}");
    }

    static void Bump(TypedReference tr)
    {
        if (__reftype(tr) == typeof(int)) __refvalue(tr, int) += 10;
        else if (__reftype(tr) == typeof(long)) __refvalue(tr, long) *= 3;
        else if (__reftype(tr) == typeof(string)) __refvalue(tr, string) += "!";
        else if (__reftype(tr) == typeof(Vec)) __refvalue(tr, Vec).X += 100;
        else Console.WriteLine("unknown " + __reftype(tr));
    }

    static int Sum(params object[] _) => 0;

    static void Modify(ref int x) => x++;

    static void Main()
    {
        int i = 42;
        TypedReference ti = __makeref(i);
        Describe(ti);
        Bump(ti);
        Console.WriteLine("i = " + i + ", via refvalue " + __refvalue(ti, int));
        __refvalue(ti, int) = 7;
        Console.WriteLine("after assignment i = " + i);

        string s = "hello";
        Bump(__makeref(s));
        Console.WriteLine("s = " + s);
        Describe(__makeref(s));

        var v = new Vec { X = 3, Y = 4 };
        Bump(__makeref(v));
        Describe(__makeref(v));

        var h = new Holder();
        Bump(__makeref(h.Count));
        Bump(__makeref(h.Pos));
        Bump(__makeref(h.Label));
        Console.WriteLine($"holder {h.Count} {h.Pos} {h.Label}");

        int[] arr = { 1, 2, 3 };
        Bump(__makeref(arr[1]));
        Console.WriteLine("array " + string.Join(",", arr));

        object boxed = 99;
        Describe(__makeref(boxed));
        double d = 2.5;
        Describe(__makeref(d));
        DayOfWeek day = DayOfWeek.Friday;
        Describe(__makeref(day));
        int? ni = 5;
        Describe(__makeref(ni));

        try { Console.WriteLine(__refvalue(__makeref(i), long)); }
        catch (InvalidCastException e) { Console.WriteLine("wrong type: " + e.GetType().Name); }
        try { Console.WriteLine(__refvalue(__makeref(s), object)); }
        catch (InvalidCastException e) { Console.WriteLine("string as object: " + e.GetType().Name); }

        TypedReference empty = default;
        Console.WriteLine("default target null: " + (TypedReference.GetTargetType(empty) == null) + ", hash " + empty.GetHashCode());
        Console.WriteLine("hash matches type: " + (__makeref(i).GetHashCode() == typeof(int).GetHashCode()));
        try { __makeref(i).Equals(null); } catch (NotSupportedException e) { Console.WriteLine("Equals: " + e.GetType().Name); }

        // by-ref and pointer types
        Type br = typeof(int).MakeByRefType();
        Console.WriteLine($"{br.Name} IsByRef={br.IsByRef} HasElementType={br.HasElementType} element={br.GetElementType()!.Name} same={br == typeof(int).MakeByRefType()}");
        Type ptr = typeof(Vec).MakePointerType();
        Console.WriteLine($"{ptr.Name} IsPointer={ptr.IsPointer} IsByRef={ptr.IsByRef} element={ptr.GetElementType()!.Name}");
        Type arrRef = typeof(string[]).MakeByRefType();
        Console.WriteLine($"{arrRef.Name} element {arrRef.GetElementType()!.Name} is array {arrRef.GetElementType()!.IsArray}");
        ParameterInfo p = typeof(Program).GetMethod("Modify", BindingFlags.NonPublic | BindingFlags.Static)!.GetParameters()[0];
        Console.WriteLine($"parameter {p.ParameterType.Name} IsByRef={p.ParameterType.IsByRef} equals MakeByRefType={p.ParameterType == typeof(int).MakeByRefType()}");
        Console.WriteLine("int IsByRef=" + typeof(int).IsByRef + ", element " + (typeof(int).GetElementType() == null ? "none" : "?"));
    }
}
