// System.Xml.XmlWriter: the abstract writer API that IXmlSerializable names.
// A library can implement it; WriteAttributeString and WriteElementString are
// built on the abstract members. XmlWriter.Create throws
// PlatformNotSupportedException: Cilantro has no XML writer of its own.
namespace System.Xml
{
    [System.Runtime.CompilerServices.FrameworkShape]
    public enum WriteState { Start, Prolog, Element, Attribute, Content, Closed, Error }

    [System.Runtime.CompilerServices.FrameworkShape]
    public abstract class XmlWriter : IDisposable
    {
        protected XmlWriter() { }

        public abstract WriteState WriteState { get; }
        public abstract void WriteStartDocument();
        public abstract void WriteStartDocument(bool standalone);
        public abstract void WriteEndDocument();
        public abstract void WriteDocType(string name, string pubid, string sysid, string subset);
        public abstract void WriteStartElement(string prefix, string localName, string ns);
        public abstract void WriteEndElement();
        public abstract void WriteFullEndElement();
        public abstract void WriteStartAttribute(string prefix, string localName, string ns);
        public abstract void WriteEndAttribute();
        public abstract void WriteCData(string text);
        public abstract void WriteComment(string text);
        public abstract void WriteProcessingInstruction(string name, string text);
        public abstract void WriteEntityRef(string name);
        public abstract void WriteCharEntity(char ch);
        public abstract void WriteWhitespace(string ws);
        public abstract void WriteString(string text);
        public abstract void WriteSurrogateCharEntity(char lowChar, char highChar);
        public abstract void WriteChars(char[] buffer, int index, int count);
        public abstract void WriteRaw(char[] buffer, int index, int count);
        public abstract void WriteRaw(string data);
        public abstract void WriteBase64(byte[] buffer, int index, int count);
        public abstract void Flush();
        public abstract string LookupPrefix(string ns);
        public virtual void Close() { }

        public void WriteStartElement(string localName) { WriteStartElement(null, localName, null); }
        public void WriteStartElement(string localName, string ns) { WriteStartElement(null, localName, ns); }
        public void WriteStartAttribute(string localName) { WriteStartAttribute(null, localName, null); }
        public void WriteStartAttribute(string localName, string ns) { WriteStartAttribute(null, localName, ns); }

        public void WriteAttributeString(string localName, string value) { WriteAttributeString(null, localName, null, value); }
        public void WriteAttributeString(string localName, string ns, string value) { WriteAttributeString(null, localName, ns, value); }
        public void WriteAttributeString(string prefix, string localName, string ns, string value)
        {
            WriteStartAttribute(prefix, localName, ns);
            WriteString(value);
            WriteEndAttribute();
        }

        public void WriteElementString(string localName, string value) { WriteElementString(null, localName, null, value); }
        public void WriteElementString(string localName, string ns, string value) { WriteElementString(null, localName, ns, value); }
        public void WriteElementString(string prefix, string localName, string ns, string value)
        {
            WriteStartElement(prefix, localName, ns);
            if (!string.IsNullOrEmpty(value)) WriteString(value);
            WriteEndElement();
        }

        public virtual void WriteValue(string value) { if (value != null) WriteString(value); }

        public void Dispose() { Dispose(true); }
        protected virtual void Dispose(bool disposing) { if (disposing && WriteState != WriteState.Closed) Close(); }

        public static XmlWriter Create(string outputFileName) { throw NoWriter(); }
        public static XmlWriter Create(System.IO.Stream output) { throw NoWriter(); }
        public static XmlWriter Create(System.IO.TextWriter output) { throw NoWriter(); }
        public static XmlWriter Create(System.Text.StringBuilder output) { throw NoWriter(); }

        private static Exception NoWriter()
        {
            return new PlatformNotSupportedException("System.Xml.XmlWriter.Create is not supported on Cilantro: it has no XML writer (System.Xml holds only the abstract XmlReader/XmlWriter API).");
        }
    }
}
