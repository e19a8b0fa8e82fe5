// A small attribute-driven text serializer: [Record] types, [Field] names and
// order, [Ignore], [Format] for numbers and dates, nested records, lists,
// arrays, dictionaries, enums (by name or [Flags]), nullables. It writes an
// indented key=value text and reads it back through reflection.
using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
sealed class RecordAttribute : Attribute
{
    public string Name { get; }
    public int Version { get; set; } = 1;
    public RecordAttribute(string name) { Name = name; }
}

[AttributeUsage(AttributeTargets.Property)]
sealed class FieldAttribute : Attribute
{
    public string? Name { get; }
    public int Order { get; set; }
    public bool Required { get; set; }
    public FieldAttribute(string? name = null) { Name = name; }
}

[AttributeUsage(AttributeTargets.Property)]
sealed class IgnoreAttribute : Attribute { }

[AttributeUsage(AttributeTargets.Property)]
sealed class FormatAttribute : Attribute
{
    public string Format { get; }
    public FormatAttribute(string format) { Format = format; }
}

enum Color { Red, Green, Blue }
[Flags] enum Perm { None = 0, Read = 1, Write = 2, Exec = 4 }

[Record("address", Version = 2)]
class Address
{
    [Field("street", Order = 1)] public string Street { get; set; } = "";
    [Field("zip", Order = 2)] public int Zip { get; set; }
    [Field("geo", Order = 3)] public Point? Geo { get; set; }
}

[Record("point")]
struct Point
{
    [Field("x")] public double X { get; set; }
    [Field("y")] public double Y { get; set; }
    public override string ToString() => $"({X}, {Y})";
}

[Record("person", Version = 3)]
class Person
{
    [Field("id", Order = 0, Required = true)] public Guid Id { get; set; }
    [Field("name", Order = 1, Required = true)] public string Name { get; set; } = "";
    [Field("age", Order = 2)] public int? Age { get; set; }
    [Field("born", Order = 3), Format("yyyy-MM-dd")] public DateTime Born { get; set; }
    [Field("score", Order = 4), Format("F3")] public decimal Score { get; set; }
    [Field("color", Order = 5)] public Color Favorite { get; set; }
    [Field("perms", Order = 6)] public Perm Perms { get; set; }
    [Field("home", Order = 7)] public Address? Home { get; set; }
    [Field("tags", Order = 8)] public List<string> Tags { get; set; } = new();
    [Field("friends", Order = 9)] public List<Person> Friends { get; set; } = new();
    [Field("ratios", Order = 10)] public double[] Ratios { get; set; } = Array.Empty<double>();
    [Field("meta", Order = 11)] public Dictionary<string, int> Meta { get; set; } = new();
    [Field("nick", Order = 12)] public string? Nick { get; set; }
    [Field("active", Order = 13)] public bool Active { get; set; }
    [Ignore] public string Secret { get; set; } = "hidden";
    public string NotAField { get; set; } = "plain";
}

static class Serializer
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static IEnumerable<(PropertyInfo Prop, FieldAttribute Field)> Fields(Type t) =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
         .Where(p => p.GetCustomAttribute<IgnoreAttribute>() == null)
         .Select(p => (p, p.GetCustomAttribute<FieldAttribute>()!))
         .Where(x => x.Item2 != null)
         .OrderBy(x => x.Item2.Order).ThenBy(x => x.Item1.Name, StringComparer.Ordinal);

    static string KeyOf((PropertyInfo Prop, FieldAttribute Field) f) => f.Field.Name ?? f.Prop.Name.ToLowerInvariant();

    public static string Write(object obj)
    {
        var sb = new StringBuilder();
        WriteRecord(sb, obj, 0);
        return sb.ToString();
    }

    static void WriteRecord(StringBuilder sb, object obj, int indent)
    {
        Type t = obj.GetType();
        var rec = t.GetCustomAttribute<RecordAttribute>() ?? throw new InvalidOperationException(t.Name + " is not a [Record]");
        sb.Append(' ', indent).Append('@').Append(rec.Name).Append(" v").Append(rec.Version).Append('\n');
        foreach (var f in Fields(t))
        {
            object? v = f.Prop.GetValue(obj);
            string key = KeyOf(f);
            if (v == null) { sb.Append(' ', indent + 2).Append(key).Append(" ~\n"); continue; }
            WriteValue(sb, key, v, f.Prop.GetCustomAttribute<FormatAttribute>()?.Format, indent + 2);
        }
        sb.Append(' ', indent).Append("@end\n");
    }

    static void WriteValue(StringBuilder sb, string key, object v, string? format, int indent)
    {
        Type t = v.GetType();
        if (t.GetCustomAttribute<RecordAttribute>() != null)
        {
            sb.Append(' ', indent).Append(key).Append(" =\n");
            WriteRecord(sb, v, indent + 2);
        }
        else if (v is IDictionary dict)
        {
            sb.Append(' ', indent).Append(key).Append(" {").Append(dict.Count).Append("}\n");
            var keys = dict.Keys.Cast<object>().OrderBy(k => Scalar(k, null), StringComparer.Ordinal);
            foreach (object k in keys) WriteValue(sb, Scalar(k, null), dict[k]!, null, indent + 2);
        }
        else if (v is IList list && v is not string)
        {
            sb.Append(' ', indent).Append(key).Append(" [").Append(list.Count).Append("]\n");
            for (int i = 0; i < list.Count; i++)
            {
                if (list[i] == null) sb.Append(' ', indent + 2).Append('#').Append(i).Append(" ~\n");
                else WriteValue(sb, "#" + i, list[i]!, null, indent + 2);
            }
        }
        else sb.Append(' ', indent).Append(key).Append(" = ").Append(Scalar(v, format)).Append('\n');
    }

    static string Scalar(object v, string? format) => v switch
    {
        string s => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"",
        Enum e => e.ToString(),
        DateTime d => d.ToString(format ?? "O", Inv),
        IFormattable f => f.ToString(format, Inv),
        bool b => b ? "true" : "false",
        _ => v.ToString()!,
    };

    // ---- reading ----
    public static T Read<T>(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToList();
        int pos = 0;
        return (T)ReadRecord(lines, ref pos, typeof(T));
    }

    static object ReadRecord(List<string> lines, ref int pos, Type t)
    {
        var rec = t.GetCustomAttribute<RecordAttribute>()!;
        string header = lines[pos++];
        if (!header.StartsWith("@" + rec.Name + " ")) throw new FormatException($"expected @{rec.Name}, found '{header}'");
        int version = int.Parse(header[(header.IndexOf(" v") + 2)..], Inv);
        if (version > rec.Version) throw new FormatException($"{rec.Name} v{version} is newer than v{rec.Version}");
        object obj = Activator.CreateInstance(t)!;
        var fields = Fields(t).ToDictionary(KeyOf);
        var seen = new HashSet<string>();
        while (lines[pos] != "@end")
        {
            string line = lines[pos];
            string key = line.Split(' ')[0];
            if (!fields.TryGetValue(key, out var f)) throw new FormatException($"unknown field '{key}' in {rec.Name}");
            seen.Add(key);
            f.Prop.SetValue(obj, ReadValue(lines, ref pos, f.Prop.PropertyType, f.Prop.GetCustomAttribute<FormatAttribute>()?.Format));
        }
        pos++;
        foreach (var f in fields.Values)
            if (f.Field.Required && !seen.Contains(KeyOf(f))) throw new FormatException($"required field '{KeyOf(f)}' missing in {rec.Name}");
        return obj;
    }

    static object? ReadValue(List<string> lines, ref int pos, Type type, string? format)
    {
        string line = lines[pos];
        string rest = line[(line.IndexOf(' ') + 1)..];
        Type target = Nullable.GetUnderlyingType(type) ?? type;
        if (rest == "~") { pos++; return null; }
        if (rest == "=") { pos++; return ReadRecord(lines, ref pos, target); }
        if (rest.StartsWith("{"))
        {
            int n = int.Parse(rest[1..^1], Inv);
            pos++;
            var dict = (IDictionary)Activator.CreateInstance(target)!;
            Type[] kv = target.GetGenericArguments();
            for (int i = 0; i < n; i++)
            {
                string k = lines[pos].Split(' ')[0];
                dict.Add(ParseScalar(k, kv[0], null), ReadValue(lines, ref pos, kv[1], null));
            }
            return dict;
        }
        if (rest.StartsWith("["))
        {
            int n = int.Parse(rest[1..^1], Inv);
            pos++;
            Type elem = target.IsArray ? target.GetElementType()! : target.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elem))!;
            for (int i = 0; i < n; i++) list.Add(ReadValue(lines, ref pos, elem, null));
            if (!target.IsArray) return list;
            Array arr = Array.CreateInstance(elem, n);
            list.CopyTo(arr, 0);
            return arr;
        }
        pos++;
        return ParseScalar(rest[2..], target, format);
    }

    static object ParseScalar(string s, Type t, string? format)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        if (t == typeof(string))
        {
            if (!s.StartsWith('"')) return s;
            var sb = new StringBuilder();
            for (int i = 1; i < s.Length - 1; i++)
            {
                if (s[i] == '\\') { i++; sb.Append(s[i] == 'n' ? '\n' : s[i]); }
                else sb.Append(s[i]);
            }
            return sb.ToString();
        }
        if (t.IsEnum) return Enum.Parse(t, s);
        if (t == typeof(bool)) return s == "true";
        if (t == typeof(Guid)) return Guid.Parse(s);
        if (t == typeof(DateTime)) return format != null ? DateTime.ParseExact(s, format, Inv) : DateTime.Parse(s, Inv, DateTimeStyles.RoundtripKind);
        return Convert.ChangeType(s, t, Inv);
    }
}

static class Program
{
    static void Main()
    {
        var alice = new Person
        {
            Id = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"),
            Name = "Alice \"Al\" Smith",
            Age = 34,
            Born = new DateTime(1991, 4, 12, 15, 30, 0),
            Score = 1234.56789m,
            Favorite = Color.Blue,
            Perms = Perm.Read | Perm.Exec,
            Home = new Address { Street = "1 Main St\nApt 2", Zip = 12345, Geo = new Point { X = 1.5, Y = -2.25 } },
            Tags = { "admin", "ops" },
            Ratios = new[] { 0.5, 1e-7, 3.14159 },
            Meta = { ["logins"] = 42, ["alerts"] = 0 },
            Active = true,
            Secret = "s3cr3t",
        };
        alice.Friends.Add(new Person { Id = Guid.Empty, Name = "Bob", Age = null, Favorite = Color.Green, Perms = Perm.None, Nick = "bobby" });
        alice.Friends.Add(new Person { Id = new Guid("11111111-2222-3333-4444-555555555555"), Name = "Carol", Age = 29, Home = new Address { Street = "Elm", Zip = 9 } });

        string text = Serializer.Write(alice);
        Console.Write(text);

        Person back = Serializer.Read<Person>(text);
        Console.WriteLine($"read back: {back.Name}, age {back.Age}, born {back.Born:yyyy-MM-dd HH:mm}, score {back.Score}, {back.Favorite}, {back.Perms}");
        Console.WriteLine($"home: {back.Home!.Street.Replace("\n", "/")} {back.Home.Zip} geo {back.Home.Geo}");
        Console.WriteLine($"tags {string.Join("|", back.Tags)}, ratios {string.Join("|", back.Ratios)}, meta {string.Join("|", back.Meta.OrderBy(kv => kv.Key).Select(kv => kv.Key + ":" + kv.Value))}");
        Console.WriteLine($"friends: {string.Join("; ", back.Friends.Select(f => $"{f.Name} age={f.Age?.ToString() ?? "null"} nick={f.Nick ?? "null"} home={(f.Home == null ? "none" : f.Home.Street)}"))}");
        Console.WriteLine($"secret {back.Secret}, plain {back.NotAField}, active {back.Active}");
        Console.WriteLine("round trip identical: " + (Serializer.Write(back) == text));

        foreach (var bad in new[]
        {
            text.Replace("@person v3", "@person v4"),
            text.Replace("  name = \"Alice", "  nome = \"Alice"),
            "@person v1\n  age = 3\n@end\n",
            text.Replace("color = Blue", "color = Purple"),
        })
        {
            try { Serializer.Read<Person>(bad); Console.WriteLine("no error"); }
            catch (Exception e) when (e is FormatException or ArgumentException) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        }
        try { Serializer.Write(new object()); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
    }
}
