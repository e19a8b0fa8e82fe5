// mcs: -unsafe
// The address of a field through an unmanaged struct pointer. Issue 13 asked
// for no exception on a null pointer (no memory is read), but .NET 10, the
// oracle, raises NullReferenceException there (tried with mcs and Roslyn
// builds): this test pins .NET's behaviour. Expected output from .NET 10.
using System;

unsafe struct P { public int a; public long b; public fixed byte buf[8]; }

unsafe class Program
{
    static string Try(Func<long> f)
    {
        try { return f().ToString(); }
        catch (Exception e) { return e.GetType().Name; }
    }

    static void Main()
    {
        P* nul = null;
        Console.WriteLine("null->a: " + Try(() => (long)&nul->a));
        Console.WriteLine("null->b: " + Try(() => (long)&nul->b));
        Console.WriteLine("null->buf: " + Try(() => (long)nul->buf));
        P s = new P();
        P* p = &s;
        Console.WriteLine("offsets: " + ((long)&p->a - (long)p) + " " + ((long)&p->b - (long)p) + " " + ((long)p->buf - (long)p));
        p->b = 5;
        long* q = &p->b;
        *q += 1;
        Console.WriteLine("through the address: " + s.b);
    }
}
