// A struct argument copied slot to slot on its way to a call (an inlined
// method passes its argument on), through a stack temp that holds an int
// elsewhere in the method: the tier must copy all of its 8 bytes, not 4.
using System;

struct Pair : IEquatable<Pair>
{
    public int X, Y;
    public Pair(int x, int y) { X = x; Y = y; }
    public bool Equals(Pair o) { return X == o.X && Y == o.Y; }
}

class Bag
{
    Pair[] items = new Pair[8];
    int size;

    public void Add(Pair p) { items[size++] = p; }

    static int Find(Pair[] a, Pair item, int start, int count)
    {
        for (int i = start; i < start + count; i++) if (a[i].Equals(item)) return i;
        return -1;
    }

    int IndexOf(Pair item) { return Find(items, item, 0, size); }   // inlined into its callers
    public bool Has(Pair item) { return size != 0 && IndexOf(item) != -1; }
    public int Where(Pair item) { return size == 0 ? -2 : Find(items, item, 0, size); }
}

static class Program
{
    static void Main()
    {
        var b = new Bag();
        b.Add(new Pair(3, 3)); b.Add(new Pair(1, 1)); b.Add(new Pair(2, 2)); b.Add(new Pair(2, 5));
        for (int round = 0; round < 3; round++)
        {
            Console.WriteLine(b.Has(new Pair(2, 2)) + " " + b.Has(new Pair(2, 7)) + " " + b.Has(new Pair(2, 5)));
            Console.WriteLine(b.Where(new Pair(1, 1)) + " " + b.Where(new Pair(2, 5)) + " " + b.Where(new Pair(5, 2)));
        }
    }
}
