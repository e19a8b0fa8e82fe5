namespace System
{
    [Serializable]
    public sealed partial class Version : ICloneable, IComparable, IComparable<Version>, IEquatable<Version>
    {
        private readonly int _Major, _Minor, _Build = -1, _Revision = -1;

        public Version() { }
        public Version(int major, int minor)
        {
            if (major < 0) throw new ArgumentOutOfRangeException("major", "Version's parameters must be greater than or equal to zero.");
            if (minor < 0) throw new ArgumentOutOfRangeException("minor", "Version's parameters must be greater than or equal to zero.");
            _Major = major; _Minor = minor;
        }
        public Version(int major, int minor, int build) : this(major, minor)
        {
            if (build < 0) throw new ArgumentOutOfRangeException("build", "Version's parameters must be greater than or equal to zero.");
            _Build = build;
        }
        public Version(int major, int minor, int build, int revision) : this(major, minor, build)
        {
            if (revision < 0) throw new ArgumentOutOfRangeException("revision", "Version's parameters must be greater than or equal to zero.");
            _Revision = revision;
        }
        public Version(string version)
        {
            Version v = Parse(version);
            _Major = v._Major; _Minor = v._Minor; _Build = v._Build; _Revision = v._Revision;
        }

        public int Major { get { return _Major; } }
        public int Minor { get { return _Minor; } }
        public int Build { get { return _Build; } }
        public int Revision { get { return _Revision; } }
        public short MajorRevision { get { return (short)(_Revision >> 16); } }
        public short MinorRevision { get { return (short)(_Revision & 0xFFFF); } }

        public object Clone() { return new Version(this); }
        private Version(Version v) { _Major = v._Major; _Minor = v._Minor; _Build = v._Build; _Revision = v._Revision; }

        public static Version Parse(string input)
        {
            if (input == null) throw new ArgumentNullException("input");
            string[] parts = input.Split('.');
            if (parts.Length < 2 || parts.Length > 4) throw new ArgumentException("Version string portion was too short or too long.", "input");
            int[] n = new int[parts.Length];
            for (int i = 0; i < parts.Length; i++) n[i] = int.Parse(parts[i]);
            if (n.Length == 2) return new Version(n[0], n[1]);
            if (n.Length == 3) return new Version(n[0], n[1], n[2]);
            return new Version(n[0], n[1], n[2], n[3]);
        }

        public static bool TryParse(string input, out Version result)
        {
            try { result = Parse(input); return true; }
            catch (Exception) { result = null; return false; }
        }

        public int CompareTo(object version)
        {
            if (version == null) return 1;
            Version v = version as Version;
            if (v == null) throw new ArgumentException("Object must be of type Version.");
            return CompareTo(v);
        }

        public int CompareTo(Version value)
        {
            if ((object)value == (object)this) return 0;
            if ((object)value == null) return 1;
            if (_Major != value._Major) return _Major > value._Major ? 1 : -1;
            if (_Minor != value._Minor) return _Minor > value._Minor ? 1 : -1;
            if (_Build != value._Build) return _Build > value._Build ? 1 : -1;
            if (_Revision != value._Revision) return _Revision > value._Revision ? 1 : -1;
            return 0;
        }

        public override bool Equals(object obj) { return Equals(obj as Version); }
        public bool Equals(Version obj)
        {
            return (object)obj == (object)this || ((object)obj != null && _Major == obj._Major && _Minor == obj._Minor && _Build == obj._Build && _Revision == obj._Revision);
        }

        public override int GetHashCode()
        {
            int h = 0;
            h |= (_Major & 0x0000000F) << 28;
            h |= (_Minor & 0x000000FF) << 20;
            h |= (_Build & 0x000000FF) << 12;
            h |= (_Revision & 0x00000FFF);
            return h;
        }

        public override string ToString() { return ToString(_Build == -1 ? 2 : _Revision == -1 ? 3 : 4); }

        public string ToString(int fieldCount)
        {
            switch (fieldCount)
            {
                case 0: return string.Empty;
                case 1: return _Major.ToString();
                case 2: return _Major + "." + _Minor;
                default:
                    if (fieldCount > 4 || fieldCount < 0) throw new ArgumentException("Argument must be between 0 and 4.", "fieldCount");
                    if (_Build == -1 || (fieldCount == 4 && _Revision == -1)) throw new ArgumentException("Argument must be between 0 and " + (_Build == -1 ? 2 : 3) + ".", "fieldCount");
                    if (fieldCount == 3) return _Major + "." + _Minor + "." + _Build;
                    if (fieldCount == 4) return _Major + "." + _Minor + "." + _Build + "." + _Revision;
                    throw new ArgumentException("Argument must be between 0 and 4.", "fieldCount");
            }
        }

        public static bool operator ==(Version v1, Version v2) { if ((object)v1 == null) return (object)v2 == null; return v1.Equals(v2); }
        public static bool operator !=(Version v1, Version v2) { return !(v1 == v2); }
        public static bool operator <(Version v1, Version v2) { if ((object)v1 == null) return (object)v2 != null; return v1.CompareTo(v2) < 0; }
        public static bool operator <=(Version v1, Version v2) { if ((object)v1 == null) return true; return v1.CompareTo(v2) <= 0; }
        public static bool operator >(Version v1, Version v2) { return v2 < v1; }
        public static bool operator >=(Version v1, Version v2) { return v2 <= v1; }
    }
}
