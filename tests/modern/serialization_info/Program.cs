// SerializationInfo, ISerializable exception round trips, FormatterConverter,
// DBNull, Convert odds and ends, Environment folders, wide Action/Func.
#pragma warning disable SYSLIB0050, SYSLIB0051
using System.Collections;
using System.Runtime.Serialization;

class MyError : Exception
{
    public int Code { get; }
    public MyError(string m, int code) : base(m) { Code = code; }
    protected MyError(SerializationInfo info, StreamingContext ctx) : base(info, ctx) { Code = info.GetInt32("Code"); }
    public override void GetObjectData(SerializationInfo info, StreamingContext ctx) { base.GetObjectData(info, ctx); info.AddValue("Code", Code); }
    public static MyError Rebuild(SerializationInfo info) => new MyError(info, default);
}

class ArgRebuild : ArgumentOutOfRangeException
{
    public ArgRebuild(SerializationInfo i, StreamingContext c) : base(i, c) { }
}

class OdeRebuild : ObjectDisposedException
{
    public OdeRebuild(SerializationInfo i, StreamingContext c) : base(i, c) { }
}

class AggRebuild : AggregateException
{
    public AggRebuild(SerializationInfo i, StreamingContext c) : base(i, c) { }
}

class Program
{
    static void Dump(SerializationInfo info)
    {
        Console.WriteLine($"  {info.FullTypeName} members={info.MemberCount}");
        foreach (SerializationEntry e in info)
            Console.WriteLine($"  {e.Name} : {e.ObjectType.Name} = {(e.Value is null ? "null" : e.Value is byte[] ? "bytes" : e.Value)}");
    }

    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": ok"); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        var conv = new FormatterConverter();
        var info = new SerializationInfo(typeof(MyError), conv);
        var err = new MyError("boom", 42) { Source = "src", HelpLink = "http://help" };
        err.GetObjectData(info, new StreamingContext(StreamingContextStates.All));
        Dump(info);
        var back = MyError.Rebuild(info);
        Console.WriteLine($"rebuilt: {back.Message} {back.Code} {back.Source} {back.HelpLink} {back.HResult:X}");

        var aoor = new ArgumentOutOfRangeException("count", 7, "too big");
        var i2 = new SerializationInfo(typeof(ArgumentOutOfRangeException), conv);
        aoor.GetObjectData(i2, default);
        Dump(i2);
        var aoor2 = new ArgRebuild(i2, default);
        Console.WriteLine($"aoor: {aoor2.ParamName} {aoor2.ActualValue} | {aoor2.Message.Replace("\n", " / ")}");

        var ode = new ObjectDisposedException("thing");
        var i3 = new SerializationInfo(typeof(ObjectDisposedException), conv);
        ode.GetObjectData(i3, default);
        Console.WriteLine("ode: " + new OdeRebuild(i3, default).ObjectName);

        var agg = new AggregateException("many", new InvalidOperationException("a"), new FormatException("b"));
        var i4 = new SerializationInfo(typeof(AggregateException), conv);
        agg.GetObjectData(i4, default);
        var agg2 = new AggRebuild(i4, default);
        Console.WriteLine($"agg: {agg2.InnerExceptions.Count} {agg2.InnerExceptions[1].Message} {agg2.InnerException?.Message}");

        // typed getters convert through the converter
        var s = new SerializationInfo(typeof(object), conv);
        s.AddValue("i", 12);
        s.AddValue("str", "34");
        s.AddValue("d", 2.5);
        s.AddValue("b", true);
        s.AddValue("dt", new DateTime(2020, 1, 2));
        s.AddValue("n", null);
        s.AddValue("u", 7u);
        Console.WriteLine($"{s.GetInt64("i")} {s.GetInt32("str")} {s.GetString("d")} {s.GetDouble("i")} {s.GetBoolean("b")} {s.GetDateTime("dt"):yyyy-MM-dd} {s.GetString("n") ?? "null"} {s.GetValue("u", typeof(long))}");
        Try("duplicate", () => s.AddValue("i", 1));
        Try("missing", () => s.GetInt32("zzz"));
        Try("bad convert", () => s.GetDateTime("i"));
        Try("null type", () => new SerializationInfo(null!, conv));
        Try("null converter", () => new SerializationInfo(typeof(int), null!));
        Try("converter null value", () => conv.ToInt32(null!));
        s.SetType(typeof(string));
        Console.WriteLine($"{s.FullTypeName} {s.IsFullTypeNameSetExplicit} {s.ObjectType.Name}");
        s.FullTypeName = "X.Y";
        Console.WriteLine($"{s.FullTypeName} {s.IsFullTypeNameSetExplicit}");
        var en = s.GetEnumerator();
        Try("current before", () => { var _ = en.Current; });
        int n = 0; while (en.MoveNext()) n++;
        Console.WriteLine("enumerated " + n);

        // DBNull and Convert
        Console.WriteLine($"[{DBNull.Value}] {Convert.IsDBNull(DBNull.Value)} {Convert.IsDBNull(null)} {DBNull.Value.GetTypeCode()} {ReferenceEquals(Convert.DBNull, DBNull.Value)}");
        Try("dbnull to int", () => Convert.ToInt32(DBNull.Value));
        Try("todatetime(int)", () => Convert.ToDateTime(5));
        Try("todatetime(bool)", () => Convert.ToDateTime(true));
        Console.WriteLine(Convert.ToDateTime((object)"2021-03-04", null).ToString("yyyy-MM-dd"));
        Console.WriteLine($"{Convert.ToSByte("ff", 16)} {Convert.ToSByte("7f", 16)} {Convert.ToSByte("-5", 10)} {Convert.ToSByte("10000000", 2)}");
        Try("tosbyte overflow", () => Convert.ToSByte("100", 16));
        Console.WriteLine($"{Convert.ToString(true, null)} {Convert.ToString('x', null)} {Convert.ToString((sbyte)-3, null)} {Convert.ToString(ulong.MaxValue, null)} {Convert.ToString("s", null)}");

        // Environment folders (paths vary by machine: print the shape only)
        string home = Environment.GetEnvironmentVariable("HOME") ?? "/";
        Console.WriteLine("UserProfile is HOME: " + (Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify) == home));
        Console.WriteLine("Windows: [" + Environment.GetFolderPath(Environment.SpecialFolder.Windows) + "]");
        Console.WriteLine("ProgramFiles: [" + Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles) + "]");
        Console.WriteLine("Config under HOME or XDG: " + Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify).EndsWith(".config"));
        Console.WriteLine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData, Environment.SpecialFolderOption.DoNotVerify));
        Console.WriteLine($"{Environment.SpecialFolder.Personal} {(int)Environment.SpecialFolder.CDBurning} {Environment.SpecialFolderOption.Create}");
        Try("bad folder", () => Environment.GetFolderPath((Environment.SpecialFolder)1234));
        Try("bad option", () => Environment.GetFolderPath(Environment.SpecialFolder.Desktop, (Environment.SpecialFolderOption)3));
        Console.WriteLine("user vars: " + Environment.GetEnvironmentVariables(EnvironmentVariableTarget.User).Count);
        Try("set machine var", () => Environment.SetEnvironmentVariable("A=B", "x", EnvironmentVariableTarget.Machine));
        Console.WriteLine($"[{Environment.SystemDirectory}] {Environment.UserInteractive}");

        // wide delegates
        Func<int, int, int, int, int, int, int, int, int, int, int, int, int> f12 = (a, b, c, d, e, f, g, h, i, j, k, l) => a + b + c + d + e + f + g + h + i + j + k + l;
        Console.WriteLine(f12(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        int sum = 0;
        Action<int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int> a16 = (a, b, c, d, e, f, g, h, i, j, k, l, m, n2, o, p) => sum = a * p + b * o;
        a16 += (a, b, c, d, e, f, g, h, i, j, k, l, m, n2, o, p) => sum += 1000;
        a16(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        Console.WriteLine(sum);
        Func<string, string, string, string, string, string, string, string, string, string> f9 = (a, b, c, d, e, f, g, h, i) => a + b + c + d + e + f + g + h + i;
        Console.WriteLine(f9("a", "b", "c", "d", "e", "f", "g", "h", "i"));
    }
}
