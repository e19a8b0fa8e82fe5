using System.Buffers;
using System.Collections.ObjectModel;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

// Reflection-based serialization of a POCO graph both ways, options,
// converters, polymorphism, the DOM (JsonNode), JsonDocument and Utf8JsonWriter.
var opts = new JsonSerializerOptions { WriteIndented = true };
var team = new Team
{
    Name = "Core",
    Founded = new DateTime(2020, 2, 29, 8, 0, 0, DateTimeKind.Utc),
    Lead = new Member { First = "Grace", Level = Level.Senior, Skills = new List<string> { "C", "COBOL" } },
    Members = new List<Member>
    {
        new Member { First = "Alan", Level = Level.Junior, Age = 41 },
        new Member { First = "Edsger", Level = Level.Principal, Skills = new List<string>() },
    },
    Budget = 1234.5m,
    Scores = new Dictionary<string, double> { ["q1"] = 0.5, ["q2"] = 1e-7 },
    Pets = new Animal[] { new Dog { Name = "Rex", Good = true }, new Cat { Name = "Tom", Lives = 9 } },
    Internal = "not shown",
};
string json = JsonSerializer.Serialize(team, opts);
Console.WriteLine(json);
var back = JsonSerializer.Deserialize<Team>(json)!;
Console.WriteLine($"{back.Name} {back.Founded:o} lead {back.Lead.First} {back.Lead.Level} skills {string.Join("/", back.Lead.Skills!)}");
foreach (var m in back.Members) Console.WriteLine($"  {m.First} {m.Level} age {(m.Age?.ToString() ?? "null")} skills {(m.Skills == null ? "null" : m.Skills.Count.ToString())}");
Console.WriteLine($"budget {back.Budget} scores {string.Join(",", back.Scores.Select(kv => kv.Key + "=" + kv.Value))}");
Console.WriteLine("pets " + string.Join(",", back.Pets.Select(p => p.GetType().Name + ":" + p.Name)));
Console.WriteLine("internal " + (back.Internal ?? "null"));

var camel = new JsonSerializerOptions
{
    PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = { new JsonStringEnumConverter() },
};
Console.WriteLine(JsonSerializer.Serialize(new Member { First = "Bo", Level = Level.Senior }, camel));
Console.WriteLine(JsonSerializer.Deserialize<Member>("{\"first\":\"Cy\",\"level\":\"Principal\",\"age\":3}", new JsonSerializerOptions(camel) { PropertyNameCaseInsensitive = true })!.Level);
Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?> { ["n"] = 1, ["s"] = "x<y>&'", ["b"] = false, ["z"] = null }));
Console.WriteLine(JsonSerializer.Serialize(new double[] { 0.1, 1.0 / 3, 1e21, -0.0, double.Epsilon }));
Console.WriteLine(string.Join(",", JsonSerializer.Deserialize<int[]>("[3, 1, 2]")!));
var rec = JsonSerializer.Deserialize<PointRecord>("{\"X\":1.5,\"Y\":-2}")!;
Console.WriteLine(rec);

// DOM
var node = JsonNode.Parse("{\"a\":{\"b\":[1,2,3]},\"c\":\"d\"}")!;
node["a"]!["b"]!.AsArray().Add(4);
node["e"] = new JsonObject { ["f"] = true };
Console.WriteLine(node.ToJsonString());
Console.WriteLine((int)node["a"]!["b"]![3]! + " " + node["c"]!.GetValue<string>());
using (var doc = JsonDocument.Parse("[{\"k\":1},{\"k\":2.5},{\"k\":\"three\"}]"))
{
    foreach (var el in doc.RootElement.EnumerateArray())
    {
        var k = el.GetProperty("k");
        Console.WriteLine(k.ValueKind + " " + k.GetRawText());
    }
}

// Writer and reader
var buffer = new MemoryStream();
using (var w = new Utf8JsonWriter(buffer))
{
    w.WriteStartObject();
    w.WriteString("name", "writer");
    w.WriteNumber("n", 12);
    w.WriteStartArray("list");
    w.WriteBooleanValue(true);
    w.WriteNullValue();
    w.WriteEndArray();
    w.WriteEndObject();
}
Console.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
var reader = new Utf8JsonReader(buffer.ToArray());
var tokens = new List<string>();
while (reader.Read()) tokens.Add(reader.TokenType.ToString());
Console.WriteLine(string.Join(" ", tokens));

try { JsonSerializer.Deserialize<Member>("{\"First\": 5}"); }
catch (JsonException e) { Console.WriteLine("JsonException: " + e.Message); }
try { JsonSerializer.Deserialize<int[]>("[1, 2"); }
catch (JsonException e) { Console.WriteLine("JsonException: " + e.Message); }

// [JsonConverter] with a custom converter, [JsonPolymorphic] with its own discriminator name.
var shapes = new Shape[] { new Circle { Radius = 1.5 }, new Square { Side = 2 } };
string shapesJson = JsonSerializer.Serialize(new Drawing { Color = new Rgb(255, 128, 0), Shapes = shapes });
Console.WriteLine(shapesJson);
var drawing = JsonSerializer.Deserialize<Drawing>(shapesJson)!;
Console.WriteLine($"{drawing.Color.R},{drawing.Color.G},{drawing.Color.B} " + string.Join(" ", drawing.Shapes.Select(s => s.GetType().Name)));
try { JsonSerializer.Deserialize<Drawing>("{\"Color\":\"#12\"}"); }
catch (JsonException e) { Console.WriteLine("JsonException: " + e.Message); }

// Values of many framework types, both ways.
var values = new Values
{
    Day = new DateOnly(2024, 2, 29), Time = new TimeOnly(13, 45, 30, 250), Span = new TimeSpan(1, 2, 3, 4, 5),
    Offset = new DateTimeOffset(2021, 5, 6, 7, 8, 9, TimeSpan.FromHours(-3)), Id = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"),
    Small = (Half)1.5, Huge = Int128.MaxValue, UHuge = UInt128.MaxValue - 1, Ver = new Version(1, 2, 3), Link = new Uri("https://example.com/a?b=c"),
    Letter = 'Z', Bytes = new byte[] { 0, 1, 2, 250, 255 }, Big = ulong.MaxValue, Tiny = sbyte.MinValue, Single = 3.25f,
    Text = "caf\u00E9 \u20AC \U0001F600 \"q\" \\ \n\t <tag>",
};
string valuesJson = JsonSerializer.Serialize(values);
Console.WriteLine(valuesJson);
var values2 = JsonSerializer.Deserialize<Values>(valuesJson)!;
Console.WriteLine($"{values2.Day} {values2.Time:O} {values2.Span} {values2.Offset:O} {values2.Id} {values2.Small} {values2.Huge} {values2.UHuge} {values2.Ver} {values2.Link} {values2.Letter} {Convert.ToHexString(values2.Bytes!)} {values2.Big} {values2.Tiny} {values2.Single} {values2.Text == values.Text}");
Console.WriteLine(JsonSerializer.Serialize(values.Text, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
Console.WriteLine(JsonSerializer.Serialize(values.Text, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.BasicLatin, System.Text.Unicode.UnicodeRanges.Latin1Supplement) }));

// Naming policies, number handling, extension data, required members, fields, comments and trailing commas.
var snake = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, NumberHandling = JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString, IncludeFields = true };
var extra = JsonSerializer.Deserialize<Extras>("{\"user_id\":\"42\",\"display_name\":\"Ann\",\"unknown\":[1,{\"x\":null}],\"other\":true,\"counter\":\"7\"}", snake)!;
Console.WriteLine($"{extra.UserId} {extra.DisplayName} {extra.Counter} extra: {string.Join(",", extra.Rest!.Select(kv => kv.Key + "=" + kv.Value.GetRawText()))}");
Console.WriteLine(JsonSerializer.Serialize(extra, snake));
Console.WriteLine(JsonSerializer.Serialize(new Extras { UserId = 1, DisplayName = "K" }, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.KebabCaseUpper }));
// (The wording of this message changed after System.Text.Json 8, which the test ships; .NET runs its own.)
try { JsonSerializer.Deserialize<Extras>("{\"DisplayName\":\"x\"}"); }
catch (JsonException e) { Console.WriteLine("JsonException naming the missing required property: " + e.Message.Contains("'Extras'") + " " + e.Message.Contains("UserId")); }
var lenient = new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
Console.WriteLine(string.Join(",", JsonSerializer.Deserialize<List<int>>("[1, /* two */ 2, // three\n 3,]", lenient)!));

// Reference preservation and cycles.
var parent = new TreeNode { Name = "root" };
parent.Children.Add(new TreeNode { Name = "kid", Parent = parent });
parent.Children.Add(parent.Children[0]);
string refs = JsonSerializer.Serialize(parent, new JsonSerializerOptions { ReferenceHandler = ReferenceHandler.Preserve });
Console.WriteLine(refs);
var parent2 = JsonSerializer.Deserialize<TreeNode>(refs, new JsonSerializerOptions { ReferenceHandler = ReferenceHandler.Preserve })!;
Console.WriteLine($"{parent2.Children.Count} same-child {ReferenceEquals(parent2.Children[0], parent2.Children[1])} back-link {ReferenceEquals(parent2.Children[0].Parent, parent2)}");
Console.WriteLine(JsonSerializer.Serialize(parent, new JsonSerializerOptions { ReferenceHandler = ReferenceHandler.IgnoreCycles }));
try { JsonSerializer.Serialize(parent); }
catch (JsonException e) { Console.WriteLine("JsonException: " + e.Message.Substring(0, e.Message.IndexOf('.') + 1)); }

// Streams, async.
var ms = new MemoryStream();
await JsonSerializer.SerializeAsync(ms, new[] { new Member { First = "Async", Age = 5 } });
ms.Position = 0;
var asyncBack = await JsonSerializer.DeserializeAsync<Member[]>(ms);
Console.WriteLine($"async {asyncBack![0].First} {asyncBack[0].Age} bytes {ms.Length}");
ms.Position = 0;
await foreach (var m in JsonSerializer.DeserializeAsyncEnumerable<Member>(ms)) Console.WriteLine("streamed " + m!.First);

// Collections of many shapeBag, constructors, populate, unmapped members, sequences.
var shapeBag = JsonSerializer.Deserialize<Shapes>("{\"Stack\":[1,2,3],\"Queue\":[\"a\",\"b\"],\"Set\":[3,1,3],\"Sorted\":{\"b\":2,\"a\":1},\"RoList\":[4,5],\"RoDict\":{\"k\":\"v\"},\"Linked\":[7,8],\"Obs\":[true],\"Nested\":[[1],[2,3]],\"Keys\":{\"1\":\"one\",\"2\":\"two\"},\"EnumKeys\":{\"Senior\":3}}")!;
Console.WriteLine(JsonSerializer.Serialize(shapeBag));
var imm = JsonSerializer.Deserialize<Immutable>("{\"Name\":\"n\",\"Count\":3,\"Hidden\":9}")!;
Console.WriteLine($"{imm.Name} {imm.Count} {imm.GetHidden()}");
Console.WriteLine(JsonSerializer.Serialize(imm));
try { JsonSerializer.Deserialize<Strict>("{\"A\":1,\"B\":2}"); } catch (JsonException e) { Console.WriteLine("JsonException: " + e.Message.Contains("'B'")); }
var pop = JsonSerializer.Deserialize<Holder>("{\"Items\":[3,4]}")!;
Console.WriteLine(string.Join(",", pop.Items));
Console.WriteLine(JsonSerializer.Serialize(new { Level = Lvl.Senior, Other = Lvl.Junior }, new JsonSerializerOptions { Converters = { new JsonStringEnumConverter<Lvl>(JsonNamingPolicy.SnakeCaseUpper) } }));
var bytes = JsonSerializer.SerializeToUtf8Bytes(new { a = 1, b = new[] { "x" } });
Console.WriteLine(bytes.Length + " " + Encoding.UTF8.GetString(bytes));
var element = JsonSerializer.SerializeToElement(new { a = 1.5 });
Console.WriteLine(element.GetProperty("a").GetDouble() + " " + JsonSerializer.SerializeToNode(new[] { 1, 2 })!.ToJsonString());
// Multi-segment segReader
var first = new Seg(Encoding.UTF8.GetBytes("{\"na"));
var last = first.Append(Encoding.UTF8.GetBytes("me\":\"seg\u00e9")).Append(Encoding.UTF8.GetBytes("nt\",\"n\":12")).Append(Encoding.UTF8.GetBytes("34}"));
var segReader = new Utf8JsonReader(new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length));
while (segReader.Read()) Console.Write(segReader.TokenType + (segReader.TokenType == JsonTokenType.String ? "=" + segReader.GetString() : segReader.TokenType == JsonTokenType.Number ? "=" + segReader.GetInt32() : "") + " ");
Console.WriteLine();
var obj = JsonNode.Parse("{\"x\":1,\"y\":[1,2],\"z\":null}")!.AsObject();
obj.Remove("x");
foreach (var kv in obj) Console.Write(kv.Key + ":" + (kv.Value?.ToJsonString() ?? "null") + " ");
Console.WriteLine(obj["y"]!.AsArray().Select(n => (int)n!).Sum());
using var deepDoc = JsonDocument.Parse("{\"deep\":{\"a\":[1,2,{\"b\":\"c\"}]}}");
var sb = new MemoryStream();
using (var w = new Utf8JsonWriter(sb, new JsonWriterOptions { Indented = true })) deepDoc.RootElement.WriteTo(w);
Console.WriteLine(Encoding.UTF8.GetString(sb.ToArray()));
Console.WriteLine(JsonSerializer.Serialize<object>(new Dog2 { Name = "d", Bark = true }));
Console.WriteLine(JsonSerializer.Serialize(new Dictionary<int, Lvl?> { [1] = Lvl.Junior, [2] = null }));

public enum Level { Junior, Senior, Principal }

public class Member
{
    public string First { get; set; } = "";
    public Level Level { get; set; }
    public int? Age { get; set; }
    public List<string>? Skills { get; set; }
}

[JsonDerivedType(typeof(Dog), "dog")]
[JsonDerivedType(typeof(Cat), "cat")]
public abstract class Animal { public string Name { get; set; } = ""; }
public class Dog : Animal { public bool Good { get; set; } }
public class Cat : Animal { public int Lives { get; set; } }

public class Team
{
    [JsonPropertyName("team_name")] public string Name { get; set; } = "";
    public DateTime Founded { get; set; }
    public Member Lead { get; set; } = new();
    public List<Member> Members { get; set; } = new();
    public decimal Budget { get; set; }
    public Dictionary<string, double> Scores { get; set; } = new();
    public Animal[] Pets { get; set; } = Array.Empty<Animal>();
    [JsonIgnore] public string? Internal { get; set; }
}

public record PointRecord(double X, double Y);

public record Rgb(byte R, byte G, byte B);

// Writes a color as "#rrggbb" and reads it back.
public class RgbConverter : JsonConverter<Rgb>
{
    public override Rgb Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string s = reader.GetString()!;
        if (s.Length != 7 || s[0] != '#') throw new JsonException("Expected a color like #rrggbb, got " + s);
        return new Rgb(Convert.ToByte(s.Substring(1, 2), 16), Convert.ToByte(s.Substring(3, 2), 16), Convert.ToByte(s.Substring(5, 2), 16));
    }

    public override void Write(Utf8JsonWriter writer, Rgb value, JsonSerializerOptions options) =>
        writer.WriteStringValue($"#{value.R:x2}{value.G:x2}{value.B:x2}");
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(Circle), "circle")]
[JsonDerivedType(typeof(Square), "square")]
public abstract class Shape { }
public class Circle : Shape { public double Radius { get; set; } }
public class Square : Shape { public int Side { get; set; } }

public class Drawing
{
    [JsonConverter(typeof(RgbConverter))] public Rgb Color { get; set; } = new(0, 0, 0);
    public Shape[] Shapes { get; set; } = Array.Empty<Shape>();
}

public class Values
{
    public DateOnly Day { get; set; }
    public TimeOnly Time { get; set; }
    public TimeSpan Span { get; set; }
    public DateTimeOffset Offset { get; set; }
    public Guid Id { get; set; }
    public Half Small { get; set; }
    public Int128 Huge { get; set; }
    public UInt128 UHuge { get; set; }
    public Version? Ver { get; set; }
    public Uri? Link { get; set; }
    public char Letter { get; set; }
    public byte[]? Bytes { get; set; }
    public ulong Big { get; set; }
    public sbyte Tiny { get; set; }
    public float Single { get; set; }
    public string? Text { get; set; }
}

public class Extras
{
    [JsonRequired] public int UserId { get; set; }
    public string? DisplayName { get; set; }
    public int Counter;
    [JsonExtensionData] public Dictionary<string, JsonElement>? Rest { get; set; }
}

public class TreeNode
{
    public string Name { get; set; } = "";
    public TreeNode? Parent { get; set; }
    public List<TreeNode> Children { get; set; } = new();
}

public enum Lvl { Junior, Senior }
public class Shapes
{
    public Stack<int>? Stack { get; set; }
    public Queue<string>? Queue { get; set; }
    public HashSet<int>? Set { get; set; }
    public SortedDictionary<string, int>? Sorted { get; set; }
    public IReadOnlyList<int>? RoList { get; set; }
    public IReadOnlyDictionary<string, string>? RoDict { get; set; }
    public LinkedList<int>? Linked { get; set; }
    public ObservableCollection<bool>? Obs { get; set; }
    public List<int[]>? Nested { get; set; }
    public Dictionary<int, string>? Keys { get; set; }
    public Dictionary<Lvl, int>? EnumKeys { get; set; }
}
public class Immutable
{
    [JsonConstructor] public Immutable(string name, int count) { Name = name; Count = count; }
    public string Name { get; }
    public int Count { get; }
    [JsonInclude] private int Hidden { get; set; }
    public int GetHidden() => Hidden;
}
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public class Strict { public int A { get; set; } }
public class Holder
{
    [JsonObjectCreationHandling(JsonObjectCreationHandling.Populate)] public List<int> Items { get; } = new() { 1, 2 };
}
public class Animal2 { public string Name { get; set; } = ""; }
public class Dog2 : Animal2 { public bool Bark { get; set; } }
class Seg : ReadOnlySequenceSegment<byte>
{
    public Seg(byte[] b) { Memory = b; }
    public Seg Append(byte[] b) { var s = new Seg(b) { RunningIndex = RunningIndex + Memory.Length }; Next = s; return s; }
}
