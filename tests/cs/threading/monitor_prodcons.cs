// Producer/consumer over a bounded buffer with Monitor.Wait/PulseAll, and a
// strict ping-pong between two threads with Wait/Pulse.
using System;
using System.Collections.Generic;
using System.Threading;

class BoundedBuffer
{
    private readonly int[] _items;
    private int _head, _count;
    private readonly object _lock = new object();
    public int MaxSeen;

    public BoundedBuffer(int capacity) { _items = new int[capacity]; }

    public void Put(int v)
    {
        lock (_lock)
        {
            while (_count == _items.Length) Monitor.Wait(_lock);
            _items[(_head + _count) % _items.Length] = v;
            _count++;
            if (_count > MaxSeen) MaxSeen = _count;
            Monitor.PulseAll(_lock);
        }
    }

    public int Take()
    {
        lock (_lock)
        {
            while (_count == 0) Monitor.Wait(_lock);
            int v = _items[_head];
            _head = (_head + 1) % _items.Length;
            _count--;
            Monitor.PulseAll(_lock);
            return v;
        }
    }
}

class Program
{
    static readonly object Turn = new object();
    static int s_turn;   // 0: ping's turn, 1: pong's turn
    static List<string> s_log = new List<string>();

    static void PingPong(int me, string word, int rounds)
    {
        for (int i = 0; i < rounds; i++)
        {
            lock (Turn)
            {
                while (s_turn != me) Monitor.Wait(Turn);
                s_log.Add(word + " " + i);
                s_turn = 1 - me;
                Monitor.Pulse(Turn);
            }
        }
    }

    static void Main()
    {
        BoundedBuffer buf = new BoundedBuffer(4);
        long sum = 0;
        List<int> got = new List<int>();
        Thread producer = new Thread(() => { for (int i = 1; i <= 200; i++) buf.Put(i * 3); buf.Put(-1); });
        Thread consumer = new Thread(() =>
        {
            for (;;)
            {
                int v = buf.Take();
                if (v < 0) break;
                sum += v;
                got.Add(v);
            }
        });
        consumer.Start();
        producer.Start();
        producer.Join();
        consumer.Join();
        bool inOrder = true;
        for (int i = 0; i < got.Count; i++) if (got[i] != (i + 1) * 3) inOrder = false;
        Console.WriteLine("consumed " + got.Count + " items, sum " + sum + ", in order: " + inOrder);
        Console.WriteLine("buffer never exceeded capacity: " + (buf.MaxSeen <= 4));

        // Two producers, two consumers: every item is consumed exactly once.
        BoundedBuffer b2 = new BoundedBuffer(3);
        int[] seen = new int[101];
        object seenLock = new object();
        Thread[] ts = new Thread[4];
        for (int p = 0; p < 2; p++)
        {
            int start = p * 50 + 1;
            ts[p] = new Thread(() => { for (int i = start; i < start + 50; i++) b2.Put(i); });
        }
        for (int c = 0; c < 2; c++)
            ts[2 + c] = new Thread(() => { for (int i = 0; i < 50; i++) { int v = b2.Take(); lock (seenLock) seen[v]++; } });
        foreach (Thread t in ts) t.Start();
        foreach (Thread t in ts) t.Join();
        int once = 0;
        for (int i = 1; i <= 100; i++) if (seen[i] == 1) once++;
        Console.WriteLine("2x2: items seen exactly once: " + once);

        Thread ping = new Thread(() => PingPong(0, "ping", 5));
        Thread pong = new Thread(() => PingPong(1, "pong", 5));
        pong.Start();
        ping.Start();
        ping.Join();
        pong.Join();
        foreach (string s in s_log) Console.WriteLine(s);

        // Wait with a timeout returns false when nobody pulses; true when pulsed.
        object o = new object();
        lock (o) Console.WriteLine("Wait(30) without pulse: " + Monitor.Wait(o, 30));
        bool pulsed = false;
        Thread pulser = new Thread(() => { Thread.Sleep(20); lock (o) Monitor.Pulse(o); });
        lock (o)
        {
            pulser.Start();
            pulsed = Monitor.Wait(o, 5000);
        }
        pulser.Join();
        Console.WriteLine("Wait(5000) with pulse: " + pulsed);

        object held = new object();
        try { Monitor.Exit(held); }
        catch (SynchronizationLockException) { Console.WriteLine("Exit without owning: SynchronizationLockException"); }
        try { Monitor.Wait(held); }
        catch (SynchronizationLockException) { Console.WriteLine("Wait without owning: SynchronizationLockException"); }
    }
}
