// System.Index: a position counted from the start or (^n) from the end of a
// sequence; what C#'s `^n` and the implicit int conversion produce.
namespace System
{
    public readonly struct Index : IEquatable<Index>
    {
        // >= 0: from the start; ~n (negative): n from the end.
        private readonly int _value;

        public Index(int value, bool fromEnd = false)
        {
            if (value < 0) throw NonNegative();
            _value = fromEnd ? ~value : value;
        }

        private Index(int raw, byte unused) { _value = raw; }

        internal static ArgumentOutOfRangeException NonNegative() { return new ArgumentOutOfRangeException("value", "Non-negative number required."); }

        public static Index Start { get { return new Index(0, (byte)0); } }
        public static Index End { get { return new Index(~0, (byte)0); } }

        public static Index FromStart(int value)
        {
            if (value < 0) throw NonNegative();
            return new Index(value, (byte)0);
        }

        public static Index FromEnd(int value)
        {
            if (value < 0) throw NonNegative();
            return new Index(~value, (byte)0);
        }

        public int Value { get { return _value < 0 ? ~_value : _value; } }
        public bool IsFromEnd { get { return _value < 0; } }

        public int GetOffset(int length) { return _value < 0 ? length + _value + 1 : _value; }

        public override bool Equals(object value) { return value is Index && ((Index)value)._value == _value; }
        public bool Equals(Index other) { return other._value == _value; }
        public override int GetHashCode() { return _value; }

        public static implicit operator Index(int value) { return FromStart(value); }

        public override string ToString() { return IsFromEnd ? "^" + Value.ToString() : ((uint)_value).ToString(); }
    }
}
