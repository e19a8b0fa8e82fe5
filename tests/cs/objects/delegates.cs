// Delegates: static, instance, virtual and generic targets; multicast Combine/Remove (invocation order,
// last return value); lambdas and closures (shared captured variables); events; Func/Action/Predicate/
// Comparison/EventHandler<T>; delegate variance; equality.
using System;
using System.Collections.Generic;

delegate int BinOp(int a, int b);
delegate void Notify(string msg);
delegate T Maker<out T>();

class Calc
{
    int bias;
    public Calc(int b) { bias = b; }
    public int Add(int a, int b) { return a + b + bias; }
    public static int Mul(int a, int b) { return a * b; }
    public virtual string Who() { return "Calc"; }
}
class SubCalc : Calc { public SubCalc() : base(0) { } public override string Who() { return "SubCalc"; } }

class MyArgs : EventArgs { public int N; }

class Publisher
{
    public event EventHandler<MyArgs> Changed;
    public event Notify Note;
    Notify manual;
    public event Notify Manual { add { Console.WriteLine("add handler"); manual += value; } remove { Console.WriteLine("remove handler"); manual -= value; } }
    public void Raise(int n)
    {
        if (Changed != null) Changed(this, new MyArgs { N = n });
        Notify h = Note; if (h != null) h("note " + n);
        if (manual != null) manual("manual " + n);
    }
}

static class Program
{
    static string log = "";
    static void A(string m) { log += "A(" + m + ")"; }
    static void B(string m) { log += "B(" + m + ")"; }
    static int One() { return 1; }
    static int Two() { return 2; }
    static T Id<T>(T x) { return x; }

    static void Main()
    {
        BinOp op = Calc.Mul; Console.WriteLine(op(6, 7));
        op = new Calc(100).Add; Console.WriteLine(op(1, 2));
        op = new BinOp(Calc.Mul); Console.WriteLine(op.Invoke(3, 3));
        Func<string> who = new SubCalc().Who; Console.WriteLine(who());
        Calc asBase = new SubCalc(); Func<string> who2 = asBase.Who; Console.WriteLine(who2());
        Func<int, int> gid = Id<int>; Func<string, string> gids = Id; Console.WriteLine(gid(5) + gids("s"));
        Notify n = A; n += B; n += A;
        n("x"); Console.WriteLine(log); log = "";
        n -= A; n("y"); Console.WriteLine(log); log = "";
        n = (Notify)Delegate.Combine(new Notify(B), new Notify(A)); n("z"); Console.WriteLine(log); log = "";
        n = (Notify)Delegate.Remove(n, new Notify(B)); n("w"); Console.WriteLine(log); log = "";
        n -= A; Console.WriteLine(n == null);
        Func<int> multi = One; multi += Two; Console.WriteLine("last result " + multi());
        Console.WriteLine(multi.GetInvocationList().Length);
        int counter = 0;
        Action inc = () => counter++;
        Func<int> get = () => counter;
        inc(); inc(); inc(); Console.WriteLine(get() + " " + counter);
        List<Func<int>> fs = new List<Func<int>>();
        for (int i = 0; i < 3; i++) { int copy = i; fs.Add(() => copy * 10); }
        foreach (Func<int> f in fs) Console.Write(f() + " "); Console.WriteLine();
        int[] shared = { 0 };
        Action<int> addTo = v => shared[0] += v; addTo(5); addTo(6); Console.WriteLine(shared[0]);
        Func<int, Func<int, int>> curry = a => b => a * 100 + b; Console.WriteLine(curry(3)(4));
        Predicate<string> empty = s => s.Length == 0; Console.WriteLine(empty("") + " " + empty("a"));
        Comparison<int> desc = (x, y) => y.CompareTo(x);
        List<int> nums = new List<int> { 3, 1, 2, 5, 4 }; nums.Sort(desc);
        foreach (int x in nums) Console.Write(x); Console.WriteLine();
        Publisher p = new Publisher();
        int total = 0;
        EventHandler<MyArgs> h = (s, e) => { total += e.N; Console.WriteLine("changed " + e.N + " sender ok " + (s == p)); };
        p.Changed += h;
        p.Note += m => Console.WriteLine("got " + m);
        p.Raise(1);
        p.Changed -= h;
        p.Raise(2);
        Notify manualHandler = m => Console.WriteLine("manual got " + m);
        p.Manual += manualHandler; p.Raise(3); p.Manual -= manualHandler; p.Raise(4);
        Console.WriteLine("total " + total);
        Maker<string> ms = () => "made"; Maker<object> mo = ms; Console.WriteLine(mo());
        Action<object> ao = o => Console.WriteLine("action object " + o); Action<string> asx = ao; asx("str");
        Func<int, int> f1 = Id<int>, f2 = Id<int>; Console.WriteLine(f1.Equals(f2) + " " + (f1 == f2));
        Action<int, int, int, int> four = (a, b, c, d) => Console.WriteLine(a + b + c + d); four(1, 2, 3, 4);
        Func<int, int, int, int, int, int> five = (a, b, c, d, e) => a * b * c * d * e; Console.WriteLine(five(1, 2, 3, 4, 5));
        Func<int, int> fact = null; fact = x => x <= 1 ? 1 : x * fact(x - 1); Console.WriteLine(fact(10));
        Console.WriteLine(op.Method.Name + " " + (op.Target == null));
    }
}
