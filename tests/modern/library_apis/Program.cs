// BCL pieces that CsvHelper, Jint and NodaTime need: System.Text.Ascii,
// MemoryExtensions' range searches, Type.MakeByRefType/MakePointerType,
// MethodInvoker/ConstructorInvoker, TimeZoneInfo.GetSystemTimeZones, and the
// IXmlSerializable shapes (an XmlWriter a program implements itself).
using System.Buffers;
using System.Reflection;
using System.Text;
using System.Xml;
using System.Xml.Serialization;

// Ascii
Console.WriteLine(Ascii.IsValid("abc") + " " + Ascii.IsValid("abé") + " " + Ascii.IsValid((byte)0x80) + " " + Ascii.IsValid('~'));
Span<char> dst = stackalloc char[4];
Console.WriteLine(Ascii.ToUpper("abé!", dst, out int w) + " " + w + " " + new string(dst.Slice(0, w)));
Console.WriteLine(Ascii.ToUpper("abcdef", dst, out w) + " " + w + " " + new string(dst.Slice(0, w)));
Console.WriteLine(Ascii.ToLower("XYZ", dst, out w) + " " + w + " " + new string(dst.Slice(0, w)));
byte[] bytes = new byte[3];
Console.WriteLine(Ascii.FromUtf16("Hi!", bytes, out w) + " " + w + " " + string.Join(",", bytes));
char[] back = new char[3];
Console.WriteLine(Ascii.ToUtf16(bytes, back, out w) + " " + new string(back));
char[] inplace = "mIxÉd".ToCharArray();
Console.WriteLine(Ascii.ToLowerInPlace(inplace, out w) + " " + w + " " + new string(inplace));
Console.WriteLine(Ascii.Equals("abc", "abc") + " " + Ascii.Equals("é", "é") + " " + Ascii.EqualsIgnoreCase("HeLLo", "hello") + " " + Ascii.EqualsIgnoreCase("a"u8, "A"));
var r = Ascii.Trim("  \t x y \n");
Console.WriteLine(r + " [" + "  \t x y \n"[r] + "] " + Ascii.TrimStart(" a ") + " " + Ascii.TrimEnd(" a "));

// MemoryExtensions ranges
ReadOnlySpan<char> text = "hello World 42";
Console.WriteLine(text.IndexOfAnyInRange('A', 'Z') + " " + text.IndexOfAnyExceptInRange('a', 'z') + " " + text.LastIndexOfAnyInRange('0', '9')
    + " " + text.LastIndexOfAnyExceptInRange('0', '9') + " " + text.ContainsAnyInRange('0', '9') + " " + text.ContainsAnyExceptInRange(' ', 'z'));
Span<int> nums = new[] { 5, 10, 15, 20 };
Console.WriteLine(nums.IndexOfAnyInRange(11, 19) + " " + nums.ContainsAnyInRange(21, 30) + " " + nums.LastIndexOfAnyExceptInRange(15, 25));

// byref and pointer types
Type br = typeof(int).MakeByRefType(), ptr = typeof(int).MakePointerType();
Console.WriteLine(br + " " + br.IsByRef + " " + (br.GetElementType() == typeof(int)) + " " + ptr + " " + ptr.IsPointer + " " + (typeof(string).MakeByRefType() == typeof(string).MakeByRefType()));
var tryParse = typeof(int).GetMethod("TryParse", new[] { typeof(string), typeof(int).MakeByRefType() });
Console.WriteLine(tryParse!.Name + " " + tryParse.GetParameters()[1].ParameterType.Equals(br));
try { br.MakeByRefType(); } catch (TypeLoadException) { Console.WriteLine("TypeLoadException"); }

// MethodInvoker / ConstructorInvoker
var concat = MethodInvoker.Create(typeof(string).GetMethod("Concat", new[] { typeof(string), typeof(string) })!);
Console.WriteLine(concat.Invoke(null, "ab", "cd"));
var toUpper = MethodInvoker.Create(typeof(string).GetMethod("ToUpperInvariant")!);
Console.WriteLine(toUpper.Invoke("shout"));
var parseInt = MethodInvoker.Create(tryParse);
object?[] callArgs = { "123", 0 };   // (a null out argument through reflection is not supported by Cilantro yet)
Console.WriteLine(parseInt.Invoke(null, callArgs.AsSpan()) + " " + callArgs[1]);
var thrower = MethodInvoker.Create(typeof(int).GetMethod("Parse", new[] { typeof(string) })!);
try { thrower.Invoke(null, "x"); } catch (FormatException e) { Console.WriteLine("not wrapped: " + e.GetType().Name); }
try { thrower.Invoke(null); } catch (TargetParameterCountException e) { Console.WriteLine(e.GetType().Name); }
var sbCtor = ConstructorInvoker.Create(typeof(StringBuilder).GetConstructor(new[] { typeof(string) })!);
Console.WriteLine(((StringBuilder)sbCtor.Invoke("built")).Append('!'));

// time zones
// (which zones a machine has depends on its tz database: only UTC is printed)
var zones = TimeZoneInfo.GetSystemTimeZones();
Console.WriteLine((zones.Count > 0) + " " + zones.Any(z => z.BaseUtcOffset == TimeSpan.Zero));
Console.WriteLine(TimeZoneInfo.TryFindSystemTimeZoneById("UTC", out var utc) + " " + utc!.BaseUtcOffset + " " + TimeZoneInfo.TryFindSystemTimeZoneById("Nowhere/City", out _));

// IXmlSerializable through an XmlWriter of our own
var point = new XmlPoint { X = 3, Y = -4 };
var writer = new TextXmlWriter();
writer.WriteStartElement("point");
((IXmlSerializable)point).WriteXml(writer);
writer.WriteEndElement();
Console.WriteLine(writer.Text + " schema null: " + (((IXmlSerializable)point).GetSchema() == null));
var attr = (XmlSchemaProviderAttribute)typeof(XmlPoint).GetCustomAttributes(typeof(XmlSchemaProviderAttribute), false)[0];
Console.WriteLine(attr.MethodName + " " + attr.IsAny + " " + new XmlQualifiedName("p", "urn:x") + " " + (new XmlQualifiedName("p", "urn:x") == new XmlQualifiedName("p", "urn:x")));

[XmlSchemaProvider("Schema", IsAny = false)]
public class XmlPoint : IXmlSerializable
{
    public int X, Y;
    public System.Xml.Schema.XmlSchema? GetSchema() => null;
    public void ReadXml(XmlReader reader) => throw new NotImplementedException();
    public void WriteXml(XmlWriter writer)
    {
        writer.WriteAttributeString("x", X.ToString());
        writer.WriteAttributeString("y", Y.ToString());
        writer.WriteElementString("norm", (X * X + Y * Y).ToString());
    }
}

// a tiny writer: elements, attributes and text, no escaping beyond what the test needs
public class TextXmlWriter : XmlWriter
{
    private readonly StringBuilder _sb = new();
    private readonly Stack<string> _open = new();
    private bool _inTag, _inAttr;
    public string Text => _sb.ToString();
    public override WriteState WriteState => _inAttr ? WriteState.Attribute : _inTag ? WriteState.Element : WriteState.Content;
    private void CloseTag() { if (_inTag) { _sb.Append('>'); _inTag = false; } }
    public override void WriteStartElement(string? prefix, string localName, string? ns) { CloseTag(); _sb.Append('<').Append(localName); _open.Push(localName); _inTag = true; }
    public override void WriteEndElement() { string n = _open.Pop(); if (_inTag) { _sb.Append("/>"); _inTag = false; } else _sb.Append("</").Append(n).Append('>'); }
    public override void WriteFullEndElement() { CloseTag(); _sb.Append("</").Append(_open.Pop()).Append('>'); }
    public override void WriteStartAttribute(string? prefix, string localName, string? ns) { _sb.Append(' ').Append(localName).Append("=\""); _inAttr = true; }
    public override void WriteEndAttribute() { _sb.Append('"'); _inAttr = false; }
    public override void WriteString(string? text) { if (!_inAttr) CloseTag(); _sb.Append(text); }
    public override void WriteStartDocument() { }
    public override void WriteStartDocument(bool standalone) { }
    public override void WriteEndDocument() { }
    public override void WriteDocType(string name, string? pubid, string? sysid, string? subset) { }
    public override void WriteCData(string? text) => WriteString(text);
    public override void WriteComment(string? text) { }
    public override void WriteProcessingInstruction(string name, string? text) { }
    public override void WriteEntityRef(string name) { }
    public override void WriteCharEntity(char ch) => WriteString(ch.ToString());
    public override void WriteWhitespace(string? ws) => WriteString(ws);
    public override void WriteSurrogateCharEntity(char lowChar, char highChar) { }
    public override void WriteChars(char[] buffer, int index, int count) => WriteString(new string(buffer, index, count));
    public override void WriteRaw(char[] buffer, int index, int count) => WriteString(new string(buffer, index, count));
    public override void WriteRaw(string data) => WriteString(data);
    public override void WriteBase64(byte[] buffer, int index, int count) => WriteString(Convert.ToBase64String(buffer, index, count));
    public override void Flush() { }
    public override string? LookupPrefix(string ns) => null;
}
