using System.Runtime.ExceptionServices;

// Stack traces as .NET prints them: file and line from the portable PDB,
// async and iterator frames under the names the programmer wrote, await
// plumbing hidden, rethrows through ExceptionDispatchInfo keeping the
// original frames, generic definitions as declared.

Show("sync", () => Level1(3));
Show("lambda", () => new List<int> { 1 }.ForEach(i => throw new FormatException("in lambda " + i)));
Show("iterator", () => { foreach (var x in Numbers()) Console.WriteLine(x); });
Show("generic", () => new Box<int>().Fail<string>("s"));
Show("nested", () => Outer.Inner.Boom());
Show("index", () => { int[] a = new int[1]; a[2] = 1; });
Show("null", () => { string? s = null; Console.WriteLine(s!.Length); });
Show("edi", () =>
{
    ExceptionDispatchInfo? edi = null;
    try { Level1(1); } catch (Exception e) { edi = ExceptionDispatchInfo.Capture(e); }
    edi!.Throw();
});
try { await AsyncOuter(); }
catch (Exception e) { Console.WriteLine("async: " + e.GetType().Name + "\n" + e.StackTrace); }
try { FaultedWait().Wait(); }
catch (Exception e) { Console.WriteLine("wait: " + e); }
try { Level1(0); }
catch (InvalidOperationException e) { Console.WriteLine("inner: " + new Exception("outer", e)); }

static void Show(string what, Action action)
{
    try { action(); }
    catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name + "\n" + e.StackTrace); }
}

static void Level1(int x) => Level2(x, "s");

static void Level2(int x, string s)
{
    if (x >= 0) throw new InvalidOperationException("bad " + x + s);
}

static IEnumerable<int> Numbers()
{
    yield return 1;
    throw new ArgumentException("from the iterator");
}

static async Task AsyncOuter()
{
    await Task.Delay(1);
    await AsyncInner(2);
}

static async Task<int> AsyncInner(int n)
{
    await Task.Yield();
    if (n > 1) throw new TimeoutException("inner " + n);
    return n;
}

static async Task FaultedWait()
{
    await Task.Delay(1);
    throw new NotSupportedException("b");
}

class Box<T>
{
    public void Fail<U>(U u) => throw new KeyNotFoundException("f " + typeof(T).Name + " " + typeof(U).Name);
}

class Outer
{
    public class Inner
    {
        public static void Boom() => throw new DivideByZeroException();
    }
}
