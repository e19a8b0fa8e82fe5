// .NET 10's framework System.Text.Json, loaded by the host from the installed
// shared framework: reflection serialization both ways, attributes, naming
// policies, enums as strings, nullable annotations, the DOM types, the
// low-level reader and writer, and the source-generated path.
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

public enum Color { Red, Green, Blue, DarkSlateGray }

public record Point(int X, int Y);

public record Person(string Name, int Age, List<string> Tags, Color Favorite, string? Nickname = null);

public class Order
{
    public int Id { get; set; }
    [JsonPropertyName("customer_name")] public string Customer { get; set; } = "";
    public decimal Total { get; set; }
    public DateTime Placed { get; set; }
    public List<Line> Lines { get; set; } = new();
    public Dictionary<string, int> Counts { get; set; } = new();
    [JsonIgnore] public string Secret { get; set; } = "hidden";
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Note { get; set; }
    public int? Priority { get; set; }
    public Color[] Palette { get; set; } = Array.Empty<Color>();
    public Point? Where { get; set; }
    public Dictionary<string, List<Point>> Paths { get; set; } = new();
}

public class Line
{
    public string Sku { get; set; } = "";
    public int Qty { get; set; }
    public double Price { get; set; }
}

public class Strict
{
    public string Name { get; set; } = "";
    public string? Optional { get; set; }
}

public class Shape
{
    public string Kind { get; set; } = "";
    public double[] Size { get; set; } = Array.Empty<double>();
}

[JsonSourceGenerationOptions(WriteIndented = false, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Shape))]
[JsonSerializable(typeof(List<Shape>))]
internal partial class ShapeContext : JsonSerializerContext { }

public static class Program
{
    static int Main()
    {
        Records();
        Classes();
        Policies();
        Nullables();
        Documents();
        Nodes();
        LowLevel();
        SourceGenerated();
        Errors();
        return 0;
    }

    static void Records()
    {
        Console.WriteLine("== records");
        var people = new List<Person>();
        for (int i = 0; i < 4; i++)
            people.Add(new Person("P" + (i * 7 % 5), 20 + i * i, Enumerable.Range(0, i).Select(k => "t" + (k * 3)).ToList(), (Color)(i % 4), i % 2 == 0 ? null : "nick" + i));
        string json = JsonSerializer.Serialize(people);
        Console.WriteLine(json);
        var back = JsonSerializer.Deserialize<List<Person>>(json)!;
        foreach (var p in back) Console.WriteLine($"{p.Name} {p.Age} [{string.Join(",", p.Tags)}] {p.Favorite} {p.Nickname ?? "(null)"}");
        Console.WriteLine(back[3] == people[3] ? "tags differ by reference" : "not equal (lists compare by reference)");
        Console.WriteLine(JsonSerializer.Serialize(new Point(-3, int.MaxValue)));
        var pt = JsonSerializer.Deserialize<Point>("{\"Y\":12,\"X\":-40}")!;
        Console.WriteLine(pt);
    }

    static Order MakeOrder(int seed)
    {
        var o = new Order
        {
            Id = seed * 101,
            Customer = "Cust-" + seed + " \"q\" <tag> & é",
            Total = 12.5m * seed + 0.01m,
            Placed = new DateTime(2024, 1 + seed % 12, 1 + seed % 28, seed % 24, 30, 15, DateTimeKind.Utc),
            Priority = seed % 3 == 0 ? null : seed,
            Note = seed % 2 == 0 ? null : "note " + seed,
            Palette = new[] { Color.Blue, (Color)(seed % 4) },
            Where = seed % 2 == 0 ? new Point(seed, -seed) : null,
        };
        for (int i = 0; i < 1 + seed % 3; i++) o.Lines.Add(new Line { Sku = "S" + (seed + i), Qty = i + 1, Price = 1.0 / (i + 3) + seed });
        o.Counts["a" + seed] = seed;
        o.Counts["b"] = seed * seed;
        o.Paths["p" + seed] = new List<Point> { new Point(1, 2), new Point(seed, seed * 2) };
        return o;
    }

    static void Classes()
    {
        Console.WriteLine("== classes");
        foreach (int seed in new[] { 1, 6 })
        {
            var o = MakeOrder(seed);
            string json = JsonSerializer.Serialize(o);
            Console.WriteLine(json);
            var back = JsonSerializer.Deserialize<Order>(json)!;
            Console.WriteLine($"{back.Id} {back.Customer} {back.Total} {back.Placed:O} {back.Lines.Count} {back.Lines[^1].Price} {back.Counts["b"]} {back.Secret} {back.Note ?? "-"} {back.Priority?.ToString() ?? "-"} {string.Join("/", back.Palette)} {back.Where} {back.Paths["p" + seed][1]}");
            Console.WriteLine(JsonSerializer.Serialize(back) == json ? "round trip equal" : "round trip differs");
        }
        var indented = JsonSerializer.Serialize(MakeOrder(2), new JsonSerializerOptions { WriteIndented = true });
        Console.WriteLine(indented);
        var dict = new Dictionary<string, object?> { ["n"] = 1, ["s"] = "two", ["l"] = new[] { 3, 4 }, ["z"] = null, ["b"] = true };
        Console.WriteLine(JsonSerializer.Serialize(dict));
        var nested = JsonSerializer.Deserialize<Dictionary<string, List<Dictionary<string, int>>>>("{\"x\":[{\"a\":1,\"b\":2},{}],\"y\":[]}")!;
        foreach (var kv in nested) Console.WriteLine(kv.Key + ": " + string.Join(" | ", kv.Value.Select(d => string.Join(",", d.Select(e => e.Key + "=" + e.Value)))));
    }

    static void Policies()
    {
        Console.WriteLine("== policies");
        var camel = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Converters = { new JsonStringEnumConverter() },
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        var o = MakeOrder(3);
        string json = JsonSerializer.Serialize(o, camel);
        Console.WriteLine(json);
        var back = JsonSerializer.Deserialize<Order>(json, camel)!;
        Console.WriteLine(string.Join(",", back.Palette) + " " + back.Customer);
        var snake = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) } };
        Console.WriteLine(JsonSerializer.Serialize(new Person("Zed", 9, new() { "x" }, Color.DarkSlateGray, "z"), snake));
        var insensitive = new JsonSerializerOptions { PropertyNameCaseInsensitive = true, Converters = { new JsonStringEnumConverter() } };
        var p = JsonSerializer.Deserialize<Person>("{\"NAME\":\"Low\",\"age\":5,\"tags\":[],\"favorite\":\"blue\"}", insensitive)!;
        Console.WriteLine(p);
        var relaxed = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        Console.WriteLine(JsonSerializer.Serialize("<b>é & \"ü\"</b>", relaxed) + " " + JsonSerializer.Serialize("<b>é & \"ü\"</b>"));
        var numbers = new JsonSerializerOptions { NumberHandling = JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString };
        Console.WriteLine(JsonSerializer.Serialize(new Line { Sku = "n", Qty = 42, Price = 2.25 }, numbers));
        Console.WriteLine(JsonSerializer.Deserialize<Line>("{\"Qty\":\"17\",\"Price\":\"0.5\"}", numbers)!.Qty);
    }

    static void Nullables()
    {
        Console.WriteLine("== nullable annotations");
        var strict = new JsonSerializerOptions { RespectNullableAnnotations = true };
        try
        {
            JsonSerializer.Deserialize<Strict>("{\"Name\":null}", strict);
            Console.WriteLine("accepted null");
        }
        catch (JsonException e) { Console.WriteLine("JsonException: " + e.Message); }
        var ok = JsonSerializer.Deserialize<Strict>("{\"Name\":\"n\",\"Optional\":null}", strict)!;
        Console.WriteLine(ok.Name + " " + (ok.Optional ?? "null"));
        try
        {
            Console.WriteLine(JsonSerializer.Serialize(new Strict { Name = null! }, strict));
        }
        catch (JsonException e) { Console.WriteLine("JsonException: " + e.Message); }
        try
        {
            JsonSerializer.Deserialize<Person>("{\"Name\":null,\"Age\":1,\"Tags\":[]}", strict);
            Console.WriteLine("accepted null");
        }
        catch (JsonException e) { Console.WriteLine("JsonException: " + e.Message); }
        var lax = JsonSerializer.Deserialize<Strict>("{\"Name\":null}")!;
        Console.WriteLine(lax.Name == null ? "lax: null" : "lax: " + lax.Name);
    }

    static void Documents()
    {
        Console.WriteLine("== JsonDocument");
        var sb = new StringBuilder("{\"items\":[");
        for (int i = 0; i < 6; i++) sb.Append(i > 0 ? "," : "").Append("{\"id\":").Append(i * 13 % 7).Append(",\"v\":").Append(i / 4.0).Append(",\"ok\":").Append(i % 2 == 0 ? "true" : "false").Append('}');
        sb.Append("],\"name\":\"doc\\u00e9\\n\",\"nothing\":null,\"big\":12345678901234}");
        using var doc = JsonDocument.Parse(sb.ToString());
        var root = doc.RootElement;
        Console.WriteLine(root.ValueKind + " " + root.GetProperty("items").GetArrayLength() + " " + root.GetProperty("name").GetString()!.Replace("\n", "\\n"));
        double sum = 0;
        foreach (var item in root.GetProperty("items").EnumerateArray())
        {
            sum += item.GetProperty("v").GetDouble() * item.GetProperty("id").GetInt32();
            Console.Write(item.GetProperty("ok").GetBoolean() ? "T" : "F");
        }
        Console.WriteLine(" " + sum);
        foreach (var prop in root.EnumerateObject()) Console.Write(prop.Name + ":" + prop.Value.ValueKind + " ");
        Console.WriteLine();
        Console.WriteLine(root.GetProperty("big").GetInt64() + " " + root.TryGetProperty("missing", out _) + " " + root.GetProperty("nothing").ValueKind);
        Console.WriteLine(root.GetProperty("items")[2].GetRawText());
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true })) root.GetProperty("items")[1].WriteTo(w);
        Console.WriteLine(Encoding.UTF8.GetString(ms.ToArray()));
        var el = JsonSerializer.Deserialize<JsonElement>("[1,\"two\",{\"three\":3}]");
        Console.WriteLine(el[2].GetProperty("three").GetInt32() + el.GetArrayLength());
    }

    static void Nodes()
    {
        Console.WriteLine("== JsonNode");
        var node = JsonNode.Parse("{\"a\":1,\"b\":[true,null,\"s\"],\"c\":{\"d\":2.5}}")!;
        node["e"] = new JsonArray(1, 2, 3);
        node["a"] = node["a"]!.GetValue<int>() * 10;
        node["c"]!["f"] = "new";
        ((JsonObject)node).Remove("b");
        var obj = node.AsObject();
        obj.Insert(0, "first", JsonValue.Create(0.5));
        Console.WriteLine(node.ToJsonString());
        Console.WriteLine(obj.IndexOf("c") + " " + obj.Count + " " + obj.GetAt(1).Key + " " + obj.ContainsKey("b"));
        var arr = new JsonArray();
        for (int i = 0; i < 5; i++) arr.Add(new JsonObject { ["i"] = i, ["sq"] = i * i, ["name"] = "n" + (char)('a' + i) });
        Console.WriteLine(arr.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine(arr.Sum(n => n!["sq"]!.GetValue<int>()) + " " + arr[3]!["name"]);
        Console.WriteLine(JsonNode.DeepEquals(JsonNode.Parse("{\"x\":[1,2]}"), JsonNode.Parse("{ \"x\" : [1, 2] }")) + " " + arr[4]!.GetPath());
        var fromObj = JsonSerializer.SerializeToNode(new Point(7, 8))!;
        fromObj["Z"] = 9;
        Console.WriteLine(fromObj.ToJsonString() + " " + fromObj.GetValueKind());
    }

    static void LowLevel()
    {
        Console.WriteLine("== Utf8JsonWriter / Utf8JsonReader");
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("name", "writer");
            w.WriteNumber("pi", 3.14159);
            w.WriteNumber("neg", -17L);
            w.WriteBoolean("flag", false);
            w.WriteNull("none");
            w.WriteStartArray("list");
            for (int i = 0; i < 4; i++) w.WriteNumberValue(i * 1.5m);
            w.WriteStringValue(new DateTime(2020, 2, 29, 12, 0, 0, DateTimeKind.Utc));
            w.WriteStringValue(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"));
            w.WriteEndArray();
            w.WriteBase64String("bytes", new byte[] { 1, 2, 3, 250 });
            w.WriteEndObject();
        }
        string text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        Console.WriteLine(text);
        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        var tokens = new StringBuilder();
        while (reader.Read())
        {
            tokens.Append(reader.TokenType switch
            {
                JsonTokenType.PropertyName => "P(" + reader.GetString() + ")",
                JsonTokenType.String => "S",
                JsonTokenType.Number => "N" + reader.GetDecimal(),
                JsonTokenType.True or JsonTokenType.False => "B",
                JsonTokenType.Null => "0",
                JsonTokenType.StartObject => "{",
                JsonTokenType.EndObject => "}",
                JsonTokenType.StartArray => "[",
                JsonTokenType.EndArray => "]",
                _ => "?",
            });
        }
        Console.WriteLine(tokens + " depth=" + reader.CurrentDepth + " consumed=" + reader.BytesConsumed);
        var commented = Encoding.UTF8.GetBytes("[1, /* c */ 2, // line\n 3,]");
        var r2 = new Utf8JsonReader(commented, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        int total = 0;
        while (r2.Read()) if (r2.TokenType == JsonTokenType.Number) total += r2.GetInt32();
        Console.WriteLine("sum " + total);
    }

    static void SourceGenerated()
    {
        Console.WriteLine("== source generated");
        var shapes = new List<Shape>();
        for (int i = 1; i <= 3; i++) shapes.Add(new Shape { Kind = "k" + i, Size = Enumerable.Range(1, i).Select(k => k * 0.25).ToArray() });
        string json = JsonSerializer.Serialize(shapes, ShapeContext.Default.ListShape);
        Console.WriteLine(json);
        var back = JsonSerializer.Deserialize(json, ShapeContext.Default.ListShape)!;
        Console.WriteLine(string.Join(";", back.Select(s => s.Kind + ":" + s.Size.Sum())));
        Console.WriteLine(JsonSerializer.Serialize(back[0], typeof(Shape), ShapeContext.Default));
    }

    static void Errors()
    {
        Console.WriteLine("== errors");
        foreach (var bad in new[] { "{\"Id\":\"x\"}", "{\"Id\":1", "[1,2]", "{\"Lines\":[{\"Qty\":1.5}]}" })
        {
            try
            {
                JsonSerializer.Deserialize<Order>(bad);
                Console.WriteLine("no error");
            }
            catch (JsonException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message + " | " + e.Path + " " + e.LineNumber + " " + e.BytePositionInLine); }
        }
        try { JsonDocument.Parse("{\"a\":tru}"); }
        catch (JsonException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
    }
}
