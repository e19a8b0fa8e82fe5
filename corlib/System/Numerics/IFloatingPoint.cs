// IFloatingPointConstants<T> and IFloatingPoint<T>: rounding and the
// constants of floating-point generic math (byte-writing members omitted).
namespace System.Numerics
{
    public interface IFloatingPointConstants<TSelf> : INumberBase<TSelf> where TSelf : IFloatingPointConstants<TSelf>?
    {
        static abstract TSelf E { get; }
        static abstract TSelf Pi { get; }
        static abstract TSelf Tau { get; }
    }

    public interface IFloatingPoint<TSelf> : IFloatingPointConstants<TSelf>, INumber<TSelf>, ISignedNumber<TSelf>
        where TSelf : IFloatingPoint<TSelf>?
    {
        static virtual TSelf Ceiling(TSelf x) => TSelf.Round(x, 0, MidpointRounding.ToPositiveInfinity);
        static virtual TSelf Floor(TSelf x) => TSelf.Round(x, 0, MidpointRounding.ToNegativeInfinity);
        static virtual TSelf Round(TSelf x) => TSelf.Round(x, 0, MidpointRounding.ToEven);
        static virtual TSelf Round(TSelf x, int digits) => TSelf.Round(x, digits, MidpointRounding.ToEven);
        static virtual TSelf Round(TSelf x, MidpointRounding mode) => TSelf.Round(x, 0, mode);
        static abstract TSelf Round(TSelf x, int digits, MidpointRounding mode);
        static virtual TSelf Truncate(TSelf x) => TSelf.Round(x, 0, MidpointRounding.ToZero);

        int GetExponentByteCount();
        int GetExponentShortestBitLength();
        int GetSignificandBitLength();
        int GetSignificandByteCount();
    }

    public interface IRootFunctions<TSelf> : IFloatingPointConstants<TSelf> where TSelf : IRootFunctions<TSelf>?
    {
        static abstract TSelf Cbrt(TSelf x);
        static abstract TSelf Hypot(TSelf x, TSelf y);
        static abstract TSelf RootN(TSelf x, int n);
        static abstract TSelf Sqrt(TSelf x);
    }

    public interface IPowerFunctions<TSelf> : INumberBase<TSelf> where TSelf : IPowerFunctions<TSelf>?
    {
        static abstract TSelf Pow(TSelf x, TSelf y);
    }
}
