// Comparer<T>.Default and EqualityComparer<T>.Default. For a T implementing
// IComparable<T> / IEquatable<T> the default comparer calls those directly
// (no boxing): it is an instance of GenericComparer<T> / GenericEqualityComparer<T>
// created through the runtime-provided RuntimeType.CreateInstanceForAnotherGenericParameter,
// since C# cannot name GenericComparer<T> without the constraint.
using System.Globalization;

namespace System.Collections.Generic
{
    [Serializable]
    public abstract class Comparer<T> : IComparer, IComparer<T>
    {
        private static Comparer<T> s_default;

        protected Comparer() { }

        public static Comparer<T> Default
        {
            get
            {
                Comparer<T> c = s_default;
                if (c == null) { c = CreateDefault(); s_default = c; }
                return c;
            }
        }

        private static Comparer<T> CreateDefault()
        {
            Type t = typeof(T);
            if (t == typeof(string)) return (Comparer<T>)(object)new StringDefaultComparer();
            if (typeof(IComparable<T>).IsAssignableFrom(t))
                return (Comparer<T>)RuntimeType.CreateInstanceForAnotherGenericParameter(typeof(GenericComparer<>), t);
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Nullable<>))
            {
                Type u = t.GetGenericArguments()[0];
                if (typeof(IComparable<>).MakeGenericType(u).IsAssignableFrom(u))
                    return (Comparer<T>)RuntimeType.CreateInstanceForAnotherGenericParameter(typeof(NullableComparer<>), u);
            }
            return new ObjectComparer<T>();
        }

        public static Comparer<T> Create(Comparison<T> comparison)
        {
            if (comparison == null) throw new ArgumentNullException("comparison");
            return new ComparisonComparerWrapper<T>(comparison);
        }

        public abstract int Compare(T x, T y);

        int IComparer.Compare(object x, object y)
        {
            if (x == null) return y == null ? 0 : -1;
            if (y == null) return 1;
            if (x is T && y is T) return Compare((T)x, (T)y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
    }

    internal sealed class ComparisonComparerWrapper<T> : Comparer<T>
    {
        private readonly Comparison<T> _c;
        internal ComparisonComparerWrapper(Comparison<T> c) { _c = c; }
        public override int Compare(T x, T y) { return _c(x, y); }
    }

    [Serializable]
    internal sealed class GenericComparer<T> : Comparer<T> where T : IComparable<T>
    {
        public override int Compare(T x, T y)
        {
            if (x != null)
            {
                if (y != null) return x.CompareTo(y);
                return 1;
            }
            if (y != null) return -1;
            return 0;
        }
        public override bool Equals(object obj) { return obj != null && GetType() == obj.GetType(); }
        public override int GetHashCode() { return GetType().GetHashCode(); }
    }

    [Serializable]
    internal sealed class NullableComparer<T> : Comparer<T?> where T : struct, IComparable<T>
    {
        public override int Compare(T? x, T? y)
        {
            if (x.HasValue)
            {
                if (y.HasValue) return x.GetValueOrDefault().CompareTo(y.GetValueOrDefault());
                return 1;
            }
            if (y.HasValue) return -1;
            return 0;
        }
    }

    [Serializable]
    internal sealed class ObjectComparer<T> : Comparer<T>
    {
        public override int Compare(T x, T y) { return System.Collections.Comparer.Default.Compare(x, y); }
        public override bool Equals(object obj) { return obj != null && GetType() == obj.GetType(); }
        public override int GetHashCode() { return GetType().GetHashCode(); }
    }

    [Serializable]
    internal sealed class StringDefaultComparer : Comparer<string>
    {
        public override int Compare(string x, string y) { return string.Compare(x, y, StringComparison.CurrentCulture); }
    }

    [Serializable]
    public abstract partial class EqualityComparer<T> : IEqualityComparer, IEqualityComparer<T>
    {
        private static EqualityComparer<T> s_default;

        protected EqualityComparer() { }

        public static EqualityComparer<T> Default
        {
            get
            {
                EqualityComparer<T> c = s_default;
                if (c == null) { c = CreateDefault(); s_default = c; }
                return c;
            }
        }

        private static EqualityComparer<T> CreateDefault()
        {
            Type t = typeof(T);
            if (t == typeof(string)) return (EqualityComparer<T>)(object)new StringEqualityComparer();
            if (typeof(IEquatable<T>).IsAssignableFrom(t))
                return (EqualityComparer<T>)RuntimeType.CreateInstanceForAnotherGenericParameter(typeof(GenericEqualityComparer<>), t);
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Nullable<>))
            {
                Type u = t.GetGenericArguments()[0];
                if (typeof(IEquatable<>).MakeGenericType(u).IsAssignableFrom(u))
                    return (EqualityComparer<T>)RuntimeType.CreateInstanceForAnotherGenericParameter(typeof(NullableEqualityComparer<>), u);
            }
            return new ObjectEqualityComparer<T>();
        }

        public abstract bool Equals(T x, T y);
        public abstract int GetHashCode(T obj);

        int IEqualityComparer.GetHashCode(object obj)
        {
            if (obj == null) return 0;
            if (obj is T) return GetHashCode((T)obj);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }

        bool IEqualityComparer.Equals(object x, object y)
        {
            if (x == y) return true;
            if (x == null || y == null) return false;
            if (x is T && y is T) return Equals((T)x, (T)y);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }
    }

    [Serializable]
    internal sealed class GenericEqualityComparer<T> : EqualityComparer<T> where T : IEquatable<T>
    {
        public override bool Equals(T x, T y)
        {
            if (x != null)
            {
                if (y != null) return x.Equals(y);
                return false;
            }
            if (y != null) return false;
            return true;
        }

        public override int GetHashCode(T obj) { return obj == null ? 0 : obj.GetHashCode(); }
        public override bool Equals(object obj) { return obj != null && GetType() == obj.GetType(); }
        public override int GetHashCode() { return GetType().GetHashCode(); }
    }

    [Serializable]
    internal sealed class NullableEqualityComparer<T> : EqualityComparer<T?> where T : struct, IEquatable<T>
    {
        public override bool Equals(T? x, T? y)
        {
            if (x.HasValue)
            {
                if (y.HasValue) return x.GetValueOrDefault().Equals(y.GetValueOrDefault());
                return false;
            }
            if (y.HasValue) return false;
            return true;
        }

        public override int GetHashCode(T? obj) { return obj.GetHashCode(); }
    }

    [Serializable]
    internal sealed class ObjectEqualityComparer<T> : EqualityComparer<T>
    {
        public override bool Equals(T x, T y)
        {
            if (x != null)
            {
                if (y != null) return x.Equals(y);
                return false;
            }
            if (y != null) return false;
            return true;
        }

        public override int GetHashCode(T obj) { return obj == null ? 0 : obj.GetHashCode(); }
        public override bool Equals(object obj) { return obj != null && GetType() == obj.GetType(); }
        public override int GetHashCode() { return GetType().GetHashCode(); }
    }

    // string is the most common key: compare with the string icalls directly.
    [Serializable]
    internal sealed class StringEqualityComparer : EqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string?>
    {
        bool IAlternateEqualityComparer<ReadOnlySpan<char>, string?>.Equals(ReadOnlySpan<char> alternate, string? other)
        {
            return other != null && alternate.SequenceEqual(other.AsSpan());
        }
        int IAlternateEqualityComparer<ReadOnlySpan<char>, string?>.GetHashCode(ReadOnlySpan<char> alternate) { return string.OrdinalHash(alternate); }
        string IAlternateEqualityComparer<ReadOnlySpan<char>, string?>.Create(ReadOnlySpan<char> alternate) { return new string(alternate); }

        public override bool Equals(string x, string y) { return string.Equals(x, y); }
        public override int GetHashCode(string obj) { return obj == null ? 0 : obj.GetHashCode(); }
        public override bool Equals(object obj) { return obj is StringEqualityComparer; }
        public override int GetHashCode() { return 0x5EED; }
    }

    // .NET 5's comparer by identity: Equals is ReferenceEquals, hash codes are
    // RuntimeHelpers.GetHashCode (never an override).
    public sealed class ReferenceEqualityComparer : IEqualityComparer<object?>, IEqualityComparer
    {
        private static readonly ReferenceEqualityComparer s_instance = new ReferenceEqualityComparer();
        private ReferenceEqualityComparer() { }
        public static ReferenceEqualityComparer Instance { get { return s_instance; } }
        public new bool Equals(object? x, object? y) { return ReferenceEquals(x, y); }
        public int GetHashCode(object? obj) { return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj); }
    }
}

namespace System.Collections
{
    [Serializable]
    public sealed class Comparer : IComparer
    {
        public static readonly Comparer Default = new Comparer(CultureInfo.CurrentCulture);
        public static readonly Comparer DefaultInvariant = new Comparer(CultureInfo.InvariantCulture);

        public Comparer(CultureInfo culture)
        {
            if (culture == null) throw new ArgumentNullException("culture");
        }

        public int Compare(object a, object b)
        {
            if (a == b) return 0;
            if (a == null) return -1;
            if (b == null) return 1;
            string sa = a as string;
            string sb = b as string;
            if (sa != null && sb != null) return string.Compare(sa, sb, StringComparison.CurrentCulture);
            IComparable ia = a as IComparable;
            if (ia != null) return ia.CompareTo(b);
            IComparable ib = b as IComparable;
            if (ib != null) return -ib.CompareTo(a);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
    }

    public static class StructuralComparisons
    {
        public static IComparer StructuralComparer { get { return Comparer.Default; } }
    }
}
