// Assembly through reflection: one RuntimeAssembly per loaded assembly
// (runtime Assembly*), its name, types, entry point and custom attributes.
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System.Reflection
{
    public partial class Assembly : ICustomAttributeProvider
    {
        public virtual string FullName { get { return null; } }
        public virtual AssemblyName GetName() { return new AssemblyName(FullName); }
        public virtual AssemblyName GetName(bool copiedName) { return GetName(); }
        public virtual Type[] GetTypes() { throw new NotSupportedException(); }
        public virtual Type[] GetExportedTypes()
        {
            List<Type> r = new List<Type>();
            foreach (Type t in GetTypes()) if (t.IsVisible) r.Add(t);
            return r.ToArray();
        }
        public virtual IEnumerable<TypeInfo> DefinedTypes { get { List<TypeInfo> r = new List<TypeInfo>(); foreach (Type t in GetTypes()) r.Add((TypeInfo)t); return r; } }
        public virtual IEnumerable<Type> ExportedTypes { get { return GetExportedTypes(); } }
        public virtual Type GetType(string name) { return GetType(name, false, false); }
        public virtual Type GetType(string name, bool throwOnError) { return GetType(name, throwOnError, false); }
        public virtual Type GetType(string name, bool throwOnError, bool ignoreCase) { throw new NotSupportedException(); }
        public virtual MethodInfo EntryPoint { get { return null; } }
        public virtual string Location { get { return ""; } }
        public virtual string ImageRuntimeVersion { get { return "v4.0.30319"; } }
        public virtual bool IsDynamic { get { return false; } }
        // Cilantro never unloads an assembly (there are no collectible load contexts)
        public virtual bool IsCollectible { get { return false; } }
        public bool IsFullyTrusted { get { return true; } }
        public virtual bool ReflectionOnly { get { return false; } }
        public virtual bool GlobalAssemblyCache { get { return false; } }
        public virtual object[] GetCustomAttributes(bool inherit) { return CustomAttributeReader.Get(this, null, false); }
        public virtual object[] GetCustomAttributes(Type attributeType, bool inherit)
        {
            if (attributeType == null) throw new ArgumentNullException("attributeType");
            return CustomAttributeReader.Get(this, attributeType, false);
        }
        public virtual bool IsDefined(Type attributeType, bool inherit) { return CustomAttributeReader.IsDefined(this, attributeType, false); }
        public virtual IList<CustomAttributeData> GetCustomAttributesData() { return CustomAttributeReader.DataList(this); }
        public virtual IEnumerable<CustomAttributeData> CustomAttributes { get { return GetCustomAttributesData(); } }
        public virtual string[] GetManifestResourceNames() { return new string[0]; }
        public virtual System.IO.Stream GetManifestResourceStream(string name) { return null; }
        public virtual System.IO.Stream GetManifestResourceStream(Type type, string name) { return GetManifestResourceStream((type != null && type.Namespace != null ? type.Namespace + "." : "") + name); }
        public override string ToString() { return FullName; }

        public static Assembly GetAssembly(Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            return type.Assembly;
        }
        public static Assembly GetEntryAssembly() { return RuntimeAssembly.For(RuntimeAssembly.InternalGetEntry()); }
        // The assembly of the method that calls this one (icall_diagnostics.c walks the frames).
        public static Assembly GetExecutingAssembly() { return RuntimeAssembly.For(RuntimeAssembly.InternalGetCallerAssembly(0)); }
        public static Assembly GetCallingAssembly() { return RuntimeAssembly.For(RuntimeAssembly.InternalGetCallerAssembly(1)) ?? GetExecutingAssembly(); }
        public static Assembly Load(string assemblyString)
        {
            if (assemblyString == null) throw new ArgumentNullException("assemblyString");
            return Load(new AssemblyName(assemblyString));
        }
        // An image given as bytes or read from the host file system. Its
        // references resolve by name like the program's (assemblies already
        // loaded, the corlib); one whose name is already loaded is that one.
        public static Assembly Load(byte[] rawAssembly)
        {
            if (rawAssembly == null) throw new ArgumentNullException("rawAssembly");
            if (rawAssembly.Length == 0) throw new BadImageFormatException("Bad IL format.");
            return LoadImage(rawAssembly, null, null);
        }

        public static Assembly Load(byte[] rawAssembly, byte[] rawSymbolStore) { return Load(rawAssembly); }

        public static Assembly LoadFrom(string assemblyFile)
        {
            if (assemblyFile == null) throw new ArgumentNullException("assemblyFile");
            if (assemblyFile.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "assemblyFile");
            return LoadPath(System.IO.Path.GetFullPath(assemblyFile));
        }

        public static Assembly LoadFile(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (path.Length == 0 || path[0] != '/') throw new ArgumentException("Path \"" + path + "\" is not an absolute path.", "path");
            return LoadPath(System.IO.Path.GetFullPath(path));
        }

        private static Assembly LoadPath(string full)
        {
            byte[] bytes;
            try { bytes = System.IO.File.ReadAllBytes(full); }
            catch (System.IO.FileNotFoundException) { throw new System.IO.FileNotFoundException("Could not load file or assembly '" + full + "'. The system cannot find the file specified.", full); }
            catch (System.IO.DirectoryNotFoundException) { throw new System.IO.FileNotFoundException("Could not load file or assembly '" + full + "'. The system cannot find the file specified.", full); }
            return LoadImage(bytes, full, full);
        }

        private static Assembly LoadImage(byte[] bytes, string fileName, string shownPath)
        {
            string[] error = new string[1];
            IntPtr a = RuntimeAssembly.InternalLoadBytes(bytes, error, fileName);
            if (a == IntPtr.Zero)
            {
                if (shownPath != null) throw new BadImageFormatException("Could not load file or assembly '" + shownPath + "'. An attempt was made to load a program with an incorrect format.", shownPath);
                throw new BadImageFormatException("Bad IL format.");
            }
            return RuntimeAssembly.For(a);
        }

        public static Assembly Load(AssemblyName assemblyRef)
        {
            if (assemblyRef == null) throw new ArgumentNullException("assemblyRef");
            Assembly a = RuntimeAssembly.For(RuntimeAssembly.InternalByName(assemblyRef.Name));
            if (a == null) throw new System.IO.FileNotFoundException("Could not load file or assembly '" + assemblyRef.FullName + "'. The system cannot find the file specified.");
            return a;
        }
    }

    internal sealed class RuntimeAssembly : Assembly
    {
        internal readonly IntPtr _ptr;
        private static readonly Dictionary<IntPtr, RuntimeAssembly> s_all = new Dictionary<IntPtr, RuntimeAssembly>();

        [MethodImpl(MethodImplOptions.InternalCall)] private static extern Type[] InternalGetTypes(IntPtr assembly);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr InternalByName(string name);
        // The loaded assembly of that name itself, even for a framework name the corlib answers for
        // (a real System.Text.Json beside the app or from the shared framework); IntPtr.Zero if none.
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr InternalLoadedByName(string name);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string InternalGetName(IntPtr assembly);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string InternalGetVersion(IntPtr assembly);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr InternalGetEntry();
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr InternalGetCallerAssembly(int depth);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string InternalGetFileName(IntPtr assembly);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr InternalLoadBytes(byte[] raw, string[] error, string fileName);

        private RuntimeAssembly(IntPtr ptr) { _ptr = ptr; }

        internal static RuntimeAssembly For(IntPtr ptr)
        {
            if (ptr == IntPtr.Zero) return null;
            lock (s_all)
            {
                RuntimeAssembly a;
                if (!s_all.TryGetValue(ptr, out a)) { a = new RuntimeAssembly(ptr); s_all[ptr] = a; }
                return a;
            }
        }

        public override string FullName { get { return InternalGetName(_ptr) + ", Version=" + InternalGetVersion(_ptr) + ", Culture=neutral, PublicKeyToken=null"; } }
        public override AssemblyName GetName()
        {
            AssemblyName n = new AssemblyName();
            n.Name = InternalGetName(_ptr);
            n.Version = new Version(InternalGetVersion(_ptr));
            return n;
        }
        public override Type[] GetTypes() { return InternalGetTypes(_ptr); }

        // The full path of the file it was loaded from; "" when it came from bytes
        // or from somewhere that is not a file here (a URL in a page), as on .NET.
        public override string Location
        {
            get
            {
                string f = InternalGetFileName(_ptr);
                if (string.IsNullOrEmpty(f) || f[0] == '<' || f.IndexOf("://", StringComparison.Ordinal) >= 0) return "";
                try { return System.IO.File.Exists(f) ? System.IO.Path.GetFullPath(f) : ""; }
                catch (Exception) { return ""; }
            }
        }
        public override Type GetType(string name, bool throwOnError, bool ignoreCase)
        {
            if (name == null) throw new ArgumentNullException("name");
            int pos = 0;
            Type t = TypeNameParser.Parse(name, ref pos, _ptr, false);
            if (t != null && t.Assembly != this && name.IndexOf('[') < 0) t = null;
            if (t == null && throwOnError) throw new TypeLoadException("Could not load type '" + name + "' from assembly '" + FullName + "'.");
            return t;
        }
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string[] InternalGetResourceNames(IntPtr assembly);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern byte[] InternalGetResource(IntPtr assembly, string name);
        public override string[] GetManifestResourceNames() { return InternalGetResourceNames(_ptr); }
        public override System.IO.Stream GetManifestResourceStream(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            byte[] bytes = InternalGetResource(_ptr, name);
            return bytes == null ? null : new System.IO.MemoryStream(bytes, false);
        }
        public override MethodInfo EntryPoint { get { return null; } }
        public override bool Equals(object o) { RuntimeAssembly a = o as RuntimeAssembly; return a != null && a._ptr == _ptr; }
        public override int GetHashCode() { return _ptr.GetHashCode(); }
    }

    public sealed class AssemblyName
    {
        private string _name;
        private Version _version;
        private string _culture;
        public AssemblyName() { }
        public AssemblyName(string assemblyName)
        {
            if (assemblyName == null) throw new ArgumentNullException("assemblyName");
            if (assemblyName.Length == 0 || assemblyName[0] == '\0') throw new ArgumentException("String cannot have zero length.");
            string[] parts = assemblyName.Split(',');
            _name = parts[0].Trim();
            for (int i = 1; i < parts.Length; i++)
            {
                string p = parts[i].Trim();
                int eq = p.IndexOf('=');
                if (eq < 0) throw new System.IO.FileLoadException("The given assembly name was invalid.");
                string key = p.Substring(0, eq).Trim(), value = p.Substring(eq + 1).Trim();
                if (string.Equals(key, "Version", StringComparison.OrdinalIgnoreCase)) _version = new Version(value);
                else if (string.Equals(key, "Culture", StringComparison.OrdinalIgnoreCase)) _culture = value == "neutral" ? "" : value;
            }
        }
        public string Name { get { return _name; } set { _name = value; } }
        public Version Version { get { return _version; } set { _version = value; } }
        public string CultureName { get { return _culture; } set { _culture = value; } }
        public string FullName
        {
            get
            {
                if (_name == null) return "";
                string s = _name;
                if (_version != null) s += ", Version=" + _version;
                if (_culture != null) s += ", Culture=" + (_culture.Length == 0 ? "neutral" : _culture);
                return s;
            }
        }
        public byte[] GetPublicKeyToken() { return new byte[0]; }
        public override string ToString() { return FullName; }
    }
}
