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
