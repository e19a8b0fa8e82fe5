// IBinaryNumber<T> and IBinaryInteger<T>: bit-level generic math (the
// span-based byte reading/writing members are not here yet).
namespace System.Numerics
{
    public interface IBinaryNumber<TSelf> : IBitwiseOperators<TSelf, TSelf, TSelf>, INumber<TSelf>
        where TSelf : IBinaryNumber<TSelf>?
    {
        static virtual TSelf AllBitsSet => ~TSelf.Zero;
        static abstract bool IsPow2(TSelf value);
        static abstract TSelf Log2(TSelf value);
    }

    public interface IBinaryInteger<TSelf> : IBinaryNumber<TSelf>, IShiftOperators<TSelf, int, TSelf>
        where TSelf : IBinaryInteger<TSelf>?
    {
        static virtual (TSelf Quotient, TSelf Remainder) DivRem(TSelf left, TSelf right)
        {
            TSelf quotient = left / right;
            return (quotient, left - (quotient * right));
        }

        static virtual TSelf LeadingZeroCount(TSelf value)
        {
            int bits = value.GetByteCount() * 8;
            TSelf count = TSelf.Zero;
            for (int i = bits - 1; i >= 0; i--)
            {
                if (((value >>> i) & TSelf.One) != TSelf.Zero) break;
                count++;
            }
            return count;
        }

        static abstract TSelf PopCount(TSelf value);

        static virtual TSelf RotateLeft(TSelf value, int rotateAmount)
        {
            int bits = value.GetByteCount() * 8;
            return (value << rotateAmount) | (value >>> (bits - rotateAmount));
        }

        static virtual TSelf RotateRight(TSelf value, int rotateAmount)
        {
            int bits = value.GetByteCount() * 8;
            return (value >>> rotateAmount) | (value << (bits - rotateAmount));
        }

        static abstract TSelf TrailingZeroCount(TSelf value);

        int GetByteCount();
        int GetShortestBitLength();
    }
}
