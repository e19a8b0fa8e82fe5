// Element-wise arithmetic behind Vector<T> and Vector64/128/256/512<T>, in
// software (Cilantro has no SIMD): every vector is raw bytes, read and written
// one element at a time by the element's kind and size.
#pragma warning disable CS8500
namespace System.Numerics
{
    internal static class VectorElement<T>
    {
        // Kind: 0 signed integer, 1 unsigned integer, 2 float, 3 double, -1 unsupported
        internal static readonly int Kind = KindOf();
        internal static readonly int RawSize = SizeOf();

        static int KindOf()
        {
            Type t = typeof(T);
            if (t == typeof(sbyte) || t == typeof(short) || t == typeof(int) || t == typeof(long) || t == typeof(nint)) return 0;
            if (t == typeof(byte) || t == typeof(ushort) || t == typeof(uint) || t == typeof(ulong) || t == typeof(nuint)) return 1;
            if (t == typeof(float)) return 2;
            if (t == typeof(double)) return 3;
            return -1;
        }

        static unsafe int SizeOf() => KindOf() < 0 ? 1 : sizeof(T);

        internal static int Size
        {
            get
            {
                if (Kind < 0) throw new NotSupportedException("Specified type is not supported");
                return RawSize;
            }
        }
    }

    internal static unsafe class VectorMath
    {
        internal const int Add = 0, Subtract = 1, Multiply = 2, Divide = 3, Min = 4, Max = 5,
            Equal = 6, LessThan = 7, LessThanOrEqual = 8, GreaterThan = 9, GreaterThanOrEqual = 10;

        static ulong ReadBits(byte* p, int size) => size switch
        {
            1 => *p, 2 => *(ushort*)p, 4 => *(uint*)p, _ => *(ulong*)p,
        };

        static long ReadSigned(byte* p, int size) => size switch
        {
            1 => *(sbyte*)p, 2 => *(short*)p, 4 => *(int*)p, _ => *(long*)p,
        };

        static void WriteBits(byte* p, int size, ulong v)
        {
            switch (size)
            {
                case 1: *p = (byte)v; break;
                case 2: *(ushort*)p = (ushort)v; break;
                case 4: *(uint*)p = (uint)v; break;
                default: *(ulong*)p = v; break;
            }
        }

        static double ReadFloat(byte* p, int kind) => kind == 2 ? *(float*)p : *(double*)p;

        static void WriteFloat(byte* p, int kind, double v)
        {
            if (kind == 2) *(float*)p = (float)v; else *(double*)p = v;
        }

        static ulong Mask(bool b) => b ? ulong.MaxValue : 0;

        internal static void Binary(int op, int kind, int size, byte* a, byte* b, byte* r, int bytes)
        {
            for (int i = 0; i < bytes; i += size)
                BinaryOne(op, kind, size, a + i, b + i, r + i);
        }

        static void BinaryOne(int op, int kind, int size, byte* a, byte* b, byte* r)
        {
            if (kind >= 2)
            {
                double x = ReadFloat(a, kind), y = ReadFloat(b, kind);
                switch (op)
                {
                    case Add: WriteFloat(r, kind, x + y); return;
                    case Subtract: WriteFloat(r, kind, x - y); return;
                    case Multiply: WriteFloat(r, kind, x * y); return;
                    case Divide: WriteFloat(r, kind, x / y); return;
                    case Min: WriteFloat(r, kind, Math.Min(x, y)); return;
                    case Max: WriteFloat(r, kind, Math.Max(x, y)); return;
                    case Equal: WriteBits(r, size, Mask(x == y)); return;
                    case LessThan: WriteBits(r, size, Mask(x < y)); return;
                    case LessThanOrEqual: WriteBits(r, size, Mask(x <= y)); return;
                    case GreaterThan: WriteBits(r, size, Mask(x > y)); return;
                    default: WriteBits(r, size, Mask(x >= y)); return;
                }
            }
            if (kind == 0)
            {
                long x = ReadSigned(a, size), y = ReadSigned(b, size);
                switch (op)
                {
                    case Add: WriteBits(r, size, (ulong)unchecked(x + y)); return;
                    case Subtract: WriteBits(r, size, (ulong)unchecked(x - y)); return;
                    case Multiply: WriteBits(r, size, (ulong)unchecked(x * y)); return;
                    case Divide: WriteBits(r, size, (ulong)(y == -1 ? unchecked(-x) : x / y)); return;
                    case Min: WriteBits(r, size, (ulong)(x < y ? x : y)); return;
                    case Max: WriteBits(r, size, (ulong)(x > y ? x : y)); return;
                    case Equal: WriteBits(r, size, Mask(x == y)); return;
                    case LessThan: WriteBits(r, size, Mask(x < y)); return;
                    case LessThanOrEqual: WriteBits(r, size, Mask(x <= y)); return;
                    case GreaterThan: WriteBits(r, size, Mask(x > y)); return;
                    default: WriteBits(r, size, Mask(x >= y)); return;
                }
            }
            ulong u = ReadBits(a, size), v = ReadBits(b, size);
            switch (op)
            {
                case Add: WriteBits(r, size, unchecked(u + v)); return;
                case Subtract: WriteBits(r, size, unchecked(u - v)); return;
                case Multiply: WriteBits(r, size, unchecked(u * v)); return;
                case Divide: WriteBits(r, size, u / v); return;
                case Min: WriteBits(r, size, u < v ? u : v); return;
                case Max: WriteBits(r, size, u > v ? u : v); return;
                case Equal: WriteBits(r, size, Mask(u == v)); return;
                case LessThan: WriteBits(r, size, Mask(u < v)); return;
                case LessThanOrEqual: WriteBits(r, size, Mask(u <= v)); return;
                case GreaterThan: WriteBits(r, size, Mask(u > v)); return;
                default: WriteBits(r, size, Mask(u >= v)); return;
            }
        }

        // op 0: negate, 1: absolute value
        internal static void Unary(int op, int kind, int size, byte* a, byte* r, int bytes)
        {
            for (int i = 0; i < bytes; i += size)
            {
                if (kind >= 2)
                {
                    double x = ReadFloat(a + i, kind);
                    WriteFloat(r + i, kind, op == 0 ? -x : Math.Abs(x));
                }
                else
                {
                    long x = kind == 0 ? ReadSigned(a + i, size) : (long)ReadBits(a + i, size);
                    WriteBits(r + i, size, (ulong)(op == 0 || (kind == 0 && x < 0) ? unchecked(-x) : x));
                }
            }
        }

        // op 0: shift left, 1: arithmetic shift right, 2: logical shift right; the count is masked to the element width
        internal static void Shift(int op, int kind, int size, byte* a, int count, byte* r, int bytes)
        {
            count &= size * 8 - 1;
            for (int i = 0; i < bytes; i += size)
            {
                ulong bits;
                if (op == 0) bits = ReadBits(a + i, size) << count;
                else if (op == 1) bits = (ulong)(ReadSigned(a + i, size) >> count);
                else bits = ReadBits(a + i, size) >> count;
                WriteBits(r + i, size, bits);
            }
        }

        // op 0: and, 1: or, 2: xor, 3: and-not (a & ~b), 4: not (a)
        internal static void Bitwise(int op, byte* a, byte* b, byte* r, int bytes)
        {
            for (int i = 0; i < bytes; i++)
            {
                int x = a[i], y = op == 4 ? 0 : b[i];
                r[i] = (byte)(op switch { 0 => x & y, 1 => x | y, 2 => x ^ y, 3 => x & ~y, _ => ~x });
            }
        }

        internal static void Select(byte* mask, byte* a, byte* b, byte* r, int bytes)
        {
            for (int i = 0; i < bytes; i++) r[i] = (byte)((a[i] & mask[i]) | (b[i] & ~mask[i]));
        }

        internal static bool AllOrAny(int op, bool all, int kind, int size, byte* a, byte* b, int bytes)
        {
            byte* m = stackalloc byte[8];
            for (int i = 0; i < bytes; i += size)
            {
                BinaryOne(op, kind, size, a + i, b + i, m);
                bool hit = m[0] != 0;
                if (all && !hit) return false;
                if (!all && hit) return true;
            }
            return all;
        }

        internal static ulong MostSignificantBits(int size, byte* a, int bytes)
        {
            ulong bits = 0;
            for (int i = 0, n = 0; i < bytes; i += size, n++)
                if ((a[i + size - 1] & 0x80) != 0) bits |= 1UL << n;
            return bits;
        }

        internal static bool ElementsEqual(int kind, int size, byte* a, byte* b, int bytes)
        {
            for (int i = 0; i < bytes; i += size)
            {
                if (kind >= 2)
                {
                    double x = ReadFloat(a + i, kind), y = ReadFloat(b + i, kind);
                    if (!(x == y || (double.IsNaN(x) && double.IsNaN(y)))) return false;
                }
                else if (ReadBits(a + i, size) != ReadBits(b + i, size)) return false;
            }
            return true;
        }
    }
}

namespace System.Numerics
{
    internal static unsafe class Scalar
    {
        // the element value n (small, non-negative) of a supported element type
        internal static T FromInt<T>(int n)
        {
            T r = default!;
            byte* p = (byte*)&r;
            int size = VectorElement<T>.Size;
            switch (VectorElement<T>.Kind)
            {
                case 2: *(float*)p = n; break;
                case 3: *(double*)p = n; break;
                default:
                    if (size == 1) *p = (byte)n;
                    else if (size == 2) *(short*)p = (short)n;
                    else if (size == 4) *(int*)p = n;
                    else *(long*)p = n;
                    break;
            }
            return r;
        }

        internal static T One<T>() => FromInt<T>(1);
    }
}
