using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

static class Program
{
    static async Task<string> Outcome(Func<Task> f)
    {
        try { await f(); return "ok"; }
        catch (Exception e) { return e.GetType().Name + ": " + e.Message + (e.InnerException != null ? " <- " + e.InnerException.GetType().Name + ": " + e.InnerException.Message : ""); }
    }

    static async Task Main()
    {
        // Unbounded: order, counts, peek, completion after drain.
        var u = Channel.CreateUnbounded<int>();
        Console.WriteLine($"unbounded CanCount={u.Reader.CanCount} CanPeek={u.Reader.CanPeek}");
        for (int i = 1; i <= 5; i++) Console.Write(u.Writer.TryWrite(i * 10) + " ");
        Console.WriteLine($"count={u.Reader.Count}");
        Console.WriteLine($"peek={(u.Reader.TryPeek(out var pk) ? pk : -1)} read={await u.Reader.ReadAsync()} count={u.Reader.Count}");
        u.Writer.Complete();
        Console.WriteLine($"after complete: TryWrite={u.Writer.TryWrite(99)} TryComplete={u.Writer.TryComplete()} completed={u.Reader.Completion.IsCompleted}");
        var rest = new List<int>();
        await foreach (var x in u.Reader.ReadAllAsync()) rest.Add(x);
        Console.WriteLine($"rest={string.Join(",", rest)} completion={u.Reader.Completion.Status} wait={await u.Reader.WaitToReadAsync()}");
        Console.WriteLine("read closed: " + await Outcome(async () => await u.Reader.ReadAsync()));
        Console.WriteLine("write closed: " + await Outcome(async () => await u.Writer.WriteAsync(1)));
        Console.WriteLine("complete twice: " + await Outcome(() => { u.Writer.Complete(); return Task.CompletedTask; }));

        // Producer/consumer with a bounded channel: writers wait for room.
        var b = Channel.CreateBounded<int>(new BoundedChannelOptions(2) { SingleReader = true });
        var log = new List<string>();
        var producer = Task.Run(async () =>
        {
            for (int i = 0; i < 6; i++) { await b.Writer.WriteAsync(i); lock (log) log.Add("w" + i); }
            b.Writer.Complete();
        });
        var got = new List<int>();
        while (await b.Reader.WaitToReadAsync())
            while (b.Reader.TryRead(out var item)) { got.Add(item); await Task.Delay(1); }
        await producer;
        Console.WriteLine($"bounded got={string.Join(",", got)} writes={log.Count} completion={b.Reader.Completion.Status}");

        // TryWrite on a full Wait channel fails; WaitToWriteAsync waits for room.
        var full = Channel.CreateBounded<string>(1);
        Console.WriteLine($"full: {full.Writer.TryWrite("a")} {full.Writer.TryWrite("b")} count={full.Reader.Count}");
        var room = full.Writer.WaitToWriteAsync().AsTask();
        Console.WriteLine($"room before read: {room.IsCompleted}");
        full.Reader.TryRead(out var first);
        Console.WriteLine($"read {first}, room: {await room}");
        var pending = full.Writer.WriteAsync("c").AsTask();
        var pending2 = full.Writer.WriteAsync("d").AsTask();
        Console.WriteLine($"blocked writes: {pending.IsCompleted} {pending2.IsCompleted}");
        Console.WriteLine($"{await full.Reader.ReadAsync()} {await full.Reader.ReadAsync()}");
        await pending; await pending2;
        Console.WriteLine($"then count={full.Reader.Count} TryWrite={full.Writer.TryWrite("e")} {await full.Reader.ReadAsync()}");

        // Full modes and the dropped-item callback.
        foreach (var mode in new[] { BoundedChannelFullMode.DropOldest, BoundedChannelFullMode.DropNewest, BoundedChannelFullMode.DropWrite, BoundedChannelFullMode.Wait })
        {
            var dropped = new List<int>();
            var d = Channel.CreateBounded<int>(new BoundedChannelOptions(3) { FullMode = mode }, x => dropped.Add(x));
            var ok = new List<bool>();
            for (int i = 1; i <= 5; i++) ok.Add(d.Writer.TryWrite(i));
            var kept = new List<int>();
            while (d.Reader.TryRead(out var k)) kept.Add(k);
            Console.WriteLine($"{mode}: writes={string.Join(",", ok)} kept={string.Join(",", kept)} dropped={string.Join(",", dropped)}");
        }

        // Completing with an error.
        var e = Channel.CreateUnbounded<int>();
        e.Writer.TryWrite(7);
        e.Writer.Complete(new InvalidOperationException("boom"));
        Console.WriteLine($"error: completed={e.Reader.Completion.IsCompleted} wait={await e.Reader.WaitToReadAsync()} read={await e.Reader.ReadAsync()}");
        Console.WriteLine("wait after error: " + await Outcome(async () => await e.Reader.WaitToReadAsync()));
        Console.WriteLine("read after error: " + await Outcome(async () => await e.Reader.ReadAsync()));
        Console.WriteLine("write after error: " + await Outcome(async () => await e.Writer.WriteAsync(1)));
        Console.WriteLine("completion: " + await Outcome(() => e.Reader.Completion));
        Console.WriteLine("waittowrite after error: " + await Outcome(async () => await e.Writer.WaitToWriteAsync()));

        // A blocked reader is released by Complete.
        var c = Channel.CreateUnbounded<int>();
        var blocked = c.Reader.ReadAsync().AsTask();
        var waiting = c.Reader.WaitToReadAsync().AsTask();
        c.Writer.Complete();
        Console.WriteLine("blocked read on complete: " + await Outcome(() => blocked) + " / wait: " + await waiting);

        // Cancellation of a waiting reader and of a blocked writer.
        var cr = Channel.CreateUnbounded<int>();
        using (var cts = new CancellationTokenSource())
        {
            var r = cr.Reader.ReadAsync(cts.Token).AsTask();
            cts.Cancel();
            Console.WriteLine("canceled read: " + await Outcome(() => r));
            cr.Writer.TryWrite(5);
            Console.WriteLine($"item kept for the next reader: {await cr.Reader.ReadAsync()}");
        }
        Console.WriteLine("pre-canceled read: " + await Outcome(async () => await cr.Reader.ReadAsync(new CancellationToken(true))));
        var cw = Channel.CreateBounded<int>(1);
        cw.Writer.TryWrite(1);
        using (var cts = new CancellationTokenSource())
        {
            var w = cw.Writer.WriteAsync(2, cts.Token).AsTask();
            cts.Cancel();
            Console.WriteLine("canceled write: " + await Outcome(() => w));
            cw.Reader.TryRead(out var one);
            Console.WriteLine($"after cancel: read {one}, left={cw.Reader.Count}");
        }
        var cc = Channel.CreateUnbounded<int>();
        cc.Writer.Complete(new OperationCanceledException("stop"));
        Console.WriteLine($"completion canceled: {cc.Reader.Completion.Status} " + await Outcome(async () => await cc.Reader.ReadAsync()));

        // Prioritized (smallest first, or by a comparer).
        var p = Channel.CreateUnboundedPrioritized<int>();
        foreach (var x in new[] { 5, 1, 4, 2, 3 }) p.Writer.TryWrite(x);
        var order = new List<int>();
        while (p.Reader.TryRead(out var x)) order.Add(x);
        var pd = Channel.CreateUnboundedPrioritized(new UnboundedPrioritizedChannelOptions<string> { Comparer = Comparer<string>.Create((a, b2) => b2.Length.CompareTo(a.Length)) });
        foreach (var s in new[] { "bb", "a", "dddd", "ccc" }) pd.Writer.TryWrite(s);
        var sorder = new List<string>();
        while (pd.Reader.TryRead(out var s)) sorder.Add(s);
        Console.WriteLine($"prioritized: {string.Join(",", order)} | {string.Join(",", sorder)}");

        // Many producers, one consumer; then fan-out to several consumers.
        var m = Channel.CreateBounded<int>(4);
        var producers = Enumerable.Range(0, 3).Select(k => Task.Run(async () => { for (int i = 0; i < 50; i++) await m.Writer.WriteAsync(k * 1000 + i); })).ToArray();
        var all = Task.WhenAll(producers).ContinueWith(_ => m.Writer.Complete());
        var consumers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () => { long s = 0; int n = 0; await foreach (var v in m.Reader.ReadAllAsync()) { s += v; n++; } return (s, n); })).ToArray();
        var sums = await Task.WhenAll(consumers);
        await all;
        Console.WriteLine($"fan: items={sums.Sum(t => t.n)} sum={sums.Sum(t => t.s)}");

        // Options validation and implicit conversions.
        Console.WriteLine("capacity -1: " + await Outcome(() => { new BoundedChannelOptions(-1); return Task.CompletedTask; }));
        Console.WriteLine("set Capacity -1: " + await Outcome(() => { new BoundedChannelOptions(3).Capacity = -1; return Task.CompletedTask; }));
        Console.WriteLine("set FullMode 9: " + await Outcome(() => { new BoundedChannelOptions(3).FullMode = (BoundedChannelFullMode)9; return Task.CompletedTask; }));

        // Capacity 0: a rendezvous, every write waits for a reader.
        var z = Channel.CreateBounded<int>(0);
        Console.WriteLine($"rendezvous: TryWrite alone={z.Writer.TryWrite(1)} WaitToWrite done={z.Writer.WaitToWriteAsync().IsCompleted}");
        var zr = z.Reader.ReadAsync().AsTask();
        Console.WriteLine($"with a reader: TryWrite={z.Writer.TryWrite(2)} got={await zr}");
        var zw = z.Writer.WriteAsync(3).AsTask();
        var zwait = z.Reader.WaitToReadAsync().AsTask();
        Console.WriteLine($"blocked writer: count={z.Reader.Count} peek={(z.Reader.TryPeek(out var zp) ? zp : -1)} wait={await zwait} read={(z.Reader.TryRead(out var zx) ? zx : -1)}");
        await zw;
        Console.WriteLine($"writer released: {zw.IsCompletedSuccessfully} count={z.Reader.Count}");
        var zd = new List<int>();
        var zdrop = Channel.CreateBounded<int>(new BoundedChannelOptions(0) { FullMode = BoundedChannelFullMode.DropOldest }, x => zd.Add(x));
        Console.WriteLine($"rendezvous drop: {zdrop.Writer.TryWrite(8)} dropped={string.Join(",", zd)}");

        // Completed with an OperationCanceledException: reads are canceled, the rest rethrows it.
        var oc = Channel.CreateUnbounded<int>();
        var ocBlocked = oc.Reader.ReadAsync().AsTask();
        oc.Writer.Complete(new OperationCanceledException("stop"));
        Console.WriteLine("oce blocked read: " + await Outcome(() => ocBlocked));
        Console.WriteLine("oce write: " + await Outcome(async () => await oc.Writer.WriteAsync(1)));
        Console.WriteLine("oce wait: " + await Outcome(async () => await oc.Reader.WaitToReadAsync()));
        Console.WriteLine("oce waitw: " + await Outcome(async () => await oc.Writer.WaitToWriteAsync()));
        Console.WriteLine("CreateBounded(-1): " + await Outcome(() => { Channel.CreateBounded<int>(-1); return Task.CompletedTask; }));
        ChannelReader<int> reader = u;
        ChannelWriter<int> writer = u;
        Console.WriteLine($"implicit: {reader == u.Reader} {writer == u.Writer} {new ChannelClosedException().Message}");
    }
}
