// System.Index: a position counted from the start or from the end of a
// sequence (C# `^n`). A from-end index is stored as the bitwise complement of
// its value, so the one int field is negative exactly when IsFromEnd; the
// hash code is that stored int, as in .NET.
namespace System
{
    public readonly struct Index : IEquatable<Index>
    {
        private readonly int _value;

        private Index(int stored, int unused) { _value = stored; }

        public Index(int value, bool fromEnd = false)
        {
            if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
            _value = fromEnd ? ~value : value;
        }

        public static Index Start { get { return new Index(0, 0); } }
        public static Index End { get { return new Index(~0, 0); } }

        public static Index FromStart(int value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
            return new Index(value, 0);
        }

        public static Index FromEnd(int value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
            return new Index(~value, 0);
        }

        public int Value { get { return _value < 0 ? ~_value : _value; } }
        public bool IsFromEnd { get { return _value < 0; } }

        // No bounds check, as in .NET: callers validate the result.
        public int GetOffset(int length)
        {
            return _value < 0 ? length + _value + 1 : _value;
        }

        public override bool Equals(object value) { return value is Index other && other._value == _value; }
        public bool Equals(Index other) { return other._value == _value; }
        public override int GetHashCode() { return _value; }

        public static implicit operator Index(int value) { return FromStart(value); }

        public override string ToString()
        {
            string digits = ((uint)Value).ToString();
            return IsFromEnd ? "^" + digits : digits;
        }
    }
}
