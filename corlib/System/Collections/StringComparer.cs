// StringComparer: ordinal and (approximate, see docs/corlib.md) invariant
// culture comparers, with and without case.
using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace System
{
    [Serializable]
    public abstract class StringComparer : IComparer, IEqualityComparer, IComparer<string>, IEqualityComparer<string>
    {
        private static readonly StringComparer s_ordinal = new OrdinalComparer(false);
        private static readonly StringComparer s_ordinalIgnoreCase = new OrdinalComparer(true);
        private static readonly StringComparer s_invariant = new CultureComparer(false);
        private static readonly StringComparer s_invariantIgnoreCase = new CultureComparer(true);

        public static StringComparer Ordinal { get { return s_ordinal; } }
        public static StringComparer OrdinalIgnoreCase { get { return s_ordinalIgnoreCase; } }
        public static StringComparer InvariantCulture { get { return s_invariant; } }
        public static StringComparer InvariantCultureIgnoreCase { get { return s_invariantIgnoreCase; } }
        public static StringComparer CurrentCulture { get { return s_invariant; } }
        public static StringComparer CurrentCultureIgnoreCase { get { return s_invariantIgnoreCase; } }

        public static StringComparer Create(CultureInfo culture, bool ignoreCase) { return ignoreCase ? s_invariantIgnoreCase : s_invariant; }

        public static StringComparer FromComparison(StringComparison comparisonType)
        {
            switch (comparisonType)
            {
                case StringComparison.CurrentCulture: return CurrentCulture;
                case StringComparison.CurrentCultureIgnoreCase: return CurrentCultureIgnoreCase;
                case StringComparison.InvariantCulture: return InvariantCulture;
                case StringComparison.InvariantCultureIgnoreCase: return InvariantCultureIgnoreCase;
                case StringComparison.Ordinal: return Ordinal;
                case StringComparison.OrdinalIgnoreCase: return OrdinalIgnoreCase;
                default: throw new ArgumentException("The string comparison type passed in is currently not supported.", "comparisonType");
            }
        }

        public int Compare(object x, object y)
        {
            if (x == y) return 0;
            if (x == null) return -1;
            if (y == null) return 1;
            string sa = x as string, sb = y as string;
            if (sa != null && sb != null) return Compare(sa, sb);
            IComparable ia = x as IComparable;
            if (ia != null) return ia.CompareTo(y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }

        public new bool Equals(object x, object y)
        {
            if (x == y) return true;
            if (x == null || y == null) return false;
            string sa = x as string, sb = y as string;
            if (sa != null && sb != null) return Equals(sa, sb);
            return x.Equals(y);
        }

        public int GetHashCode(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            string s = obj as string;
            return s != null ? GetHashCode(s) : obj.GetHashCode();
        }

        public abstract int Compare(string x, string y);
        public abstract bool Equals(string x, string y);
        public abstract int GetHashCode(string obj);

        // Case-insensitive hash without allocating an upper-cased copy.
        internal static int IgnoreCaseHash(string s) { return IgnoreCaseHash(s.AsSpan()); }

        internal static int IgnoreCaseHash(ReadOnlySpan<char> s)
        {
            int h = 5381;
            for (int i = 0; i < s.Length; i++) h = (h * 33) ^ char.ToUpperInvariant(s[i]);
            return h;
        }
    }

    [Serializable]
    internal sealed class OrdinalComparer : StringComparer, IAlternateEqualityComparer<ReadOnlySpan<char>, string?>
    {
        bool IAlternateEqualityComparer<ReadOnlySpan<char>, string?>.Equals(ReadOnlySpan<char> alternate, string? other)
        {
            if (other == null) return false;
            return _ignoreCase ? alternate.Equals(other.AsSpan(), StringComparison.OrdinalIgnoreCase) : alternate.SequenceEqual(other.AsSpan());
        }
        int IAlternateEqualityComparer<ReadOnlySpan<char>, string?>.GetHashCode(ReadOnlySpan<char> alternate)
        {
            return _ignoreCase ? IgnoreCaseHash(alternate) : string.OrdinalHash(alternate);
        }
        string IAlternateEqualityComparer<ReadOnlySpan<char>, string?>.Create(ReadOnlySpan<char> alternate) { return new string(alternate); }

        private readonly bool _ignoreCase;
        internal OrdinalComparer(bool ignoreCase) { _ignoreCase = ignoreCase; }

        public override int Compare(string x, string y)
        {
            return string.Compare(x, y, _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }

        public override bool Equals(string x, string y)
        {
            if (!_ignoreCase) return string.Equals(x, y);
            if ((object)x == (object)y) return true;
            if ((object)x == null || (object)y == null || x.Length != y.Length) return false;
            return string.Compare(x, y, StringComparison.OrdinalIgnoreCase) == 0;
        }

        public override int GetHashCode(string obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            return _ignoreCase ? IgnoreCaseHash(obj) : obj.GetHashCode();
        }

        public override bool Equals(object obj) { OrdinalComparer o = obj as OrdinalComparer; return o != null && o._ignoreCase == _ignoreCase; }
        public override int GetHashCode() { return _ignoreCase ? 1 : 0; }
    }

    [Serializable]
    internal sealed class CultureComparer : StringComparer, IAlternateEqualityComparer<ReadOnlySpan<char>, string?>
    {
        bool IAlternateEqualityComparer<ReadOnlySpan<char>, string?>.Equals(ReadOnlySpan<char> alternate, string? other)
        {
            return other != null && Equals(new string(alternate), other);
        }
        int IAlternateEqualityComparer<ReadOnlySpan<char>, string?>.GetHashCode(ReadOnlySpan<char> alternate) { return GetHashCode(new string(alternate)); }
        string IAlternateEqualityComparer<ReadOnlySpan<char>, string?>.Create(ReadOnlySpan<char> alternate) { return new string(alternate); }

        private readonly bool _ignoreCase;
        internal CultureComparer(bool ignoreCase) { _ignoreCase = ignoreCase; }

        public override int Compare(string x, string y)
        {
            return string.Compare(x, y, _ignoreCase ? StringComparison.InvariantCultureIgnoreCase : StringComparison.InvariantCulture);
        }

        public override bool Equals(string x, string y)
        {
            if ((object)x == (object)y) return true;
            if ((object)x == null || (object)y == null) return false;
            return string.Equals(x, y, _ignoreCase ? StringComparison.InvariantCultureIgnoreCase : StringComparison.InvariantCulture);
        }

        public override int GetHashCode(string obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            if (!System.Globalization.GlobalizationMode.Invariant) return System.Globalization.Collation.GetHashCode(obj, _ignoreCase);
            return _ignoreCase ? IgnoreCaseHash(obj) : obj.GetHashCode();
        }

        public override bool Equals(object obj) { CultureComparer o = obj as CultureComparer; return o != null && o._ignoreCase == _ignoreCase; }
        public override int GetHashCode() { return _ignoreCase ? 3 : 2; }
    }
}
