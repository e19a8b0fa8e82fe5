// ResourceManager over the neutral resources embedded in an assembly
// ("<baseName>.resources", the binary .resources format read by
// ResourceReader). The current culture is the invariant one, so satellite
// assemblies are never consulted.
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;

namespace System.Resources
{
    public class ResourceManager
    {
        private readonly Assembly _assembly;
        private readonly string _baseName;
        private Dictionary<string, object> _table;
        private Dictionary<string, object> _tableIgnoreCase;

        protected ResourceManager() { }
        public ResourceManager(string baseName, Assembly assembly)
        {
            if (baseName == null) throw new ArgumentNullException("baseName");
            if (assembly == null) throw new ArgumentNullException("assembly");
            _baseName = baseName; _assembly = assembly;
        }
        public ResourceManager(string baseName, Assembly assembly, Type usingResourceSet) : this(baseName, assembly) { }
        public ResourceManager(Type resourceSource)
        {
            if (resourceSource == null) throw new ArgumentNullException("resourceSource");
            _baseName = resourceSource.FullName; _assembly = resourceSource.Assembly;
        }

        public virtual string BaseName { get { return _baseName; } }
        public virtual bool IgnoreCase { get; set; }
        public virtual Type ResourceSetType { get { return typeof(ResourceSet); } }

        private Dictionary<string, object> Table()
        {
            if (_table != null) return _table;
            string file = _baseName + ".resources";
            Stream s = _assembly.GetManifestResourceStream(file);
            if (s == null)
                throw new MissingManifestResourceException("Could not find the resource \"" + file + "\" among the resources embedded in the assembly \"" + _assembly.GetName().Name + "\", nor among the resources in any satellite assemblies for the specified culture. Perhaps the resources were embedded with an incorrect name.");
            Dictionary<string, object> t = new Dictionary<string, object>();
            using (ResourceReader r = new ResourceReader(s))
            {
                IDictionaryEnumerator e = r.GetEnumerator();
                while (e.MoveNext()) t[(string)e.Key] = e.Value;
            }
            _table = t;
            return t;
        }

        public virtual object GetObject(string name) { return GetObject(name, null); }
        public virtual object GetObject(string name, CultureInfo culture)
        {
            if (name == null) throw new ArgumentNullException("name");
            Dictionary<string, object> t = Table();
            object v;
            if (t.TryGetValue(name, out v)) return v;
            if (IgnoreCase)
            {
                if (_tableIgnoreCase == null)
                {
                    _tableIgnoreCase = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
                    foreach (KeyValuePair<string, object> kv in t) _tableIgnoreCase[kv.Key] = kv.Value;
                }
                if (_tableIgnoreCase.TryGetValue(name, out v)) return v;
            }
            return null;
        }
        public virtual string GetString(string name) { return GetString(name, null); }
        public virtual string GetString(string name, CultureInfo culture)
        {
            object v = GetObject(name, culture);
            if (v != null && !(v is string)) throw new InvalidOperationException("Resource '" + name + "' was not a String - call GetObject instead.");
            return (string)v;
        }
        public virtual void ReleaseAllResources() { _table = null; _tableIgnoreCase = null; }
    }

    public class ResourceSet : IDisposable, IEnumerable
    {
        protected ResourceSet() { }
        public void Dispose() { }
        IEnumerator IEnumerable.GetEnumerator() { return new Hashtable().GetEnumerator(); }
    }

    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class NeutralResourcesLanguageAttribute : Attribute
    {
        public NeutralResourcesLanguageAttribute(string cultureName) { CultureName = cultureName; }
        public NeutralResourcesLanguageAttribute(string cultureName, UltimateResourceFallbackLocation location) { CultureName = cultureName; Location = location; }
        public string CultureName { get; }
        public UltimateResourceFallbackLocation Location { get; }
    }

    public enum UltimateResourceFallbackLocation { MainAssembly, Satellite }

    // The .resources format: a header naming the reader, then (version 2) the
    // resource count, the type table, name hashes and positions, and the data
    // section; names are UTF-16 with a 7-bit length, values a 7-bit type code
    // followed by the primitive (strings UTF-8 with a 7-bit length).
    public sealed class ResourceReader : IResourceReader
    {
        private readonly BinaryReader _r;
        private readonly List<KeyValuePair<string, object>> _items = new List<KeyValuePair<string, object>>();

        public ResourceReader(Stream stream)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            _r = new BinaryReader(stream, Encoding.UTF8);
            Read();
        }

        private static BadImageFormatException Bad() { return new BadImageFormatException("Stream is not a valid resource file."); }

        private void Read()
        {
            if (_r.ReadUInt32() != 0xBEEFCACE) throw Bad();
            _r.ReadInt32();                       // resource manager header version
            int skip = _r.ReadInt32();
            _r.BaseStream.Seek(skip, SeekOrigin.Current);
            int version = _r.ReadInt32();
            if (version != 1 && version != 2) throw Bad();
            int count = _r.ReadInt32();
            int typeCount = _r.ReadInt32();
            string[] types = new string[typeCount];
            for (int i = 0; i < typeCount; i++) types[i] = _r.ReadString();
            while ((_r.BaseStream.Position & 7) != 0) _r.ReadByte();
            _r.BaseStream.Seek(4L * count, SeekOrigin.Current);   // name hashes
            int[] positions = new int[count];
            for (int i = 0; i < count; i++) positions[i] = _r.ReadInt32();
            int dataStart = _r.ReadInt32();
            long namesStart = _r.BaseStream.Position;
            for (int i = 0; i < count; i++)
            {
                _r.BaseStream.Position = namesStart + positions[i];
                int len = Read7Bit();
                string name = Encoding.Unicode.GetString(_r.ReadBytes(len));
                int dataOffset = _r.ReadInt32();
                _r.BaseStream.Position = dataStart + dataOffset;
                _items.Add(new KeyValuePair<string, object>(name, ReadValue(version, types)));
            }
        }

        private int Read7Bit()
        {
            int v = 0, shift = 0;
            byte b;
            do { b = _r.ReadByte(); v |= (b & 0x7F) << shift; shift += 7; } while ((b & 0x80) != 0 && shift < 35);
            return v;
        }

        private object ReadValue(int version, string[] types)
        {
            int code = Read7Bit();
            if (version == 1)
            {
                if (code == -1) return null;
                string type = types[code];
                if (type.StartsWith("System.String")) return _r.ReadString();
                throw new NotSupportedException("Resource values of type " + type + " are not supported.");
            }
            switch (code)
            {
                case 0: return null;
                case 1: return _r.ReadString();
                case 2: return _r.ReadBoolean();
                case 3: return (char)_r.ReadUInt16();
                case 4: return _r.ReadByte();
                case 5: return _r.ReadSByte();
                case 6: return _r.ReadInt16();
                case 7: return _r.ReadUInt16();
                case 8: return _r.ReadInt32();
                case 9: return _r.ReadUInt32();
                case 10: return _r.ReadInt64();
                case 11: return _r.ReadUInt64();
                case 12: return _r.ReadSingle();
                case 13: return _r.ReadDouble();
                case 14: return _r.ReadDecimal();
                case 15: return new DateTime(_r.ReadInt64());
                case 16: return new TimeSpan(_r.ReadInt64());
                case 32: return _r.ReadBytes(_r.ReadInt32());
                case 33: return new MemoryStream(_r.ReadBytes(_r.ReadInt32()), false);
            }
            throw new NotSupportedException("Serialized resource values (type code " + code + ") are not supported.");
        }

        public IDictionaryEnumerator GetEnumerator()
        {
            Hashtable h = new Hashtable();
            foreach (KeyValuePair<string, object> kv in _items) h[kv.Key] = kv.Value;
            return h.GetEnumerator();
        }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        public void Close() { _r.Dispose(); }
        public void Dispose() { Close(); }
    }

    public interface IResourceReader : IEnumerable, IDisposable
    {
        void Close();
        new IDictionaryEnumerator GetEnumerator();
    }
}
