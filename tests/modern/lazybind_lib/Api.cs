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
