using System.ComponentModel;
using System.Timers;
using Timer = System.Timers.Timer;

class Inline : ISynchronizeInvoke
{
    public int Calls;
    public bool InvokeRequired => true;
    public IAsyncResult BeginInvoke(Delegate method, object?[]? args) { Calls++; method.DynamicInvoke(args); return Task.CompletedTask; }
    public object? EndInvoke(IAsyncResult result) => null;
    public object? Invoke(Delegate method, object?[]? args) => method.DynamicInvoke(args);
}

class MyComponent : Component
{
    public bool DisposedWithTrue;
    protected override void Dispose(bool disposing) { DisposedWithTrue |= disposing; base.Dispose(disposing); }
}

static class Program
{
    static async Task Main()
    {
        var t = new Timer();
        Console.WriteLine($"defaults: interval={t.Interval} autoReset={t.AutoReset} enabled={t.Enabled} {t}");

        // AutoReset: fires repeatedly until stopped.
        int ticks = 0;
        var repeat = new Timer(20);
        var three = new TaskCompletionSource();
        repeat.Elapsed += (s, e) => { if (Interlocked.Increment(ref ticks) == 3) three.TrySetResult(); };
        repeat.Start();
        Console.WriteLine($"started: enabled={repeat.Enabled}");
        await three.Task;
        repeat.Stop();
        int atStop = ticks;
        await Task.Delay(100);
        Console.WriteLine($"repeat: at least 3 ticks={atStop >= 3}, none after Stop={ticks == atStop}, enabled={repeat.Enabled}");

        // One shot: Enabled goes false after the tick.
        var once = new Timer(TimeSpan.FromMilliseconds(10)) { AutoReset = false };
        var fired = new TaskCompletionSource<(object?, DateTime)>();
        int onceTicks = 0;
        once.Elapsed += (s, e) => { Interlocked.Increment(ref onceTicks); fired.TrySetResult((s, e.SignalTime)); };
        var before = DateTime.Now.AddSeconds(-1);
        once.Enabled = true;
        var (sender, when) = await fired.Task;
        await Task.Delay(80);
        Console.WriteLine($"once: ticks={onceTicks} sender is timer={ReferenceEquals(sender, once)} signal time sensible={when >= before && when <= DateTime.Now} enabled={once.Enabled}");

        // Restart after Close; Dispose makes Start throw.
        once.Close();
        once.Start();
        Console.WriteLine($"after Close, Start: enabled={once.Enabled}");
        once.Dispose();
        Console.WriteLine($"after Dispose: enabled={once.Enabled}");
        try { once.Start(); Console.WriteLine("Start after Dispose: ok"); }
        catch (ObjectDisposedException e) { Console.WriteLine("Start after Dispose: ObjectDisposedException " + e.ObjectName); }

        // SynchronizingObject runs the handler through BeginInvoke.
        var sync = new Inline();
        var viaSync = new Timer(10) { AutoReset = false, SynchronizingObject = sync };
        var done = new TaskCompletionSource();
        viaSync.Elapsed += (s, e) => done.TrySetResult();
        viaSync.Start();
        await done.Task;
        Console.WriteLine($"sync calls={sync.Calls}");

        // Invalid intervals.
        foreach (double bad in new[] { 0.0, -5.0, double.MaxValue })
        {
            try { new Timer(bad); Console.WriteLine($"new Timer({bad}): ok"); }
            catch (ArgumentException e) { Console.WriteLine($"new Timer({bad}): {e.GetType().Name}: {e.Message}"); }
        }
        try { t.Interval = 0; }
        catch (ArgumentException e) { Console.WriteLine($"Interval = 0: {e.GetType().Name}: {e.Message}"); }
        t.Interval = 1.5;
        Console.WriteLine($"Interval 1.5 kept: {t.Interval}");

        // BeginInit/EndInit delay Enabled.
        var init = new Timer(50);
        init.BeginInit();
        init.Enabled = true;
        Console.WriteLine($"during init: enabled={init.Enabled}");
        init.EndInit();
        Console.WriteLine($"after EndInit: enabled={init.Enabled}");
        init.Dispose();

        // Component: Disposed event once, ToString, Site.
        var c = new MyComponent();
        int disposedEvents = 0;
        c.Disposed += (s, e) => disposedEvents++;
        c.Dispose();
        Console.WriteLine($"component: {c} disposedEvents={disposedEvents} disposing={c.DisposedWithTrue} site={c.Site == null} container={c.Container == null}");
        var list = new EventHandlerList();
        object key = new();
        EventHandler h1 = (s, e) => Console.Write("h1 "), h2 = (s, e) => Console.Write("h2 ");
        list.AddHandler(key, h1); list.AddHandler(key, h2);
        ((EventHandler?)list[key])?.Invoke(null, EventArgs.Empty);
        list.RemoveHandler(key, h1);
        ((EventHandler?)list[key])?.Invoke(null, EventArgs.Empty);
        Console.WriteLine($"| missing key: {list[new object()] == null}");
    }
}
