// Static abstract and static virtual interface members, called through
// constrained calls on type parameters (reference, value, generic types).
using System;

interface IShape
{
    static abstract string Kind { get; }
    static abstract IShape Create(int size);
    static virtual string Describe() => "a shape";
    int Size { get; }
}

interface IAddable<T> where T : IAddable<T>
{
    static abstract T operator +(T a, T b);
    static abstract T Zero { get; }
    static virtual T Twice(T x) => x + x;
}

interface ICounter
{
    static abstract int Count { get; set; }
    static int Shared;
    static ICounter() { Shared = 42; }
}

sealed class Square : IShape
{
    public int Size { get; }
    public Square(int s) { Size = s; }
    public static string Kind => "square";
    public static IShape Create(int size) => new Square(size);
}

struct Circle : IShape
{
    public int Size { get; set; }
    public static string Kind => "circle";
    public static IShape Create(int size) => new Circle { Size = size };
    static string IShape.Describe() => "a round shape";    // explicit override of the static virtual
}

class Box<T> : IShape
{
    public int Size { get; set; }
    public static string Kind => "box of " + typeof(T).Name;
    public static IShape Create(int size) => new Box<T> { Size = size * 2 };
}

struct Money : IAddable<Money>
{
    public decimal Amount;
    public Money(decimal a) { Amount = a; }
    public static Money operator +(Money a, Money b) => new Money(a.Amount + b.Amount);
    public static Money Zero => new Money(0);
    public override string ToString() => Amount.ToString() + " EUR";
}

class Vec : IAddable<Vec>
{
    public int X, Y;
    public Vec(int x, int y) { X = x; Y = y; }
    static Vec IAddable<Vec>.operator +(Vec a, Vec b) => new Vec(a.X + b.X, a.Y + b.Y);   // explicit
    static Vec IAddable<Vec>.Zero => new Vec(0, 0);
    public static Vec Twice(Vec v) => new Vec(v.X * 10, v.Y * 10);   // not an implementation: static virtual needs explicit impl? (implicit works)
    public override string ToString() => "(" + X + "," + Y + ")";
}

struct Pair<T> : IAddable<Pair<T>> where T : IAddable<T>
{
    public T A, B;
    public static Pair<T> operator +(Pair<T> x, Pair<T> y) => new Pair<T> { A = x.A + y.A, B = x.B + y.B };
    public static Pair<T> Zero => new Pair<T> { A = T.Zero, B = T.Zero };
    public override string ToString() => "<" + A + "; " + B + ">";
}

class Counter : ICounter
{
    static int count;
    public static int Count { get => count; set => count = value; }
}

// generic static abstract methods, defaults calling abstract members, DIMs over statics
interface IFactory<TSelf> where TSelf : IFactory<TSelf>
{
    static abstract TSelf Make<TArg>(TArg arg);
    static virtual string Name => typeof(TSelf).Name;
    static virtual TSelf MakeTwice<TArg>(TArg a) => TSelf.Combine(TSelf.Make(a), TSelf.Make(a));
    static abstract TSelf Combine(TSelf x, TSelf y);
    string Show() => TSelf.Name + ":" + ToString();
}

sealed class Tag : IFactory<Tag>
{
    public string V = "";
    public static Tag Make<TArg>(TArg arg) => new Tag { V = typeof(TArg).Name + "=" + arg };
    public static Tag Combine(Tag x, Tag y) => new Tag { V = x.V + "+" + y.V };
    static string IFactory<Tag>.Name => "TAG";
    public override string ToString() => V;
}

struct Num : IFactory<Num>
{
    public int V;
    public static Num Make<TArg>(TArg arg) => new Num { V = arg!.ToString()!.Length * 10 + typeof(TArg).Name.Length };
    public static Num Combine(Num x, Num y) => new Num { V = x.V * 1000 + y.V };
    public override string ToString() => V.ToString();
}

class Wrapper<T> : IFactory<Wrapper<T>> where T : IFactory<T>
{
    public T Inner = default!;
    public static Wrapper<T> Make<TArg>(TArg arg) => new Wrapper<T> { Inner = T.Make(arg) };
    public static Wrapper<T> Combine(Wrapper<T> x, Wrapper<T> y) => new Wrapper<T> { Inner = T.Combine(x.Inner, y.Inner) };
    public override string ToString() => "W(" + Inner + ")";
}

static class Program
{
    static string Factory<T>() where T : IFactory<T>
    {
        T a = T.Make(5), b = T.MakeTwice("s");
        return T.Name + " " + a + " " + b + " " + a.Show();
    }

    static unsafe string ViaDefaultPointer<T>() where T : IFactory<T>
    {
        delegate*<T, T, T> combine = &T.Combine;
        return combine(T.Make(1), T.Make(2))!.ToString()!;
    }

    static string Info<T>() where T : IShape
    {
        IShape s = T.Create(3);
        return T.Kind + " size " + s.Size + ", " + T.Describe();
    }

    static T Sum<T>(T[] items) where T : IAddable<T>
    {
        T acc = T.Zero;
        foreach (var x in items) acc = acc + x;
        return acc;
    }

    static T Double<T>(T x) where T : IAddable<T> => T.Twice(x);

    static void Bump<T>() where T : ICounter { T.Count++; T.Count += 10; }

    static Func<string> KindGetter<T>() where T : IShape => () => T.Kind;

    static unsafe int ViaPointer<T>(int n) where T : IShape
    {
        delegate*<int, IShape> create = &T.Create;
        return create(n).Size;
    }

    static void Main()
    {
        Console.WriteLine(Info<Square>());
        Console.WriteLine(Info<Circle>());
        Console.WriteLine(Info<Box<string>>());
        Console.WriteLine(Info<Box<int>>());
        Console.WriteLine(Sum(new[] { new Money(1.5m), new Money(2.25m), new Money(3) }));
        Console.WriteLine(Sum(new[] { new Vec(1, 2), new Vec(3, 4), new Vec(5, 6) }));
        Console.WriteLine(Sum(new[] { new Pair<Money> { A = new Money(1), B = new Money(2) }, new Pair<Money> { A = new Money(10), B = new Money(20) } }));
        Console.WriteLine(Double(new Money(21)));
        Console.WriteLine(Double(new Vec(1, 1)));
        Console.WriteLine(Double(new Pair<Vec> { A = new Vec(1, 2), B = new Vec(3, 4) }));
        Bump<Counter>(); Bump<Counter>();
        Console.WriteLine(Counter.Count);
        Console.WriteLine(ICounter.Shared);
        Console.WriteLine(KindGetter<Circle>()());
        Console.WriteLine(KindGetter<Box<Vec>>()());
        Console.WriteLine(ViaPointer<Square>(7));
        Console.WriteLine(ViaPointer<Box<long>>(7));
        Console.WriteLine(ViaPointer<Circle>(9));
        Console.WriteLine(Factory<Tag>());
        Console.WriteLine(Factory<Num>());
        Console.WriteLine(Factory<Wrapper<Tag>>());
        Console.WriteLine(Factory<Wrapper<Num>>());
        Console.WriteLine(ViaDefaultPointer<Tag>() + " " + ViaDefaultPointer<Num>() + " " + ViaDefaultPointer<Wrapper<Num>>());
    }
}
