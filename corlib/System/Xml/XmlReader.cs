// System.Xml.XmlReader: the abstract reader API that IXmlSerializable names.
// Cilantro has no XML parser: a library can implement XmlReader itself, and
// the members here built on the abstract ones work for such a reader, but
// XmlReader.Create throws PlatformNotSupportedException (docs/libraries.md).
namespace System.Xml
{
    [System.Runtime.CompilerServices.FrameworkShape]
    public enum XmlNodeType
    {
        None, Element, Attribute, Text, CDATA, EntityReference, Entity, ProcessingInstruction, Comment,
        Document, DocumentType, DocumentFragment, Notation, Whitespace, SignificantWhitespace, EndElement, EndEntity, XmlDeclaration
    }

    [System.Runtime.CompilerServices.FrameworkShape]
    public enum ReadState { Initial, Interactive, Error, EndOfFile, Closed }

    [System.Runtime.CompilerServices.FrameworkShape]
    public abstract class XmlReader : IDisposable
    {
        protected XmlReader() { }

        public abstract XmlNodeType NodeType { get; }
        public abstract string LocalName { get; }
        public abstract string NamespaceURI { get; }
        public abstract string Prefix { get; }
        public abstract string Value { get; }
        public abstract int Depth { get; }
        public abstract string BaseURI { get; }
        public abstract bool IsEmptyElement { get; }
        public abstract int AttributeCount { get; }
        public abstract bool EOF { get; }
        public abstract ReadState ReadState { get; }
        public abstract XmlNameTable NameTable { get; }

        public virtual string Name { get { return Prefix.Length == 0 ? LocalName : Prefix + ":" + LocalName; } }
        public virtual bool HasValue
        {
            get
            {
                switch (NodeType)
                {
                    case XmlNodeType.Attribute: case XmlNodeType.Text: case XmlNodeType.CDATA: case XmlNodeType.ProcessingInstruction:
                    case XmlNodeType.Comment: case XmlNodeType.DocumentType: case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace: case XmlNodeType.XmlDeclaration:
                        return true;
                    default: return false;
                }
            }
        }
        public virtual bool HasAttributes { get { return AttributeCount > 0; } }
        public virtual string this[string name] { get { return GetAttribute(name); } }

        public abstract string GetAttribute(string name);
        public abstract string GetAttribute(string name, string namespaceURI);
        public abstract string GetAttribute(int i);
        public abstract bool MoveToAttribute(string name);
        public abstract bool MoveToAttribute(string name, string ns);
        public abstract bool MoveToFirstAttribute();
        public abstract bool MoveToNextAttribute();
        public abstract bool MoveToElement();
        public abstract bool ReadAttributeValue();
        public abstract bool Read();
        public abstract string LookupNamespace(string prefix);
        public abstract void ResolveEntity();
        public virtual void Close() { }

        public virtual void MoveToAttribute(int i)
        {
            if (i < 0 || i >= AttributeCount) throw new ArgumentOutOfRangeException("i");
            MoveToFirstAttribute();
            for (int k = 0; k < i; k++) MoveToNextAttribute();
        }

        public virtual XmlNodeType MoveToContent()
        {
            do
            {
                switch (NodeType)
                {
                    case XmlNodeType.Attribute: MoveToElement(); return NodeType;
                    case XmlNodeType.Element: case XmlNodeType.EndElement: case XmlNodeType.CDATA:
                    case XmlNodeType.Text: case XmlNodeType.EntityReference: case XmlNodeType.EndEntity:
                        return NodeType;
                }
            } while (Read());
            return NodeType;
        }

        public virtual bool IsStartElement() { return MoveToContent() == XmlNodeType.Element; }

        public virtual void ReadStartElement()
        {
            if (MoveToContent() != XmlNodeType.Element) throw new XmlException("'" + NodeType + "' is an invalid XmlNodeType.");
            Read();
        }

        public virtual void ReadEndElement()
        {
            if (MoveToContent() != XmlNodeType.EndElement) throw new XmlException("'" + NodeType + "' is an invalid XmlNodeType.");
            Read();
        }

        // Skips the current element with its children (or the current node).
        public virtual void Skip()
        {
            if (ReadState != ReadState.Interactive) return;
            MoveToElement();
            if (NodeType == XmlNodeType.Element && !IsEmptyElement)
            {
                int depth = Depth;
                while (Read() && depth < Depth) { }
                if (NodeType == XmlNodeType.EndElement) Read();
            }
            else Read();
        }

        // The text content of the current node and the text nodes after it.
        public virtual string ReadContentAsString()
        {
            var sb = new System.Text.StringBuilder();
            if (NodeType == XmlNodeType.Attribute) return Value;
            while (true)
            {
                switch (NodeType)
                {
                    case XmlNodeType.Text: case XmlNodeType.CDATA: case XmlNodeType.Whitespace: case XmlNodeType.SignificantWhitespace:
                        sb.Append(Value);
                        break;
                    case XmlNodeType.Comment: case XmlNodeType.ProcessingInstruction:
                        break;
                    default:
                        return sb.ToString();
                }
                if (!Read()) return sb.ToString();
            }
        }

        // <e>text</e>: the text, leaving the reader after the end tag.
        public virtual string ReadElementContentAsString()
        {
            if (MoveToContent() != XmlNodeType.Element) throw new XmlException("'" + NodeType + "' is an invalid XmlNodeType.");
            if (IsEmptyElement) { Read(); return string.Empty; }
            Read();
            string s = ReadContentAsString();
            if (NodeType != XmlNodeType.EndElement) throw new XmlException("'" + NodeType + "' is an invalid XmlNodeType.");
            Read();
            return s;
        }

        public virtual string ReadElementString()
        {
            return ReadElementContentAsString();
        }

        public void Dispose() { Dispose(true); }
        protected virtual void Dispose(bool disposing) { if (disposing && ReadState != ReadState.Closed) Close(); }

        public static XmlReader Create(string inputUri) { throw NoParser(); }
        public static XmlReader Create(System.IO.Stream input) { throw NoParser(); }
        public static XmlReader Create(System.IO.TextReader input) { throw NoParser(); }

        private static Exception NoParser()
        {
            return new PlatformNotSupportedException("System.Xml.XmlReader.Create is not supported on Cilantro: it has no XML parser (System.Xml holds only the abstract XmlReader/XmlWriter API).");
        }
    }

    [System.Runtime.CompilerServices.FrameworkShape]
    public abstract class XmlNameTable
    {
        public abstract string Add(string array);
        public abstract string Add(char[] array, int offset, int length);
        public abstract string Get(string array);
        public abstract string Get(char[] array, int offset, int length);
    }

    [System.Runtime.CompilerServices.FrameworkShape]
    public class XmlException : SystemException
    {
        public XmlException() : base("An XML error has occurred.") { }
        public XmlException(string message) : base(message) { }
        public XmlException(string message, Exception innerException) : base(message, innerException) { }
    }
}
