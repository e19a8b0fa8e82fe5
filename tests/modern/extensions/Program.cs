// C# 14 extension members (extension blocks): instance and static extension
// methods, properties, operators-free members on classes, structs, generics,
// interfaces; classic extension methods alongside; covariant return types.
using System.Collections.Generic;
using System.Text;

public static class StringExtensions
{
    extension(string s)
    {
        public int WordCount => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        public bool IsBlank => string.IsNullOrWhiteSpace(s);
        public string Shout() => s.ToUpperInvariant() + "!";
        public string Repeat(int n)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < n; i++) sb.Append(s);
            return sb.ToString();
        }
    }

    extension(string)
    {
        public static string Joined(params string[] parts) => string.Join("+", parts);
        public static string Empty2 => "<empty>";
    }
}

public static class SeqExtensions
{
    extension<T>(IEnumerable<T> source)
    {
        public bool IsEmpty => !source.Any();
        public IEnumerable<T> EveryOther()
        {
            bool take = true;
            foreach (var x in source) { if (take) yield return x; take = !take; }
        }
        public int CountWhere(Func<T, bool> pred)
        {
            int n = 0;
            foreach (var x in source) if (pred(x)) n++;
            return n;
        }
    }

    extension<T>(List<T> list) where T : IComparable<T>
    {
        public T Largest
        {
            get
            {
                T best = list[0];
                foreach (var x in list) if (x.CompareTo(best) > 0) best = x;
                return best;
            }
        }
    }

    extension<T>(IEnumerable<T>)
    {
        public static IEnumerable<T> Repeated(T value, int count) => Enumerable.Repeat(value, count);
    }
}

public struct Counter { public int Value; }

public static class StructExtensions
{
    extension(ref Counter c)
    {
        public void Increment() => c.Value++;
    }
    extension(Counter c)
    {
        public bool IsZero => c.Value == 0;
        public static Counter Start => new Counter { Value = 100 };
    }
    extension(int i)
    {
        public bool IsEven => i % 2 == 0;
        public int Squared() => i * i;
    }
}

// classic extension methods still work next to extension blocks
public static class Classic
{
    public static string Wrap(this string s, char c) => new string(c, 1) + s + new string(c, 1);
    public static T FirstOr<T>(this IEnumerable<T> src, T fallback) { foreach (var x in src) return x; return fallback; }
}

public class Animal
{
    public virtual Animal Clone() => new Animal();
    public override string ToString() => "animal";
}
public class Dog : Animal
{
    public override Dog Clone() => new Dog();
    public override string ToString() => "dog";
}

public static class Program
{
    public static void Main()
    {
        string text = "the quick brown fox";
        Console.WriteLine(text.WordCount);
        Console.WriteLine(text.Shout());
        Console.WriteLine("ab".Repeat(3));
        Console.WriteLine("  ".IsBlank + " " + text.IsBlank);
        Console.WriteLine(string.Joined("a", "b", "c"));
        Console.WriteLine(string.Empty2);
        // call through the generated static forms
        Console.WriteLine(StringExtensions.Shout("direct"));
        Console.WriteLine(StringExtensions.get_WordCount("x y"));

        var nums = new List<int> { 5, 3, 9, 1 };
        Console.WriteLine(nums.IsEmpty + " " + new List<int>().IsEmpty);
        Console.WriteLine(string.Join(",", nums.EveryOther()));
        Console.WriteLine(nums.CountWhere(n => n > 2));
        Console.WriteLine(nums.Largest);
        Console.WriteLine(new List<string> { "pear", "apple", "zoo" }.Largest);
        Console.WriteLine(string.Join(",", IEnumerable<string>.Repeated("x", 3)));

        var c = new Counter();
        Console.WriteLine(c.IsZero);
        c.Increment();
        c.Increment();
        Console.WriteLine(c.Value + " " + c.IsZero);
        Console.WriteLine(Counter.Start.Value);
        Console.WriteLine(4.IsEven + " " + 7.IsEven + " " + 7.Squared());

        Console.WriteLine("x".Wrap('*'));
        Console.WriteLine(new int[0].FirstOr(-1) + " " + nums.FirstOr(-1));

        Animal a = new Dog();
        Console.WriteLine(a.Clone());
        Dog d = new Dog();
        Dog d2 = d.Clone();
        Console.WriteLine(d2);
        Console.WriteLine(new Animal().Clone());
    }
}
