// Stream/TextReader/TextWriter async and Begin/End, Null streams,
// Stream.Synchronized, TaskFactory.FromAsync, Parallel overloads, Thread data
// slots and VolatileRead, LazyInitializer, ComponentModel and CompilerServices
// attributes.
#pragma warning disable SYSLIB0006, CS0618
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;

class Lazyish { public static int Made; public Lazyish() { Made++; } }

class Program
{
    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": ok"); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static async Task Main()
    {
        // Stream async
        var ms = new MemoryStream();
        await ms.WriteAsync(Encoding.ASCII.GetBytes("hello world"), 0, 11);
        await ms.WriteAsync(new ReadOnlyMemory<byte>(Encoding.ASCII.GetBytes("!!")));
        await ms.FlushAsync();
        ms.Position = 0;
        var buf = new byte[5];
        int n = await ms.ReadAsync(buf, 0, 5);
        Console.WriteLine($"{n} {Encoding.ASCII.GetString(buf)}");
        n = await ms.ReadAsync(buf.AsMemory(1, 3));
        Console.WriteLine($"{n} {Encoding.ASCII.GetString(buf)}");
        var dest = new MemoryStream();
        await ms.CopyToAsync(dest);
        Console.WriteLine(Encoding.ASCII.GetString(dest.ToArray()));
        ms.Position = 0; dest.SetLength(0);
        await ms.CopyToAsync(dest, 3);
        Console.WriteLine(dest.Length);
        var cts = new CancellationTokenSource(); cts.Cancel();
        try { await ms.ReadAsync(buf, 0, 1, cts.Token); } catch (OperationCanceledException e) { Console.WriteLine("canceled " + e.GetType().Name); }
        Try("copy bad size", () => ms.CopyToAsync(dest, 0));
        Try("copy null", () => ms.CopyToAsync(null!));
        Try("timeout", () => { var _ = ms.ReadTimeout; });
        Console.WriteLine(ms.CanTimeout);

        // Begin/End
        ms.Position = 0;
        object? seen = null;
        var ar = ms.BeginRead(buf, 0, 4, r => seen = r.AsyncState, "state1");
        Console.WriteLine($"{ms.EndRead(ar)} {Encoding.ASCII.GetString(buf, 0, 4)} {ar.AsyncState} {seen} {ar.IsCompleted}");
        Try("end twice", () => ms.EndRead(ar));
        Try("end null", () => ms.EndRead(null!));
        var aw = ms.BeginWrite(new byte[] { 65, 66 }, 0, 2, null, null);
        ms.EndWrite(aw);
        var ro = new MemoryStream(new byte[4], false);
        Try("begin write readonly", () => ro.BeginWrite(new byte[1], 0, 1, null, null));

        // FromAsync over Begin/End
        ms.Position = 0;
        int got = await Task.Factory.FromAsync(ms.BeginRead, ms.EndRead, buf, 0, 3, null);
        Console.WriteLine($"fromasync {got} {Encoding.ASCII.GetString(buf, 0, 3)}");
        await Task.Factory.FromAsync(ms.BeginWrite, ms.EndWrite, new byte[] { 1, 2 }, 0, 2, null);
        int got2 = await Task<int>.Factory.FromAsync(ms.BeginRead(buf, 0, 2, null, null), ms.EndRead);
        Console.WriteLine($"fromasync2 {got2} len={ms.Length}");
        try { await Task.Factory.FromAsync((cb, st) => ro.BeginWrite(new byte[1], 0, 1, cb, st), ro.EndWrite, null); }
        catch (NotSupportedException e) { Console.WriteLine("fromasync failed: " + e.Message); }
        var whenAll = await Task.Factory.ContinueWhenAll(new[] { Task.FromResult(1), Task.FromResult(2) }, ts => ts.Sum(t => t.Result), CancellationToken.None);
        var whenAny = await Task<string>.Factory.ContinueWhenAny(new Task[] { Task.CompletedTask }, t => "any " + t.Status, TaskContinuationOptions.None);
        Console.WriteLine($"{whenAll} {whenAny}");

        // Null streams and readers
        Stream.Null.Write(new byte[3], 0, 3);
        Console.WriteLine($"{Stream.Null.Length} {Stream.Null.ReadByte()} {Stream.Null.Read(new byte[2], 0, 2)}");
        StreamWriter.Null.Write("discarded"); StreamWriter.Null.Flush();
        Console.WriteLine($"[{StreamReader.Null.ReadToEnd()}] {StreamReader.Null.ReadLine() == null} {BinaryWriter.Null.BaseStream.Length}");
        BinaryWriter.Null.Write(42);

        // Synchronized stream
        var sync = Stream.Synchronized(new MemoryStream());
        sync.Write(new byte[] { 1, 2, 3 }, 0, 3);
        Console.WriteLine($"{sync.Length} {sync.Position} {ReferenceEquals(Stream.Synchronized(sync), sync)}");

        // TextReader / TextWriter async
        var sw = new StringWriter();
        await sw.WriteAsync('a');
        await sw.WriteAsync("bc");
        await sw.WriteAsync(new[] { 'd', 'e' });
        await sw.WriteAsync(new[] { 'x', 'f', 'y' }, 1, 1);
        await sw.WriteLineAsync();
        await sw.WriteLineAsync("line");
        await sw.WriteLineAsync('z');
        await sw.WriteAsync(new StringBuilder("sb"));
        await sw.WriteLineAsync("mem".AsMemory());
        await sw.FlushAsync();
        Console.Write(sw.ToString());
        var sr = new StringReader("first\nsecond\nthird and more");
        Console.WriteLine(await sr.ReadLineAsync());
        var cb = new char[4];
        Console.WriteLine($"{await sr.ReadAsync(cb, 0, 4)} {new string(cb)}");
        Console.WriteLine($"{await sr.ReadBlockAsync(cb, 0, 3)} {new string(cb, 0, 3)}");
        Console.WriteLine(await sr.ReadLineAsync(CancellationToken.None));
        Console.WriteLine(await sr.ReadToEndAsync());
        Console.WriteLine((await sr.ReadLineAsync()) == null);
        var streamText = new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes("\uFEFFcaf\u00e9\nend")));
        Console.WriteLine(await streamText.ReadToEndAsync(CancellationToken.None));
        await using (var fw = new StreamWriter(new MemoryStream())) { await fw.WriteLineAsync("x"); }

        // Parallel overloads (sequential here and on .NET the sums agree)
        long total = 0;
        Parallel.For(0L, 10L, (i, s) => { Interlocked.Add(ref total, i); });
        Parallel.For(0, 100, new ParallelOptions(), () => 0, (i, s, local) => local + i, local => Interlocked.Add(ref total, local));
        Parallel.ForEach(new[] { 1, 2, 3 }, () => 0L, (x, s, i, local) => local + x * i, local => Interlocked.Add(ref total, local));
        Console.WriteLine("parallel total " + total);
        var r = Parallel.For(0L, 1000L, new ParallelOptions(), (i, s) => { if (i == 5) s.Stop(); });
        Console.WriteLine($"stopped {r.IsCompleted}");
        Try("for null options", () => Parallel.For(0L, 1L, null!, i => { }));
        var opts = new ParallelOptions { CancellationToken = cts.Token };
        Try("for canceled", () => Parallel.ForEach(new[] { 1 }, opts, (x, s) => { }));

        // Thread odds
        var slot = Thread.AllocateNamedDataSlot("cov-slot");
        Thread.SetData(slot, "main value");
        string? other = null;
        var t = new Thread(() => { other = (string?)Thread.GetData(Thread.GetNamedDataSlot("cov-slot")) ?? "null on other"; });
        t.Start(); t.Join();
        Console.WriteLine($"{Thread.GetData(slot)} / {other}");
        Try("slot twice", () => Thread.AllocateNamedDataSlot("cov-slot"));
        Thread.FreeNamedDataSlot("cov-slot");
        int v = 5; Thread.VolatileWrite(ref v, 7);
        Console.WriteLine($"{Thread.VolatileRead(ref v)} {Thread.CurrentThread.GetApartmentState()} {Thread.CurrentThread.TrySetApartmentState(ApartmentState.STA)}");
        Try("abort", () => Thread.CurrentThread.Abort());
        Try("suspend", () => Thread.CurrentThread.Suspend());
        Try("set STA", () => Thread.CurrentThread.SetApartmentState(ApartmentState.STA));
        Thread.MemoryBarrier(); Thread.BeginCriticalRegion(); Thread.EndCriticalRegion();
        Console.WriteLine(Thread.CurrentThread.CurrentCulture.Name == "");

        // LazyInitializer
        Lazyish? lz = null;
        var a1 = LazyInitializer.EnsureInitialized(ref lz);
        var a2 = LazyInitializer.EnsureInitialized(ref lz, () => new Lazyish());
        bool inited = false; object? gate = null; int number = 0;
        LazyInitializer.EnsureInitialized(ref number, ref inited, ref gate, () => 41 + 1);
        LazyInitializer.EnsureInitialized(ref number, ref inited, ref gate, () => 0);
        Console.WriteLine($"{ReferenceEquals(a1, a2)} {Lazyish.Made} {number} {inited} {gate != null}");

        // ComponentModel and CompilerServices attributes
        Console.WriteLine($"{new DescriptionAttribute("d").Description} {DescriptionAttribute.Default.IsDefaultAttribute()} {new DisplayNameAttribute("n").DisplayName} {CategoryAttribute.Data.Category} {new CategoryAttribute().Category}");
        Console.WriteLine($"{new DefaultValueAttribute(typeof(int), "12").Value} {new DefaultValueAttribute(typeof(DayOfWeek), "friday").Value} {new DefaultValueAttribute(3L).Value.GetType().Name} {BrowsableAttribute.Default.Browsable} {ReadOnlyAttribute.Yes.Equals(new ReadOnlyAttribute(true))}");
        Console.WriteLine($"{new EditorBrowsableAttribute(EditorBrowsableState.Never).State} {new CancelEventArgs(true).Cancel} {new HandledEventArgs().Handled} {new PropertyChangingEventArgs("P").PropertyName}");
        Console.WriteLine(new InvalidEnumArgumentException("arg", 9, typeof(DayOfWeek)).Message);
        Console.WriteLine($"{((DateTime)new DateTimeConstantAttribute(630822816000000000).Value):yyyy-MM-dd} {new TypeForwardedFromAttribute("Asm, Version=1.0").AssemblyFullName} {string.Join(",", new DynamicAttribute(new[] { false, true }).TransformFlags)}");
        var wrapped = new RuntimeWrappedException("not an exception");
        Console.WriteLine($"{wrapped.WrappedException} | {wrapped.Message}");
        bool cleaned = false;
        Try("guaranteed cleanup", () => RuntimeHelpers.ExecuteCodeWithGuaranteedCleanup(_ => throw new InvalidOperationException("in code"), (_, thrown) => cleaned = thrown, null));
        Console.WriteLine("cleaned " + cleaned);
    }
}
