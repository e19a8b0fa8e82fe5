// .NET 10's framework XML (System.Private.Xml, System.Private.Xml.Linq) from
// the installed shared framework: LINQ to XML, XmlDocument with XPath,
// XmlWriter/XmlReader, namespaces, and an IXmlSerializable type written by the
// real XmlWriter (the corlib's XML shapes yield to the real types).
using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Serialization;
using System.Xml.XPath;

public class Temperature : IXmlSerializable
{
    public double Celsius;
    public System.Xml.Schema.XmlSchema? GetSchema() => null;
    public void ReadXml(XmlReader reader) { Celsius = double.Parse(reader.GetAttribute("c")!, System.Globalization.CultureInfo.InvariantCulture); reader.Read(); }
    public void WriteXml(XmlWriter writer) { writer.WriteAttributeString("c", Celsius.ToString(System.Globalization.CultureInfo.InvariantCulture)); writer.WriteString((Celsius * 9 / 5 + 32) + "F"); }
}

public static class Program
{
    static void Main()
    {
        Linq();
        Dom();
        WriterReader();
        Serializable();
        Errors();
    }

    static void Linq()
    {
        Console.WriteLine("== LINQ to XML");
        XNamespace ns = "urn:shop";
        var catalog = new XElement(ns + "catalog", new XAttribute(XNamespace.Xmlns + "s", ns.NamespaceName),
            Enumerable.Range(1, 5).Select(i => new XElement(ns + "item",
                new XAttribute("id", "i" + i * 7),
                new XAttribute("price", (i * 2.5).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new XElement(ns + "name", "Item <" + i + "> & co"),
                i % 2 == 0 ? new XElement(ns + "tag", "even") : null)));
        var doc = new XDocument(new XDeclaration("1.0", "utf-8", null), new XComment(" generated "), catalog);
        Console.WriteLine(doc.ToString());
        Console.WriteLine(doc.Declaration);
        var expensive = catalog.Elements(ns + "item").Where(e => (double)e.Attribute("price")! > 5).Select(e => (string)e.Attribute("id")!);
        Console.WriteLine(string.Join(",", expensive) + " " + catalog.Descendants(ns + "tag").Count() + " " + catalog.Elements().Sum(e => (double)e.Attribute("price")!));
        var parsed = XElement.Parse("<r><a x='1'>one</a><b><a x='2'>two</a></b><!-- c --><![CDATA[<raw>]]></r>");
        foreach (var a in parsed.Descendants("a")) Console.Write(a.Attribute("x")!.Value + "=" + a.Value + " ");
        Console.WriteLine(parsed.Nodes().Count() + " " + parsed.Nodes().OfType<XCData>().First().Value);
        parsed.Element("a")!.SetAttributeValue("x", null);
        parsed.Element("b")!.ReplaceWith(new XElement("c", 3));
        parsed.Add(new XElement("d", new XElement("e", true)));
        Console.WriteLine(parsed.ToString(SaveOptions.DisableFormatting));
        Console.WriteLine(XNode.DeepEquals(XElement.Parse("<x a='1'><y/></x>"), XElement.Parse("<x a=\"1\"><y></y></x>")) + " " + parsed.XPathSelectElement("d/e")!.Value);
    }

    static void Dom()
    {
        Console.WriteLine("== XmlDocument");
        var xd = new XmlDocument();
        xd.LoadXml("<library><book year='1999' lang='en'><title>A</title><price>10.5</price></book><book year='2005'><title>B</title><price>7</price></book><book year='2012' lang='fr'><title>C</title><price>21</price></book></library>");
        foreach (XmlNode b in xd.SelectNodes("/library/book[@year > 2000]")!) Console.Write(b["title"]!.InnerText + " ");
        Console.WriteLine();
        var nav = xd.CreateNavigator()!;
        Console.WriteLine(nav.Evaluate("sum(/library/book/price)") + " " + nav.Evaluate("count(//book[@lang])") + " " + nav.Evaluate("string(//book[last()]/title)"));
        var book = xd.CreateElement("book");
        book.SetAttribute("year", "2024");
        book.AppendChild(xd.CreateElement("title")).InnerText = "D & E";
        xd.DocumentElement!.PrependChild(book);
        xd.DocumentElement.RemoveChild(xd.DocumentElement.LastChild!);
        Console.WriteLine(xd.OuterXml);
        Console.WriteLine(xd.DocumentElement.ChildNodes.Count + " " + xd.GetElementsByTagName("title").Count + " " + xd.DocumentElement.FirstChild!.Attributes!["year"]!.Value);
    }

    static void WriterReader()
    {
        Console.WriteLine("== XmlWriter / XmlReader");
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            w.WriteStartElement("p", "root", "urn:p");
            for (int i = 0; i < 3; i++)
            {
                w.WriteStartElement("row");
                w.WriteAttributeString("n", (i * i).ToString());
                w.WriteString("v<" + i + ">");
                w.WriteEndElement();
            }
            w.WriteElementString("empty", "");
            w.WriteCData("a]]b");
            w.WriteEndElement();
        }
        Console.WriteLine(sb);
        using var r = XmlReader.Create(new StringReader(sb.ToString()));
        var seen = new StringBuilder();
        while (r.Read())
        {
            if (r.NodeType == XmlNodeType.Element) seen.Append('<').Append(r.LocalName).Append(r.HasAttributes ? "@" + r.GetAttribute("n") : "").Append(r.IsEmptyElement ? "/" : "").Append(' ');
            else if (r.NodeType == XmlNodeType.Text || r.NodeType == XmlNodeType.CDATA) seen.Append('"').Append(r.Value).Append("\" ");
        }
        Console.WriteLine(seen.ToString().TrimEnd() + " | " + XmlConvert.ToString(12.5) + " " + XmlConvert.EncodeName("a b") + " " + XmlConvert.ToBoolean("1"));
    }

    static void Serializable()
    {
        Console.WriteLine("== IXmlSerializable");
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            w.WriteStartElement("t");
            ((IXmlSerializable)new Temperature { Celsius = 21.5 }).WriteXml(w);
            w.WriteEndElement();
        }
        Console.WriteLine(sb);
        var back = new Temperature();
        using (var r = XmlReader.Create(new StringReader(sb.ToString()))) { r.MoveToContent(); back.ReadXml(r); }
        Console.WriteLine(back.Celsius);
    }

    static void Errors()
    {
        Console.WriteLine("== errors");
        foreach (var bad in new[] { "<a><b></a>", "<a x='1' x='2'/>", "text", "<a>&bogus;</a>" })
        {
            try { XDocument.Parse(bad); Console.WriteLine("parsed"); }
            catch (XmlException e) { Console.WriteLine("XmlException " + e.LineNumber + ":" + e.LinePosition); }
        }
    }
}
