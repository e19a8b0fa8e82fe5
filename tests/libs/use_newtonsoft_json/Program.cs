using System.ComponentModel;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

// A POCO graph with attributes, collections, enums, nullable and polymorphic
// members, serialized and read back; then LINQ to JSON.
var order = new Order
{
    Id = 42,
    Customer = new Customer { Name = "Ada", Email = null, Tier = Tier.Gold },
    Lines = new List<Line>
    {
        new Line { Sku = "A-1", Quantity = 2, Price = 9.5m },
        new Line { Sku = "B-7", Quantity = 1, Price = 120m, Discount = 0.1 },
    },
    Tags = new HashSet<string> { "rush", "gift" },
    Attributes = new Dictionary<string, int> { ["weight"] = 3, ["boxes"] = 1 },
    Placed = new DateTime(2024, 5, 17, 13, 45, 0, DateTimeKind.Utc),
    Payment = new CardPayment { Amount = 139m, Last4 = "4242" },
    Shipments = new Shipment[] { new Courier { Company = "Fast" }, new PickUp { Store = "Main St" } },
    Secret = "hidden",
    Status = Status.Shipped,
};

string json = JsonConvert.SerializeObject(order, Formatting.Indented, new JsonSerializerSettings
{
    TypeNameHandling = TypeNameHandling.Auto,
    SerializationBinder = new ShortNames(),
});
Console.WriteLine(json);

var back = JsonConvert.DeserializeObject<Order>(json, new JsonSerializerSettings
{
    TypeNameHandling = TypeNameHandling.Auto,
    SerializationBinder = new ShortNames(),
})!;
Console.WriteLine($"id {back.Id} customer {back.Customer.Name} email {back.Customer.Email ?? "(null)"} tier {back.Customer.Tier}");
foreach (var l in back.Lines) Console.WriteLine($"  {l.Sku} x{l.Quantity} @{l.Price} discount {(l.Discount.HasValue ? l.Discount.Value.ToString() : "none")}");
Console.WriteLine("tags " + string.Join(",", back.Tags.OrderBy(t => t)));
Console.WriteLine("attrs " + string.Join(",", back.Attributes.Select(kv => kv.Key + "=" + kv.Value)));
Console.WriteLine("placed " + back.Placed.ToString("o") + " " + back.Placed.Kind);
Console.WriteLine("payment " + back.Payment.GetType().Name + " " + back.Payment.Amount + " " + ((CardPayment)back.Payment).Last4);
Console.WriteLine("shipments " + string.Join(",", back.Shipments.Select(s => s.GetType().Name + ":" + s.Describe())));
Console.WriteLine("secret " + (back.Secret ?? "(null)") + " status " + back.Status);

// Settings: camel case, ignoring nulls and defaults, string enums.
var settings = new JsonSerializerSettings
{
    ContractResolver = new CamelCasePropertyNamesContractResolver(),
    NullValueHandling = NullValueHandling.Ignore,
    DefaultValueHandling = DefaultValueHandling.Ignore,
    Converters = { new StringEnumConverter() },
};
Console.WriteLine(JsonConvert.SerializeObject(new Customer { Name = "Bob", Tier = Tier.Silver }, settings));
Console.WriteLine(JsonConvert.SerializeObject(new Point3 { X = 1, Y = 0, Z = 3 }, settings));

// Collections, primitives and anonymous types.
Console.WriteLine(JsonConvert.SerializeObject(new[] { 1, 2, 3 }));
Console.WriteLine(JsonConvert.SerializeObject(new { a = 1, b = "two", c = new[] { true, false }, d = (int?)null }));
Console.WriteLine(JsonConvert.SerializeObject(new Dictionary<int, double> { [1] = 1.5, [2] = -0.25 }));
var nums = JsonConvert.DeserializeObject<List<long>>("[1, 2, 9007199254740993]")!;
Console.WriteLine(string.Join("|", nums));
var map = JsonConvert.DeserializeObject<Dictionary<string, List<int>>>("{\"x\":[1,2],\"y\":[]}")!;
Console.WriteLine(string.Join(";", map.Select(kv => kv.Key + ":" + kv.Value.Count)));
Console.WriteLine(JsonConvert.SerializeObject("quote \" tab \t unicode \u00e9 \u2028"));
Console.WriteLine(JsonConvert.SerializeObject(new object?[] { 1.0, 0.1, 1e300, -0.0, decimal.MaxValue, 'c', null, Guid.Empty }));

// Constructor-based deserialization and JsonConstructor.
var im = JsonConvert.DeserializeObject<Immutable>("{\"name\":\"n\",\"value\":7}")!;
Console.WriteLine(im.Name + " " + im.Value);

// LINQ to JSON.
var jo = JObject.Parse("{\"store\":{\"book\":[{\"title\":\"A\",\"price\":8.95},{\"title\":\"B\",\"price\":22.99}],\"open\":true}}");
Console.WriteLine((string?)jo["store"]!["book"]![1]!["title"]);
Console.WriteLine(jo.SelectTokens("$.store.book[*].price").Select(t => (decimal)t).Sum());
Console.WriteLine(string.Join(",", jo["store"]!.Children<JProperty>().Select(p => p.Name + ":" + p.Value.Type)));
jo["store"]!["open"] = false;
((JArray)jo["store"]!["book"]!).Add(new JObject { ["title"] = "C", ["price"] = 1 });
Console.WriteLine(jo.ToString(Formatting.None));
var fromObj = JToken.FromObject(new Line { Sku = "Z", Quantity = 3, Price = 1.25m });
Console.WriteLine(fromObj.ToString(Formatting.None) + " -> " + fromObj.ToObject<Line>()!.Quantity);

// Errors are reported as JsonReaderException / JsonSerializationException.
try { JsonConvert.DeserializeObject<Order>("{\"Id\": \"x\"}"); }
catch (JsonException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
try { JObject.Parse("{\"a\": [1, 2}"); }
catch (JsonException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }

// A custom JsonConverter on a property and one in the settings.
var money = new Wallet { Balance = new Money(1250, "EUR"), Limits = new List<Money> { new Money(5, "USD") } };
string walletJson = JsonConvert.SerializeObject(money, new MoneyConverter());
Console.WriteLine(walletJson);
var walletBack = JsonConvert.DeserializeObject<Wallet>(walletJson, new MoneyConverter())!;
Console.WriteLine(walletBack.Balance + " " + walletBack.Limits[0]);

// Types with a TypeConverter serialize as strings, also as dictionary keys.
var keyed = new Keyed
{
    ById = new Dictionary<Guid, int> { [new Guid("0f8fad5b-d9cb-469f-a165-70867728950e")] = 1 },
    ByDate = new Dictionary<DateTime, string> { [new DateTime(2020, 1, 2)] = "jan" },
    ByVersion = new Dictionary<Version, bool> { [new Version(1, 2, 3)] = true },
    ByPoint = new Dictionary<GridPoint, string> { [new GridPoint(3, 4)] = "p" },
    Where = new GridPoint(7, 8),
    Link = new Uri("https://example.com/a?b=c"),
    Span = TimeSpan.FromMinutes(90),
    Offset = new DateTimeOffset(2021, 3, 4, 5, 6, 7, TimeSpan.FromHours(2)),
    Tiers = new Dictionary<Tier, int> { [Tier.Gold] = 3 },
};
string keyedJson = JsonConvert.SerializeObject(keyed);
Console.WriteLine(keyedJson);
var keyedBack = JsonConvert.DeserializeObject<Keyed>(keyedJson)!;
Console.WriteLine(keyedBack.ById.Keys.First() + " " + keyedBack.ByDate.Keys.First().ToString("s") + " " + keyedBack.ByVersion.Keys.First()
    + " " + keyedBack.ByPoint.Keys.First() + " " + keyedBack.Where + " " + keyedBack.Link.Host + " " + keyedBack.Span.TotalMinutes
    + " " + keyedBack.Offset.Offset + " " + keyedBack.Tiers[Tier.Gold]);

// JsonTextWriter and JsonTextReader directly.
var sw = new StringWriter();
using (var w = new JsonTextWriter(sw) { Formatting = Formatting.Indented, Indentation = 1, IndentChar = '\t' })
{
    w.WriteStartObject();
    w.WritePropertyName("n"); w.WriteValue(1.5);
    w.WritePropertyName("list"); w.WriteStartArray(); w.WriteValue("x"); w.WriteNull(); w.WriteValue(true); w.WriteEndArray();
    w.WriteComment("note");
    w.WritePropertyName("raw"); w.WriteRawValue("{\"r\":1}");
    w.WriteEndObject();
}
Console.WriteLine(sw.ToString());
var reader = new JsonTextReader(new StringReader("{\"a\": [1, 2.5, \"s\", null, true, {\"b\": \"2024-01-02T03:04:05Z\"}], /* c */ \"d\": -7}"));
while (reader.Read())
    Console.WriteLine($"{reader.TokenType} {reader.ValueType?.Name ?? "-"} {reader.Value ?? "-"} depth {reader.Depth} path '{reader.Path}'");

// ExpandoObject, JsonSerializer with streams, Populate, callbacks and ShouldSerialize.
var expando = JsonConvert.DeserializeObject<System.Dynamic.ExpandoObject>("{\"a\":1,\"b\":{\"c\":[1,\"two\"]},\"d\":null}")!;
foreach (var kv in (IDictionary<string, object?>)expando) Console.WriteLine("expando " + kv.Key + " = " + (kv.Value?.GetType().Name ?? "null"));
Console.WriteLine(JsonConvert.SerializeObject(expando));
var serializer = JsonSerializer.Create(new JsonSerializerSettings { Formatting = Formatting.None, DateFormatString = "yyyy/MM/dd" });
var sw2 = new StringWriter();
serializer.Serialize(sw2, new Event { Name = "launch", When = new DateTime(2030, 7, 1), Internal = 5 });
Console.WriteLine(sw2);
var ev = (Event)serializer.Deserialize(new StringReader("{\"Name\":\"x\",\"When\":\"2031/02/03\"}"), typeof(Event))!;
Console.WriteLine(ev.Name + " " + ev.When.ToString("s") + " loaded " + ev.Loaded);
var target = new Event { Name = "keep", Internal = 1 };
JsonConvert.PopulateObject("{\"Internal\": 9}", target);
Console.WriteLine(target.Name + " " + target.Internal);

// References: loops are errors by default, ignored or preserved on request.
var parent = new Node { Name = "root" };
parent.Children.Add(new Node { Name = "leaf", Parent = parent });
try { JsonConvert.SerializeObject(parent); }
catch (JsonSerializationException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
Console.WriteLine(JsonConvert.SerializeObject(parent, new JsonSerializerSettings { ReferenceLoopHandling = ReferenceLoopHandling.Ignore }));
string preserved = JsonConvert.SerializeObject(parent, new JsonSerializerSettings { PreserveReferencesHandling = PreserveReferencesHandling.Objects });
Console.WriteLine(preserved);
var parentBack = JsonConvert.DeserializeObject<Node>(preserved, new JsonSerializerSettings { PreserveReferencesHandling = PreserveReferencesHandling.Objects })!;
Console.WriteLine(ReferenceEquals(parentBack, parentBack.Children[0].Parent));

// More LINQ to JSON: filters, recursive descent, DeepEquals, Merge, dynamic-free building.
var store = JObject.Parse("{\"books\":[{\"t\":\"A\",\"p\":5},{\"t\":\"B\",\"p\":15},{\"t\":\"C\",\"p\":8}]}");
Console.WriteLine(string.Join(",", store.SelectTokens("$.books[?(@.p < 10)].t")));
Console.WriteLine(string.Join(",", store.SelectTokens("$..p")));
Console.WriteLine(JToken.DeepEquals(JToken.Parse("{\"x\":[1,{\"y\":2}]}"), JToken.Parse("{ \"x\" : [ 1, { \"y\" : 2 } ] }")));
var left = JObject.Parse("{\"a\":1,\"arr\":[1,2],\"o\":{\"k\":1}}");
left.Merge(JObject.Parse("{\"b\":2,\"arr\":[3],\"o\":{\"j\":2}}"), new JsonMergeSettings { MergeArrayHandling = MergeArrayHandling.Union });
Console.WriteLine(left.ToString(Formatting.None));
var built = new JObject(new JProperty("name", "x"), new JProperty("vals", new JArray(1, 2, new JValue(3.5))), new JProperty("when", new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
Console.WriteLine(built.ToString(Formatting.None) + " " + built["vals"]!.Sum(v => (double)v) + " " + built.Properties().Count());
Console.WriteLine(string.Join("|", JArray.Parse("[3,1,2]").OrderBy(t => (int)t).Select(t => t.ToString())));
Console.WriteLine(JObject.FromObject(new { n = (string?)null, e = Tier.Silver }).ToString(Formatting.None));

// More errors.
try { JsonConvert.DeserializeObject<Strict>("{\"Name\":\"a\"}"); }
catch (JsonException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
try { JsonConvert.DeserializeObject<Customer>("{\"full_name\":\"a\",\"Extra\":1}", new JsonSerializerSettings { MissingMemberHandling = MissingMemberHandling.Error }); }
catch (JsonException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
try { JsonConvert.DeserializeObject<List<int>>("[1, 2, \"three\"]"); }
catch (JsonException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
try { JsonConvert.DeserializeObject<Line>("{\"Sku\": tru}"); }
catch (JsonException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
try { JsonConvert.DeserializeObject<Tier>("\"Platinum\""); }
catch (JsonException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message + " / " + e.InnerException?.GetType().Name); }
try { JToken.Parse("[1,2] x"); }
catch (JsonException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
var errors = new List<string>();
var lenient = JsonConvert.DeserializeObject<List<int>>("[1, \"x\", 3]", new JsonSerializerSettings
{
    Error = (sender, args) => { errors.Add(args.ErrorContext.Path + ": " + args.ErrorContext.Error.Message); args.ErrorContext.Handled = true; },
})!;
Console.WriteLine(string.Join(",", lenient) + " errors " + string.Join(" | ", errors));

public enum Tier { Bronze, Silver, Gold }
public enum Status { New = 1, Shipped = 2, Cancelled = 4 }

public class Customer
{
    [JsonProperty("full_name", Order = 1)] public string Name { get; set; } = "";
    [JsonProperty(Order = 3)] public string? Email { get; set; }
    [JsonProperty(Order = 2)] [JsonConverter(typeof(StringEnumConverter))] public Tier Tier { get; set; }
}

public class Line
{
    public string Sku { get; set; } = "";
    public int Quantity { get; set; }
    public decimal Price { get; set; }
    public double? Discount { get; set; }
}

public abstract class Payment { public decimal Amount { get; set; } }
public class CardPayment : Payment { public string Last4 { get; set; } = ""; }

public abstract class Shipment { public abstract string Describe(); }
public class Courier : Shipment { public string Company { get; set; } = ""; public override string Describe() => "courier " + Company; }
public class PickUp : Shipment { public string Store { get; set; } = ""; public override string Describe() => "pick up at " + Store; }

public class Order
{
    public int Id { get; set; }
    public Customer Customer { get; set; } = new();
    public List<Line> Lines { get; set; } = new();
    public HashSet<string> Tags { get; set; } = new();
    public Dictionary<string, int> Attributes { get; set; } = new();
    public DateTime Placed { get; set; }
    public Payment Payment { get; set; } = null!;
    public Shipment[] Shipments { get; set; } = Array.Empty<Shipment>();
    [JsonIgnore] public string? Secret { get; set; }
    public Status Status { get; set; }
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)] public string? Note { get; set; }
}

public class Point3
{
    public int X { get; set; }
    [DefaultValue(0)] public int Y { get; set; }
    public int Z { get; set; }
}

public class Immutable
{
    [JsonConstructor]
    public Immutable(string name, int value) { Name = name; Value = value; }
    public string Name { get; }
    public int Value { get; }
}

class ShortNames : ISerializationBinder
{
    public Type BindToType(string? assemblyName, string typeName) => typeof(Order).Assembly.GetType(typeName)!;
    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        assemblyName = null;
        typeName = serializedType.Name;
    }
}

[TypeConverter(typeof(GridPointConverter))]
public readonly struct GridPoint
{
    public GridPoint(int x, int y) { X = x; Y = y; }
    public int X { get; }
    public int Y { get; }
    public override string ToString() => X + ";" + Y;
}

public class GridPointConverter : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);
    public override object? ConvertFrom(ITypeDescriptorContext? context, System.Globalization.CultureInfo? culture, object value)
    {
        if (value is string s) { var parts = s.Split(';'); return new GridPoint(int.Parse(parts[0]), int.Parse(parts[1])); }
        return base.ConvertFrom(context, culture, value);
    }
}

public class Keyed
{
    public Dictionary<Guid, int> ById { get; set; } = new();
    public Dictionary<DateTime, string> ByDate { get; set; } = new();
    public Dictionary<Version, bool> ByVersion { get; set; } = new();
    public Dictionary<GridPoint, string> ByPoint { get; set; } = new();
    public GridPoint Where { get; set; }
    public Uri Link { get; set; } = null!;
    public TimeSpan Span { get; set; }
    public DateTimeOffset Offset { get; set; }
    public Dictionary<Tier, int> Tiers { get; set; } = new();
}

public readonly record struct Money(long Cents, string Currency)
{
    public override string ToString() => (Cents / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " " + Currency;
}

public class MoneyConverter : JsonConverter<Money>
{
    public override void WriteJson(JsonWriter writer, Money value, JsonSerializer serializer) => writer.WriteValue(value.Cents + value.Currency);
    public override Money ReadJson(JsonReader reader, Type objectType, Money existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        var s = (string)reader.Value!;
        return new Money(long.Parse(s[..^3]), s[^3..]);
    }
}

public class Wallet
{
    public Money Balance { get; set; }
    public List<Money> Limits { get; set; } = new();
}

public class Event
{
    public string Name { get; set; } = "";
    public DateTime When { get; set; }
    public int Internal { get; set; }
    public bool ShouldSerializeInternal() => Internal > 10;
    [JsonIgnore] public bool Loaded { get; private set; }
    [System.Runtime.Serialization.OnDeserialized]
    internal void OnLoaded(System.Runtime.Serialization.StreamingContext context) => Loaded = true;
}

public class Node
{
    public string Name { get; set; } = "";
    public Node? Parent { get; set; }
    public List<Node> Children { get; set; } = new();
}

public class Strict
{
    [JsonProperty(Required = Required.Always)] public string Name { get; set; } = "";
    [JsonProperty(Required = Required.Always)] public int Count { get; set; }
}
