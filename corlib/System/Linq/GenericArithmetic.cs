// Addition and sign for Enumerable.Sequence/InfiniteSequence over the
// built-in numeric types (.NET constrains them to INumber<T> /
// IAdditionOperators<T,T,T>; this corlib has no generic-math interfaces yet).
// Integer addition wraps, as T's + operator does in unchecked code.
namespace System.Linq
{
    internal static class GenericArithmetic
    {
        private static NotSupportedException Unsupported(Type t) { return new NotSupportedException("Arithmetic on " + t.FullName + " is not supported."); }

        internal static T Add<T>(T a, T b)
        {
            object x = a, y = b, r;
            unchecked
            {
                if (x is int) r = (int)x + (int)y;
                else if (x is long) r = (long)x + (long)y;
                else if (x is double) r = (double)x + (double)y;
                else if (x is float) r = (float)x + (float)y;
                else if (x is decimal) r = (decimal)x + (decimal)y;
                else if (x is uint) r = (uint)x + (uint)y;
                else if (x is ulong) r = (ulong)x + (ulong)y;
                else if (x is short) r = (short)((short)x + (short)y);
                else if (x is ushort) r = (ushort)((ushort)x + (ushort)y);
                else if (x is byte) r = (byte)((byte)x + (byte)y);
                else if (x is sbyte) r = (sbyte)((sbyte)x + (sbyte)y);
                else if (x is char) r = (char)((char)x + (char)y);
                else if (x is IntPtr) r = (IntPtr)((long)(IntPtr)x + (long)(IntPtr)y);
                else if (x is UIntPtr) r = (UIntPtr)((ulong)(UIntPtr)x + (ulong)(UIntPtr)y);
                else throw Unsupported(typeof(T));
            }
            return (T)r;
        }

        // -1, 0 or 1; 2 for NaN.
        internal static int Sign<T>(T value)
        {
            object x = value;
            if (x is double) { double d = (double)x; return double.IsNaN(d) ? 2 : Math.Sign(d); }
            if (x is float) { float f = (float)x; return float.IsNaN(f) ? 2 : Math.Sign(f); }
            if (x is int || x is long || x is decimal || x is short || x is sbyte || x is IntPtr
                || x is uint || x is ulong || x is ushort || x is byte || x is char || x is UIntPtr)
                return Math.Sign(System.Collections.Generic.Comparer<T>.Default.Compare(value, default(T)));
            throw Unsupported(typeof(T));
        }
    }
}
