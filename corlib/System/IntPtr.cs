namespace System
{
    [Serializable]
    public unsafe struct IntPtr : IEquatable<IntPtr>
    {
        private void* _value;

        public static readonly IntPtr Zero;

        public IntPtr(int value) { _value = (void*)value; }
        public IntPtr(long value) { _value = (void*)value; }
        public IntPtr(void* value) { _value = value; }

        public static int Size { get { return sizeof(void*); } }

        // The value sign-extended: a pointer converts to long unsigned, which
        // is wrong for negative values where pointers are 32 bits (wasm32).
        private long Signed { get { return sizeof(void*) == 4 ? (long)(int)_value : (long)_value; } }

        public int ToInt32() { return (int)(long)_value; }
        public long ToInt64() { return Signed; }
        public void* ToPointer() { return _value; }

        public override bool Equals(object obj) { return obj is IntPtr && _value == ((IntPtr)obj)._value; }
        public bool Equals(IntPtr other) { return _value == other._value; }
        public override int GetHashCode() { long v = Signed; return (int)v ^ (int)(v >> 32); }
        public override string ToString() { return Signed.ToString(); }
        public string ToString(string format) { return Signed.ToString(format); }

        public static bool operator ==(IntPtr value1, IntPtr value2) { return value1._value == value2._value; }
        public static bool operator !=(IntPtr value1, IntPtr value2) { return value1._value != value2._value; }
        public static explicit operator IntPtr(int value) { return new IntPtr(value); }
        public static explicit operator IntPtr(long value) { return new IntPtr(value); }
        public static explicit operator IntPtr(void* value) { return new IntPtr(value); }
        public static explicit operator int(IntPtr value) { return (int)(long)value._value; }
        public static explicit operator long(IntPtr value) { return value.Signed; }
        public static explicit operator void*(IntPtr value) { return value._value; }
        public static IntPtr Add(IntPtr pointer, int offset) { return new IntPtr((byte*)pointer._value + offset); }
        public static IntPtr Subtract(IntPtr pointer, int offset) { return new IntPtr((byte*)pointer._value - offset); }
        public static IntPtr operator +(IntPtr pointer, int offset) { return new IntPtr((byte*)pointer._value + offset); }
        public static IntPtr operator -(IntPtr pointer, int offset) { return new IntPtr((byte*)pointer._value - offset); }
    }

    [Serializable]
    public unsafe struct UIntPtr : IEquatable<UIntPtr>
    {
        private void* _value;

        public static readonly UIntPtr Zero;

        public UIntPtr(uint value) { _value = (void*)value; }
        public UIntPtr(ulong value) { _value = (void*)value; }
        public UIntPtr(void* value) { _value = value; }

        public static int Size { get { return sizeof(void*); } }

        public uint ToUInt32() { return (uint)(ulong)_value; }
        public ulong ToUInt64() { return (ulong)_value; }
        public void* ToPointer() { return _value; }

        public override bool Equals(object obj) { return obj is UIntPtr && _value == ((UIntPtr)obj)._value; }
        public bool Equals(UIntPtr other) { return _value == other._value; }
        public override int GetHashCode() { ulong v = (ulong)_value; return (int)v ^ (int)(v >> 32); }
        public override string ToString() { return ((ulong)_value).ToString(); }

        public static bool operator ==(UIntPtr value1, UIntPtr value2) { return value1._value == value2._value; }
        public static bool operator !=(UIntPtr value1, UIntPtr value2) { return value1._value != value2._value; }
        public static explicit operator UIntPtr(uint value) { return new UIntPtr(value); }
        public static explicit operator UIntPtr(ulong value) { return new UIntPtr(value); }
        public static explicit operator UIntPtr(void* value) { return new UIntPtr(value); }
        public static explicit operator uint(UIntPtr value) { return (uint)(ulong)value._value; }
        public static explicit operator ulong(UIntPtr value) { return (ulong)value._value; }
        public static explicit operator void*(UIntPtr value) { return value._value; }
    }
}
