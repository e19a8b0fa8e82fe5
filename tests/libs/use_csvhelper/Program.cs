using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.Configuration.Attributes;

// Records both ways (attributes and a ClassMap), quoting, a custom
// delimiter, the row-level reader API, and errors.
var people = new List<Person>
{
    new Person { Id = 1, Name = "Ada Lovelace", Born = new DateTime(1815, 12, 10), Score = 99.5m, Tags = "math,poetry" },
    new Person { Id = 2, Name = "Alan \"Turing\"", Born = new DateTime(1912, 6, 23), Score = null, Tags = "" },
};
var sw = new StringWriter();
using (var csv = new CsvWriter(sw, CultureInfo.InvariantCulture))
    csv.WriteRecords(people);
Console.Write(sw.ToString());

using (var csv = new CsvReader(new StringReader(sw.ToString()), CultureInfo.InvariantCulture))
    foreach (var p in csv.GetRecords<Person>())
        Console.WriteLine($"{p.Id} [{p.Name}] {p.Born:yyyy-MM-dd} {(p.Score?.ToString() ?? "null")} tags={p.Tags}");

var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", HasHeaderRecord = true };
var text = "code;qty;price\nA1;3;1.50\nB2;10;0.25\n";
using (var csv = new CsvReader(new StringReader(text), config))
{
    csv.Context.RegisterClassMap<ItemMap>();
    var items = csv.GetRecords<Item>().ToList();
    foreach (var i in items) Console.WriteLine(i.Code + " " + i.Quantity + " x " + i.Price + " = " + i.Quantity * i.Price);
    var outText = new StringWriter();
    using (var w = new CsvWriter(outText, config)) { w.Context.RegisterClassMap<ItemMap>(); w.WriteRecords(items); }
    Console.Write(outText);
}

using (var csv = new CsvReader(new StringReader("a,b\n1,\"x,y\"\n2,\"multi\nline\"\n"), CultureInfo.InvariantCulture))
{
    csv.Read(); csv.ReadHeader();
    while (csv.Read()) Console.WriteLine(csv.GetField<int>("a") + " -> " + csv.GetField("b")!.Replace("\n", "\\n"));
}

// a culture of its own: decimal comma, ';' as the list separator (CsvHelper's default delimiter), dd.MM.yyyy dates
var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
comma.NumberFormat.NumberDecimalSeparator = ",";
comma.TextInfo.ListSeparator = ";";
comma.DateTimeFormat.ShortDatePattern = "dd.MM.yyyy";
var cultureText = new StringWriter();
using (var w = new CsvWriter(cultureText, comma)) w.WriteRecords(new[] { new Item { Code = "C3", Quantity = 2, Price = 12.75m } });
Console.Write(cultureText);
using (var r = new CsvReader(new StringReader(cultureText.ToString()), comma))
    foreach (var i in r.GetRecords<Item>()) Console.WriteLine("culture read: " + i.Code + " " + i.Price.ToString(CultureInfo.InvariantCulture));
using (var r = new CsvReader(new StringReader("When;Amount\n24.12.2023;3,5\n"), comma))
{
    r.Read(); r.ReadHeader(); r.Read();
    Console.WriteLine("culture fields: " + r.GetField<DateTime>("When").ToString("yyyy-MM-dd") + " " + r.GetField<double>("Amount").ToString(CultureInfo.InvariantCulture));
}

// records read as dynamic (ExpandoObject); held as object so that C# emits no CallSite (the C# runtime binder is not in Cilantro)
object dyn = new CsvReader(new StringReader("x,y\n1,2\n"), CultureInfo.InvariantCulture).GetRecords<dynamic>().First();
Console.WriteLine("dynamic: " + string.Join(",", ((IDictionary<string, object>)dyn).Select(kv => kv.Key + "=" + kv.Value)));

try
{
    using var csv = new CsvReader(new StringReader("Id,Name\nnotanumber,x\n"), CultureInfo.InvariantCulture);
    csv.GetRecords<Person>().ToList();
}
catch (CsvHelperException e) { Console.WriteLine(e.GetType().Name); }

public class Person
{
    [Index(0)] public int Id { get; set; }
    [Name("full_name")] public string Name { get; set; } = "";
    [Format("yyyy-MM-dd")] public DateTime Born { get; set; }
    [Optional] public decimal? Score { get; set; }
    [Optional] public string Tags { get; set; } = "";
    [Ignore] public string Secret { get; set; } = "s";
}

public class Item { public string Code { get; set; } = ""; public int Quantity { get; set; } public decimal Price { get; set; } }
public sealed class ItemMap : ClassMap<Item>
{
    public ItemMap()
    {
        Map(m => m.Code).Name("code");
        Map(m => m.Quantity).Name("qty");
        Map(m => m.Price).Name("price");
    }
}
