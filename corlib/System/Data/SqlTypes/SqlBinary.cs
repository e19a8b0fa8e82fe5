// System.Data.SqlTypes: INullable, the SqlType exceptions and SqlBinary (a
// nullable byte sequence compared as SQL Server compares binary values:
// byte by byte, the shorter padded with zeros). Serializers test for SqlBinary.
namespace System.Data.SqlTypes
{
    public interface INullable
    {
        bool IsNull { get; }
    }

    public class SqlTypeException : SystemException
    {
        public SqlTypeException() : base("A SqlType error occurred.") { }
        public SqlTypeException(string message) : base(message) { }
        public SqlTypeException(string message, Exception e) : base(message, e) { }
    }

    public sealed class SqlNullValueException : SqlTypeException
    {
        public SqlNullValueException() : base("Data is Null. This method or property cannot be called on Null values.") { }
        public SqlNullValueException(string message) : base(message) { }
        public SqlNullValueException(string message, Exception e) : base(message, e) { }
    }

    public struct SqlBinary : INullable, IComparable, IEquatable<SqlBinary>
    {
        public static readonly SqlBinary Null = new SqlBinary(null);

        private readonly byte[] _value;

        public SqlBinary(byte[] value)
        {
            if (value == null) _value = null;
            else
            {
                _value = new byte[value.Length];
                Array.Copy(value, _value, value.Length);
            }
        }

        public bool IsNull { get { return _value == null; } }

        public byte[] Value
        {
            get
            {
                if (_value == null) throw new SqlNullValueException();
                var copy = new byte[_value.Length];
                Array.Copy(_value, copy, _value.Length);
                return copy;
            }
        }

        public byte this[int index]
        {
            get
            {
                if (_value == null) throw new SqlNullValueException();
                return _value[index];
            }
        }

        public int Length
        {
            get
            {
                if (_value == null) throw new SqlNullValueException();
                return _value.Length;
            }
        }

        public static implicit operator SqlBinary(byte[] x) { return new SqlBinary(x); }
        public static explicit operator byte[](SqlBinary x) { return x.Value; }

        public static SqlBinary operator +(SqlBinary x, SqlBinary y)
        {
            if (x.IsNull || y.IsNull) return Null;
            var joined = new byte[x._value.Length + y._value.Length];
            Array.Copy(x._value, joined, x._value.Length);
            Array.Copy(y._value, 0, joined, x._value.Length, y._value.Length);
            return new SqlBinary(joined);
        }

        public static SqlBinary Add(SqlBinary x, SqlBinary y) { return x + y; }
        public static SqlBinary Concat(SqlBinary x, SqlBinary y) { return x + y; }

        // SQL comparison: byte by byte over the common length; the longer one is greater only if its extra bytes are not all zero.
        private static int Compare(byte[] x, byte[] y)
        {
            int common = Math.Min(x.Length, y.Length);
            for (int i = 0; i < common; i++)
                if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
            byte[] longer = x.Length > y.Length ? x : y;
            for (int i = common; i < longer.Length; i++)
                if (longer[i] != 0) return longer == x ? 1 : -1;
            return 0;
        }

        public int CompareTo(SqlBinary value)
        {
            if (IsNull) return value.IsNull ? 0 : -1;
            if (value.IsNull) return 1;
            return Compare(_value, value._value);
        }

        public int CompareTo(object value)
        {
            if (value is SqlBinary) return CompareTo((SqlBinary)value);
            throw new ArgumentException("Object must be of type SqlBinary.");
        }

        public bool Equals(SqlBinary other)
        {
            if (IsNull || other.IsNull) return IsNull && other.IsNull;
            return Compare(_value, other._value) == 0;
        }

        public override bool Equals(object value) { return value is SqlBinary && Equals((SqlBinary)value); }

        // Trailing zeros do not count, so values that compare equal hash alike.
        public override int GetHashCode()
        {
            if (IsNull) return 0;
            int end = _value.Length;
            while (end > 0 && _value[end - 1] == 0) end--;
            int hash = 0;
            for (int i = 0; i < end; i++) hash = (hash * 31) ^ _value[i];
            return hash;
        }

        public override string ToString() { return IsNull ? "Null" : "SqlBinary(" + _value.Length + ")"; }
    }
}
