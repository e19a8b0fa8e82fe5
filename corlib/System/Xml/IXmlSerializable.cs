// The XML-serialization shapes that libraries implement (NodaTime's values
// do): IXmlSerializable, XmlSchemaProviderAttribute, XmlQualifiedName and
// the XmlSchema class that GetSchema returns. Cilantro has no XmlSerializer
// and no schema model; these exist so that such types load and run.
namespace System.Xml.Serialization
{
    [System.Runtime.CompilerServices.FrameworkShape]
    public interface IXmlSerializable
    {
        System.Xml.Schema.XmlSchema GetSchema();
        void ReadXml(XmlReader reader);
        void WriteXml(XmlWriter writer);
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface)]
    [System.Runtime.CompilerServices.FrameworkShape]
    public sealed class XmlSchemaProviderAttribute : Attribute
    {
        public XmlSchemaProviderAttribute(string methodName) { MethodName = methodName; }
        public string MethodName { get; }
        public bool IsAny { get; set; }
    }
}

namespace System.Xml.Schema
{
    // An XML schema document. Cilantro has no schema object model: only the
    // type exists (IXmlSerializable.GetSchema returns it, usually null).
    [System.Runtime.CompilerServices.FrameworkShape]
    public class XmlSchema
    {
        public XmlSchema() { }
        public string TargetNamespace { get; set; }
        public string Id { get; set; }
        public string Version { get; set; }
    }
}

namespace System.Xml
{
    [System.Runtime.CompilerServices.FrameworkShape]
    public class XmlQualifiedName
    {
        public static readonly XmlQualifiedName Empty = new XmlQualifiedName(string.Empty);

        public XmlQualifiedName() : this(string.Empty, string.Empty) { }
        public XmlQualifiedName(string name) : this(name, string.Empty) { }
        public XmlQualifiedName(string name, string ns) { Name = name ?? string.Empty; Namespace = ns ?? string.Empty; }

        public string Name { get; }
        public string Namespace { get; }
        public bool IsEmpty { get { return Name.Length == 0 && Namespace.Length == 0; } }

        public override string ToString() { return Namespace.Length == 0 ? Name : Namespace + ":" + Name; }
        public static string ToString(string name, string ns) { return ns == null || ns.Length == 0 ? name : ns + ":" + name; }
        public override bool Equals(object other)
        {
            XmlQualifiedName q = other as XmlQualifiedName;
            return (object)q != null && q.Name == Name && q.Namespace == Namespace;
        }
        public override int GetHashCode() { return Name.GetHashCode(); }
        public static bool operator ==(XmlQualifiedName a, XmlQualifiedName b)
        {
            if ((object)a == (object)b) return true;
            if ((object)a == null || (object)b == null) return false;
            return a.Name == b.Name && a.Namespace == b.Namespace;
        }
        public static bool operator !=(XmlQualifiedName a, XmlQualifiedName b) { return !(a == b); }
    }
}
