// System.ComponentModel type conversion: TypeDescriptor.GetConverter for the
// built-in types and for [TypeConverter] types, the converters' conversions
// both ways, their standard values, IsValid and their exceptions.
using System.Collections;
using System.ComponentModel;
using System.Globalization;

static string Show(object? o) => o switch
{
    null => "null",
    string s => "\"" + s + "\"",
    Array a => o.GetType().Name + "[" + string.Join(",", a.Cast<object?>().Select(Show)) + "]",
    _ => o.GetType().Name + ":" + Convert.ToString(o, CultureInfo.InvariantCulture),
};

static void Try(string label, Func<object?> f)
{
    try { Console.WriteLine(label + " -> " + Show(f())); }
    catch (Exception e) { Console.WriteLine(label + " !! " + e.GetType().Name + ": " + e.Message + (e.InnerException != null ? " [" + e.InnerException.GetType().Name + "]" : "")); }
}

Type[] types =
{
    typeof(bool), typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong),
    typeof(float), typeof(double), typeof(decimal), typeof(char), typeof(string), typeof(Guid), typeof(DateTime), typeof(DateTimeOffset),
    typeof(TimeSpan), typeof(Uri), typeof(Version), typeof(CultureInfo), typeof(DayOfWeek), typeof(int?), typeof(int[]), typeof(List<int>),
    typeof(ArrayList), typeof(object), typeof(IDisposable), typeof(IList), typeof(Exception), typeof(DateOnly), typeof(TimeOnly),
    typeof(Int128), typeof(UInt128), typeof(Half), typeof(Temperature), typeof(Celsius), typeof(IShape), typeof(Square), typeof(Meters?), typeof(Meters),
};
foreach (var t in types)
{
    var c = TypeDescriptor.GetConverter(t);
    Console.WriteLine($"{t.Name}: {c.GetType().Name} from string {c.CanConvertFrom(typeof(string))} to string {c.CanConvertTo(typeof(string))} to int {c.CanConvertTo(typeof(int))}");
}
Console.WriteLine("cached " + ReferenceEquals(TypeDescriptor.GetConverter(typeof(int)), TypeDescriptor.GetConverter(typeof(int))));
Console.WriteLine("by object " + TypeDescriptor.GetConverter(42).GetType().Name + " " + TypeDescriptor.GetConverter(new Celsius(1)).GetType().Name);

var inv = CultureInfo.InvariantCulture;
var i32 = TypeDescriptor.GetConverter(typeof(int));
Try("int 42", () => i32.ConvertFromString("42"));
Try("int ' -7 '", () => i32.ConvertFromInvariantString(" -7 "));
Try("int 0x1F", () => i32.ConvertFromString("0x1F"));
Try("int #ff", () => i32.ConvertFromString("#ff"));
Try("int &h10", () => i32.ConvertFromString("&h10"));
Try("int x", () => i32.ConvertFromString("x"));
Try("int empty", () => i32.ConvertFromString(""));
Try("int 1,000", () => i32.ConvertFromString("1,000"));
Try("int from long", () => i32.ConvertFrom(5L));
Try("int to string", () => i32.ConvertToString(-12345));
Try("int to long", () => i32.ConvertTo(7, typeof(long)));
Try("int to Guid", () => i32.ConvertTo(7, typeof(Guid)));
Try("int to null type", () => i32.ConvertTo(7, null!));
Try("int to string of long", () => i32.ConvertTo(7L, typeof(string)));
Try("int IsValid 12", () => i32.IsValid("12"));
Try("int IsValid x", () => i32.IsValid("x"));
Try("int IsValid 1.5", () => i32.IsValid(1.5));
Try("byte 300", () => TypeDescriptor.GetConverter(typeof(byte)).ConvertFromString("300"));
Try("sbyte 0xFF", () => TypeDescriptor.GetConverter(typeof(sbyte)).ConvertFromString("0xFF"));
Try("ulong max", () => TypeDescriptor.GetConverter(typeof(ulong)).ConvertFromString("18446744073709551615"));
Try("uint -1", () => TypeDescriptor.GetConverter(typeof(uint)).ConvertFromString("-1"));
var dbl = TypeDescriptor.GetConverter(typeof(double));
Try("double 1.5e3", () => dbl.ConvertFromInvariantString("1.5e3"));
Try("double 0x10", () => dbl.ConvertFromInvariantString("0x10"));
Try("double to string", () => dbl.ConvertToInvariantString(0.1 + 0.2));
Try("float to string", () => TypeDescriptor.GetConverter(typeof(float)).ConvertToInvariantString(1f / 3));
Try("decimal 1.10", () => TypeDescriptor.GetConverter(typeof(decimal)).ConvertFromInvariantString("1.10"));
Try("decimal to string", () => TypeDescriptor.GetConverter(typeof(decimal)).ConvertToInvariantString(2.50m));
Try("decimal to int", () => TypeDescriptor.GetConverter(typeof(decimal)).ConvertTo(2.7m, typeof(int)));
Try("int128", () => TypeDescriptor.GetConverter(typeof(Int128)).ConvertFromInvariantString("-170141183460469231731687303715884105728"));
Try("half", () => TypeDescriptor.GetConverter(typeof(Half)).ConvertToInvariantString((Half)1.5));

var b = TypeDescriptor.GetConverter(typeof(bool));
Try("bool ' true '", () => b.ConvertFromString(" true "));
Try("bool FALSE", () => b.ConvertFromString("FALSE"));
Try("bool yes", () => b.ConvertFromString("yes"));
Try("bool to string", () => b.ConvertToString(true));
Console.WriteLine("bool standard " + string.Join(",", b.GetStandardValues()!.Cast<object>()) + " exclusive " + b.GetStandardValuesExclusive() + " supported " + b.GetStandardValuesSupported());

var ch = TypeDescriptor.GetConverter(typeof(char));
Try("char a", () => ch.ConvertFromString("a"));
Try("char ' b '", () => ch.ConvertFromString(" b "));
Try("char empty", () => ch.ConvertFromString(""));
Try("char ab", () => ch.ConvertFromString("ab"));
Try("char nul to string", () => ch.ConvertToString('\0'));
var str = TypeDescriptor.GetConverter(typeof(string));
Try("string null", () => str.ConvertFrom(null!));
Try("string from int", () => str.ConvertFrom(5));
Try("string to int", () => str.ConvertTo("5", typeof(int)));

var en = TypeDescriptor.GetConverter(typeof(DayOfWeek));
Try("enum monday", () => en.ConvertFromString("monday"));
Try("enum 3", () => en.ConvertFromString("3"));
Try("enum Funday", () => en.ConvertFromString("Funday"));
Try("enum to string", () => en.ConvertToString(DayOfWeek.Friday));
Try("enum 42 to string", () => en.ConvertToString((DayOfWeek)42));
Try("enum to Enum[]", () => en.ConvertTo(DayOfWeek.Sunday, typeof(Enum[])));
Console.WriteLine("enum standard " + string.Join(",", en.GetStandardValues()!.Cast<object>()) + " exclusive " + en.GetStandardValuesExclusive());
Try("enum IsValid 9", () => en.IsValid((DayOfWeek)9));
var fl = TypeDescriptor.GetConverter(typeof(Access));
Try("flags 'read, write'", () => fl.ConvertFromString("read, write"));
Try("flags to string", () => fl.ConvertToString(Access.Read | Access.Exec));
Try("flags 16 to string", () => fl.ConvertToString((Access)16));
Try("flags to Enum[]", () => fl.ConvertTo(Access.Read | Access.Exec, typeof(Enum[])));
Try("flags from Enum[]", () => fl.ConvertFrom(new Enum[] { Access.Write, Access.Exec }));
Console.WriteLine("flags standard " + string.Join(",", fl.GetStandardValues()!.Cast<object>()) + " exclusive " + fl.GetStandardValuesExclusive());

var g = TypeDescriptor.GetConverter(typeof(Guid));
Try("guid", () => g.ConvertFromString(" {0f8fad5b-d9cb-469f-a165-70867728950e} "));
Try("guid bad", () => g.ConvertFromString("nope"));
Try("guid to string", () => g.ConvertToString(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e")));
var dt = TypeDescriptor.GetConverter(typeof(DateTime));
Try("datetime iso", () => ((DateTime)dt.ConvertFromInvariantString("2024-05-17T13:45:00")!).ToString("o"));
Try("datetime empty", () => dt.ConvertFromString(""));
Try("datetime bad", () => dt.ConvertFromString("not a date"));
Try("datetime date only to string", () => dt.ConvertToInvariantString(new DateTime(2024, 5, 17)));
Try("datetime to string", () => dt.ConvertToInvariantString(new DateTime(2024, 5, 17, 13, 45, 10)));
Try("datetime min to string", () => dt.ConvertToInvariantString(DateTime.MinValue));
Try("datetime current to string", () => dt.ConvertToString(new DateTime(2024, 5, 17, 13, 45, 10)));
var dto = TypeDescriptor.GetConverter(typeof(DateTimeOffset));
Try("dto to string", () => dto.ConvertToInvariantString(new DateTimeOffset(2024, 5, 17, 0, 0, 0, TimeSpan.FromHours(2))));
Try("dto parse", () => ((DateTimeOffset)dto.ConvertFromInvariantString("2024-05-17T13:45:00+02:00")!).ToString("o"));
var ts = TypeDescriptor.GetConverter(typeof(TimeSpan));
Try("timespan", () => ts.ConvertFromInvariantString("1.02:03:04"));
Try("timespan bad", () => ts.ConvertFromInvariantString("x"));
Try("timespan to string", () => ts.ConvertToInvariantString(TimeSpan.FromSeconds(90.5)));
Try("dateonly", () => TypeDescriptor.GetConverter(typeof(DateOnly)).ConvertToInvariantString(new DateOnly(2024, 2, 29)));
Try("dateonly parse", () => TypeDescriptor.GetConverter(typeof(DateOnly)).ConvertFromInvariantString("2024-02-29"));

var u = TypeDescriptor.GetConverter(typeof(Uri));
Try("uri abs", () => ((Uri)u.ConvertFromString("https://example.com/x")!).AbsoluteUri);
Try("uri rel", () => ((Uri)u.ConvertFromString("a/b")!).IsAbsoluteUri);
Try("uri empty", () => u.ConvertFromString(""));
Try("uri to string", () => u.ConvertToString(new Uri("http://h/p?q")));
Try("uri IsValid", () => u.IsValid("http://ok"));
var v = TypeDescriptor.GetConverter(typeof(Version));
Try("version", () => v.ConvertFromString("1.2.3.4"));
Try("version bad", () => v.ConvertFromString("1"));
Try("version IsValid", () => v.IsValid("1.x"));
var ci = TypeDescriptor.GetConverter(typeof(CultureInfo));
Try("culture empty", () => ((CultureInfo)ci.ConvertFromString("")!).Name.Length);
Try("culture invariant to string", () => ci.ConvertToString(CultureInfo.InvariantCulture));

var n = TypeDescriptor.GetConverter(typeof(int?));
Try("nullable 5", () => n.ConvertFromString("5"));
Try("nullable empty", () => n.ConvertFromString(""));
Try("nullable null", () => n.ConvertFrom(null!));
Try("nullable to string null", () => n.ConvertToString(null));
Try("nullable to string", () => n.ConvertToString(8));
Console.WriteLine("nullable " + ((NullableConverter)n).UnderlyingType.Name + " " + ((NullableConverter)n).UnderlyingTypeConverter.GetType().Name);
Try("nullable of bool standard", () => TypeDescriptor.GetConverter(typeof(bool?)).GetStandardValues()!.Count);
Try("NullableConverter(int)", () => new NullableConverter(typeof(int)));

var arr = TypeDescriptor.GetConverter(typeof(int[]));
Try("array to string", () => arr.ConvertToString(new[] { 1, 2 }));
Try("array from string", () => arr.ConvertFromString("1,2"));
var props = arr.GetProperties(new[] { 10, 20, 30 })!;
Console.WriteLine("array props " + props.Count + " " + props[1].Name + "=" + props[1].GetValue(new[] { 10, 20, 30 }) + " " + props[1].PropertyType.Name + " supported " + arr.GetPropertiesSupported());
Try("collection to string", () => TypeDescriptor.GetConverter(typeof(List<int>)).ConvertToString(new List<int> { 1 }));
var refc = TypeDescriptor.GetConverter(typeof(IDisposable));
Try("reference to string null", () => refc.ConvertToString(null));
Try("reference to string", () => refc.ConvertToString(new MemoryStream()));
Try("reference from string", () => refc.ConvertFromString("x"));

var basec = new TypeConverter();
Try("base from string", () => basec.ConvertFromString("x"));
Try("base from null", () => basec.ConvertFrom(null!));
Try("base to string", () => basec.ConvertToString(12.5));
Try("base to string null", () => basec.ConvertToString(null));
Try("base to int", () => basec.ConvertTo("x", typeof(int)));
Try("base IsValid", () => basec.IsValid("x"));
Try("base standard values", () => basec.GetStandardValues());
Try("base properties", () => basec.GetProperties("x"));
Try("base create", () => basec.CreateInstance(new Hashtable()));

var tc = TypeDescriptor.GetConverter(typeof(Temperature));
Try("custom from string", () => tc.ConvertFromInvariantString("21.5C"));
Try("custom to string", () => tc.ConvertToInvariantString(new Temperature(-3)));
Try("custom derived", () => TypeDescriptor.GetConverter(typeof(Celsius)).ConvertToInvariantString(new Celsius(4)));
Try("custom via interface", () => TypeDescriptor.GetConverter(typeof(Square)).ConvertToString(new Square()));
Try("custom nullable", () => TypeDescriptor.GetConverter(typeof(Meters?)).ConvertFromInvariantString("12m"));
Try("custom nullable to string", () => TypeDescriptor.GetConverter(typeof(Meters?)).ConvertToInvariantString(new Meters(3)));
Console.WriteLine("attributes " + TypeDescriptor.GetAttributes(typeof(Temperature)).Count + " " + ((TypeConverterAttribute)TypeDescriptor.GetAttributes(typeof(Celsius))[typeof(TypeConverterAttribute)]!).ConverterTypeName.Split(',')[0]);
Console.WriteLine("default attr '" + TypeConverterAttribute.Default.ConverterTypeName + "' " + new TypeConverterAttribute(typeof(Int32Converter)).Equals(new TypeConverterAttribute(typeof(Int32Converter).AssemblyQualifiedName!)));

var pds = TypeDescriptor.GetProperties(typeof(Thing));
foreach (PropertyDescriptor pd in pds)
    Console.WriteLine($"prop {pd.Name} {pd.PropertyType.Name} ro {pd.IsReadOnly} conv {pd.Converter.GetType().Name} desc '{pd.Description}' browsable {pd.IsBrowsable}");
var thing = new Thing { Size = 3 };
var sizeProp = pds["Size"]!;
sizeProp.SetValue(thing, 9);
Console.WriteLine("size " + thing.Size + " should serialize " + sizeProp.ShouldSerializeValue(thing) + " can reset " + sizeProp.CanResetValue(thing));
sizeProp.ResetValue(thing);
Console.WriteLine("reset " + thing.Size + " find " + (pds.Find("size", true)?.Name ?? "none"));
Console.WriteLine("sorted " + string.Join(",", pds.Sort(new[] { "When" }).Cast<PropertyDescriptor>().Select(p => p.Name)));

[Flags] enum Access { None = 0, Read = 1, Write = 2, Exec = 4 }


[TypeConverter(typeof(TemperatureConverter))]
public class Temperature
{
    public Temperature(double degrees) { Degrees = degrees; }
    public double Degrees { get; }
    public override string ToString() => Degrees.ToString(CultureInfo.InvariantCulture) + "C";
}

public class Celsius : Temperature { public Celsius(double d) : base(d) { } }

public class TemperatureConverter : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
        => value is string s ? new Temperature(double.Parse(s.TrimEnd('C'), CultureInfo.InvariantCulture)) : base.ConvertFrom(context, culture, value);
    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType)
        => destinationType == typeof(string) && value is Temperature t ? "T=" + t : base.ConvertTo(context, culture, value, destinationType);
}

[TypeConverter("ShapeConverter")]
public interface IShape { }
public class Square : IShape { }
public class ShapeConverter : TypeConverter
{
    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) => "shape " + value?.GetType().Name;
}

[TypeConverter(typeof(MetersConverter))]
public readonly struct Meters
{
    public Meters(double value) { Value = value; }
    public double Value { get; }
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + "m";
}

public class MetersConverter : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
        => value is string s ? new Meters(double.Parse(s.TrimEnd('m'), CultureInfo.InvariantCulture)) : base.ConvertFrom(context, culture, value);
}

public class Thing
{
    [Description("how big")][DefaultValue(1)] public int Size { get; set; } = 1;
    public string Name { get; } = "n";
    [Browsable(false)] public DateTime When { get; set; }
    [TypeConverter(typeof(TemperatureConverter))] public object? Temp { get; set; }
    public int this[int i] => i;
}
