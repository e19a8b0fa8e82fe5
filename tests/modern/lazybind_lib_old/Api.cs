namespace LazyBind
{
    public class Api
    {
        public static string Old() { return "old method"; }
        public int OldField = 1;
        public virtual string Describe() { return "Api (old)"; }
    }
}

namespace LazyBind
{
    public class Box<T>
    {
        public T? Value;
    }

    public static class Generic
    {
    }
}
