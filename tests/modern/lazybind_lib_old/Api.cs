namespace LazyBind
{
    public class Api
    {
        public static string Old() { return "old method"; }
        public int OldField = 1;
        public virtual string Describe() { return "Api (old)"; }
    }
}
