// System.Numerics.BitOperations: bit counting and rotation on 32/64-bit
// unsigned values (portable loops; the generic math of the integer types
// builds on these).
namespace System.Numerics
{
    public static class BitOperations
    {
        public static bool IsPow2(int value) => value > 0 && (value & (value - 1)) == 0;
        public static bool IsPow2(uint value) => value != 0 && (value & (value - 1)) == 0;
        public static bool IsPow2(long value) => value > 0 && (value & (value - 1)) == 0;
        public static bool IsPow2(ulong value) => value != 0 && (value & (value - 1)) == 0;
        public static bool IsPow2(nint value) => IsPow2((long)value);
        public static bool IsPow2(nuint value) => IsPow2((ulong)value);

        public static int LeadingZeroCount(uint value) => LeadingZeroCount((ulong)value) - 32;
        public static int LeadingZeroCount(ulong value)
        {
            if (value == 0) return 64;
            int n = 0;
            if ((value >> 32) == 0) { n += 32; value <<= 32; }
            if ((value >> 48) == 0) { n += 16; value <<= 16; }
            if ((value >> 56) == 0) { n += 8; value <<= 8; }
            if ((value >> 60) == 0) { n += 4; value <<= 4; }
            if ((value >> 62) == 0) { n += 2; value <<= 2; }
            if ((value >> 63) == 0) n += 1;
            return n;
        }
        public static int LeadingZeroCount(nuint value) => LeadingZeroCount((ulong)value) - (IntPtr.Size == 8 ? 0 : 32);

        public static int Log2(uint value) => 31 - LeadingZeroCount(value | 1);
        public static int Log2(ulong value) => 63 - LeadingZeroCount(value | 1);
        public static int Log2(nuint value) => Log2((ulong)value);

        public static int PopCount(uint value) => PopCount((ulong)value);
        public static int PopCount(ulong value)
        {
            value -= (value >> 1) & 0x5555555555555555UL;
            value = (value & 0x3333333333333333UL) + ((value >> 2) & 0x3333333333333333UL);
            value = (value + (value >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
            return (int)((value * 0x0101010101010101UL) >> 56);
        }
        public static int PopCount(nuint value) => PopCount((ulong)value);

        public static int TrailingZeroCount(int value) => TrailingZeroCount((uint)value);
        public static int TrailingZeroCount(uint value) => value == 0 ? 32 : TrailingZeroCount((ulong)value);
        public static int TrailingZeroCount(long value) => TrailingZeroCount((ulong)value);
        public static int TrailingZeroCount(ulong value)
        {
            if (value == 0) return 64;
            return 63 - LeadingZeroCount(value & (0 - value));
        }
        public static int TrailingZeroCount(nint value) => value == 0 ? IntPtr.Size * 8 : TrailingZeroCount((ulong)value);
        public static int TrailingZeroCount(nuint value) => value == 0 ? IntPtr.Size * 8 : TrailingZeroCount((ulong)value);

        public static uint RotateLeft(uint value, int offset) => (value << offset) | (value >> (32 - offset));
        public static ulong RotateLeft(ulong value, int offset) => (value << offset) | (value >> (64 - offset));
        public static uint RotateRight(uint value, int offset) => (value >> offset) | (value << (32 - offset));
        public static ulong RotateRight(ulong value, int offset) => (value >> offset) | (value << (64 - offset));

        public static uint RoundUpToPowerOf2(uint value)
        {
            if (value <= 1) return 1;
            return value > 0x80000000u ? 0 : 1u << (32 - LeadingZeroCount(value - 1));
        }
        public static ulong RoundUpToPowerOf2(ulong value)
        {
            if (value <= 1) return 1;
            return value > 0x8000000000000000UL ? 0 : 1UL << (64 - LeadingZeroCount(value - 1));
        }
    }
}
