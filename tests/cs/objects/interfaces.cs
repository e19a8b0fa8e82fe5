// Interfaces: implicit and explicit implementation, interface inheritance, re-implementation,
// generic interfaces, variance (IEnumerable<out T>, IComparer<in T>, custom in/out), interface dispatch on structs.
using System;
using System.Collections.Generic;

interface IShape { double Area(); string Name { get; } }
interface INamed { string Name { get; } }
interface ISolid : IShape { double Volume(double depth); }
interface ICounter { int Next(); }
interface IProducer<out T> { T Produce(); }
interface IConsumer<in T> { string Consume(T item); }
interface IPair<A, B> { A First { get; } B Second { get; } }

class Square : ISolid, INamed
{
    double side;
    public Square(double s) { side = s; }
    public double Area() { return side * side; }
    public string Name { get { return "square"; } }
    string INamed.Name { get { return "explicit-named-square"; } }
    public double Volume(double depth) { return Area() * depth; }
}

class Circle : IShape
{
    double r;
    public Circle(double r) { this.r = r; }
    double IShape.Area() { return 3 * r * r; }
    string IShape.Name { get { return "circle"; } }
    public string Name { get { return "public-circle-name"; } }
}

class BaseImpl : ICounter { int n; public int Next() { return ++n; } }
class ReImpl : BaseImpl, ICounter { int Next() { return -1; } int ICounter.Next() { return 1000; } }
class Derived2 : BaseImpl { public new int Next() { return 42; } }

struct StructCounter : ICounter { int n; public int Next() { n += 10; return n; } }

class Animal { public virtual string Kind { get { return "animal"; } } }
class Cat : Animal { public override string Kind { get { return "cat"; } } }

class CatProducer : IProducer<Cat> { public Cat Produce() { return new Cat(); } }
class AnimalConsumer : IConsumer<Animal> { public string Consume(Animal a) { return "consumed " + a.Kind; } }

class Pair<A, B> : IPair<A, B>
{
    public A First { get; private set; }
    public B Second { get; private set; }
    public Pair(A a, B b) { First = a; Second = b; }
}

class ByLength : IComparer<object> { public int Compare(object a, object b) { return a.ToString().Length - b.ToString().Length; } }

interface IMulti<T> { string Which(T x); }
class Multi : IMulti<int>, IMulti<string>
{
    public string Which(int x) { return "int " + x; }
    public string Which(string x) { return "string " + x; }
}

static class Program
{
    static double Total(IShape[] shapes) { double t = 0; foreach (IShape s in shapes) t += s.Area(); return t; }
    static int Bump<T>(T c) where T : ICounter { return c.Next(); }

    static void Main()
    {
        Square sq = new Square(3);
        Circle ci = new Circle(2);
        IShape[] shapes = { sq, ci };
        foreach (IShape s in shapes) Console.WriteLine(s.Name + " " + s.Area());
        Console.WriteLine(Total(shapes));
        Console.WriteLine(((INamed)sq).Name + " " + sq.Name + " " + ci.Name);
        ISolid solid = sq; Console.WriteLine(solid.Volume(2) + " " + solid.Area());
        ICounter c1 = new BaseImpl(); c1.Next(); Console.WriteLine(c1.Next());
        ICounter c2 = new ReImpl(); Console.WriteLine(c2.Next() + " " + ((BaseImpl)c2).Next());
        ICounter c3 = new Derived2(); Console.WriteLine(c3.Next() + " " + ((Derived2)c3).Next());
        StructCounter sc = new StructCounter();
        ICounter boxed = sc;
        boxed.Next(); boxed.Next();
        Console.WriteLine(boxed.Next() + " " + sc.Next() + " " + sc.Next());
        Console.WriteLine(Bump(sc) + " " + Bump(sc) + " " + sc.Next());
        IProducer<Animal> prod = new CatProducer();
        Console.WriteLine(prod.Produce().Kind);
        IConsumer<Cat> cons = new AnimalConsumer();
        Console.WriteLine(cons.Consume(new Cat()));
        IEnumerable<object> objs = new List<string> { "x", "yy" };
        foreach (object o in objs) Console.Write(o + ";"); Console.WriteLine();
        IEnumerable<Animal> animals = new Cat[] { new Cat(), new Cat() };
        foreach (Animal a in animals) Console.Write(a.Kind + ";"); Console.WriteLine();
        IComparer<string> cmp = new ByLength();
        Console.WriteLine(cmp.Compare("aaa", "b") > 0);
        IPair<string, int> p = new Pair<string, int>("one", 1);
        Console.WriteLine(p.First + p.Second);
        Multi m = new Multi();
        Console.WriteLine(((IMulti<int>)m).Which(5) + " / " + ((IMulti<string>)m).Which("s"));
        object o2 = sq;
        Console.WriteLine((o2 is IShape) + " " + (o2 is ISolid) + " " + (o2 is INamed) + " " + (o2 is ICounter) + " " + (ci is INamed));
        Console.WriteLine((prod is IProducer<object>) + " " + (cons is IConsumer<object>));
        IShape none = o2 as ICounter as IShape; Console.WriteLine(none == null);
    }
}
