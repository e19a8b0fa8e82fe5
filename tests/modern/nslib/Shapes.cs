using System;
using System.Collections.Generic;

namespace NsLib
{
    /// <summary>Something with an area and a name.</summary>
    public interface IShape
    {
        string Name { get; }
        double Area();
    }

    public abstract class Shape : IShape, IComparable<Shape>
    {
        protected Shape(string name) { Name = name; }
        public string Name { get; private set; }
        public abstract double Area();
        public int CompareTo(Shape other) { return Area().CompareTo(other.Area()); }
        public override string ToString() { return string.Format("{0}({1:F2})", Name, Area()); }
    }

    public sealed class Circle : Shape
    {
        private readonly double radius;
        public Circle(double radius) : base("circle") { this.radius = radius; }
        public override double Area() { return Math.PI * radius * radius; }
    }

    public sealed class Rect : Shape
    {
        public Rect(double width, double height) : base("rect") { Width = width; Height = height; }
        public double Width { get; private set; }
        public double Height { get; private set; }
        public override double Area() { return Width * Height; }
    }

    /// <summary>Counts what it is given, in first-seen order.</summary>
    public class Tally<T>
    {
        private readonly Dictionary<T, int> counts = new Dictionary<T, int>();
        private readonly List<T> order = new List<T>();

        public void Add(T item)
        {
            int n;
            if (!counts.TryGetValue(item, out n)) order.Add(item);
            counts[item] = n + 1;
        }

        public int this[T item] { get { int n; return counts.TryGetValue(item, out n) ? n : 0; } }

        public IEnumerable<KeyValuePair<T, int>> Entries()
        {
            foreach (T item in order) yield return new KeyValuePair<T, int>(item, counts[item]);
        }
    }

    public struct Pair<TFirst, TSecond>
    {
        public Pair(TFirst first, TSecond second) { First = first; Second = second; }
        public TFirst First { get; }
        public TSecond Second { get; }
        public Pair<TSecond, TFirst> Swap() { return new Pair<TSecond, TFirst>(Second, First); }
        public override string ToString() { return "(" + First + ", " + Second + ")"; }
    }

    public static class Text
    {
        public static event Action<string> Said;

        public static string Shout(this string s)
        {
            string r = s.ToUpperInvariant() + "!";
            if (Said != null) Said(r);
            return r;
        }
    }
}
