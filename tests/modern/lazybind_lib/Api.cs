namespace LazyBind
{
    public class Api
    {
        public static string Old() { return "old method"; }
        public static string New() { return "new method"; }
        public int OldField = 1;
        public int NewField = 2;
        public static int NewStaticField = 3;
        public virtual string Describe() { return "Api"; }
        public string NewInstance(int x) { return "instance " + x; }
    }

    public class NewType
    {
        public override string ToString() { return "NewType"; }
    }

    public struct NewStruct
    {
        public int Value;
    }
}

namespace LazyBind
{
    // Generic members only this version has: their "Method not found"
    // messages name generic parameters (tests/modern/lazybind_generic).
    public class Box<T>
    {
        public T? Value;
        public T? Extra;
        public static int Count;
        public void Set(T v) { Value = v; }
        public T[] Many(System.Collections.Generic.List<T> l, int n) { return l.ToArray(); }
        public static U Convert<U>(T t, U u) { return u; }
        public System.Collections.Generic.KeyValuePair<T, U> Pair<U>(U u) { return default; }
        public ref T Slot(T[,] grid) { return ref grid[0, 0]; }
    }

    public static class Generic
    {
        public static T Id<T>(T t, System.Collections.Generic.List<T> l) { return t; }
    }
}
