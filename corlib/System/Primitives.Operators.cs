// The comparison operators Double and Single declare (Roslyn compiles the
// bodies to the built-in comparisons; generic math and reflection find them).
namespace System
{
    public partial struct Double
    {
        public static bool operator ==(double left, double right) { return left == right; }
        public static bool operator !=(double left, double right) { return left != right; }
        public static bool operator <(double left, double right) { return left < right; }
        public static bool operator >(double left, double right) { return left > right; }
        public static bool operator <=(double left, double right) { return left <= right; }
        public static bool operator >=(double left, double right) { return left >= right; }
    }

    public partial struct Single
    {
        public static bool operator ==(float left, float right) { return left == right; }
        public static bool operator !=(float left, float right) { return left != right; }
        public static bool operator <(float left, float right) { return left < right; }
        public static bool operator >(float left, float right) { return left > right; }
        public static bool operator <=(float left, float right) { return left <= right; }
        public static bool operator >=(float left, float right) { return left >= right; }
    }

    public unsafe partial struct UIntPtr
    {
        public static UIntPtr Add(UIntPtr pointer, int offset) { return new UIntPtr((byte*)pointer._value + offset); }
        public static UIntPtr Subtract(UIntPtr pointer, int offset) { return new UIntPtr((byte*)pointer._value - offset); }
        public static UIntPtr operator +(UIntPtr pointer, int offset) { return new UIntPtr((byte*)pointer._value + offset); }
        public static UIntPtr operator -(UIntPtr pointer, int offset) { return new UIntPtr((byte*)pointer._value - offset); }
    }
}
