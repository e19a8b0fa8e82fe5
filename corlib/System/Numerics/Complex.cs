// System.Numerics.Complex: a double-precision complex number. Text form is
// .NET 8+'s "<re; im>".
using System.Globalization;

namespace System.Numerics
{
    [Serializable]
    public readonly struct Complex : IEquatable<Complex>, IFormattable
    {
        private readonly double _real;
        private readonly double _imaginary;

        public static readonly Complex Zero = new Complex(0.0, 0.0);
        public static readonly Complex One = new Complex(1.0, 0.0);
        public static readonly Complex ImaginaryOne = new Complex(0.0, 1.0);
        public static readonly Complex NaN = new Complex(double.NaN, double.NaN);
        public static readonly Complex Infinity = new Complex(double.PositiveInfinity, double.PositiveInfinity);

        public Complex(double real, double imaginary) { _real = real; _imaginary = imaginary; }

        public double Real { get { return _real; } }
        public double Imaginary { get { return _imaginary; } }
        public double Magnitude { get { return Abs(this); } }
        public double Phase { get { return Math.Atan2(_imaginary, _real); } }

        public static Complex FromPolarCoordinates(double magnitude, double phase)
        {
            return new Complex(magnitude * Math.Cos(phase), magnitude * Math.Sin(phase));
        }

        // |z| without overflow for large parts
        public static double Abs(Complex value)
        {
            double a = Math.Abs(value._real), b = Math.Abs(value._imaginary);
            if (double.IsInfinity(a) || double.IsInfinity(b)) return double.PositiveInfinity;
            if (double.IsNaN(a) || double.IsNaN(b)) return double.NaN;
            if (a < b) { double t = a; a = b; b = t; }
            if (a == 0.0) return 0.0;
            double r = b / a;
            return a * Math.Sqrt(1.0 + r * r);
        }

        public static Complex Negate(Complex value) { return -value; }
        public static Complex Add(Complex left, Complex right) { return left + right; }
        public static Complex Add(Complex left, double right) { return left + right; }
        public static Complex Add(double left, Complex right) { return left + right; }
        public static Complex Subtract(Complex left, Complex right) { return left - right; }
        public static Complex Subtract(Complex left, double right) { return left - right; }
        public static Complex Subtract(double left, Complex right) { return left - right; }
        public static Complex Multiply(Complex left, Complex right) { return left * right; }
        public static Complex Multiply(Complex left, double right) { return left * right; }
        public static Complex Multiply(double left, Complex right) { return left * right; }
        public static Complex Divide(Complex dividend, Complex divisor) { return dividend / divisor; }
        public static Complex Divide(Complex dividend, double divisor) { return dividend / divisor; }
        public static Complex Divide(double dividend, Complex divisor) { return dividend / divisor; }

        public static Complex operator -(Complex value) { return new Complex(-value._real, -value._imaginary); }
        public static Complex operator +(Complex value) { return value; }
        public static Complex operator ++(Complex value) { return new Complex(value._real + 1.0, value._imaginary); }
        public static Complex operator --(Complex value) { return new Complex(value._real - 1.0, value._imaginary); }
        public static Complex operator +(Complex left, Complex right) { return new Complex(left._real + right._real, left._imaginary + right._imaginary); }
        public static Complex operator +(Complex left, double right) { return new Complex(left._real + right, left._imaginary); }
        public static Complex operator +(double left, Complex right) { return new Complex(left + right._real, right._imaginary); }
        public static Complex operator -(Complex left, Complex right) { return new Complex(left._real - right._real, left._imaginary - right._imaginary); }
        public static Complex operator -(Complex left, double right) { return new Complex(left._real - right, left._imaginary); }
        public static Complex operator -(double left, Complex right) { return new Complex(left - right._real, -right._imaginary); }

        public static Complex operator *(Complex left, Complex right)
        {
            return new Complex(left._real * right._real - left._imaginary * right._imaginary,
                               left._imaginary * right._real + left._real * right._imaginary);
        }
        public static Complex operator *(Complex left, double right)
        {
            if (!double.IsFinite(left._real) && left._imaginary == 0) return new Complex(left._real * right, 0);
            if (!double.IsFinite(left._imaginary) && left._real == 0) return new Complex(0, left._imaginary * right);
            return new Complex(left._real * right, left._imaginary * right);
        }
        public static Complex operator *(double left, Complex right) { return right * left; }

        // Smith's algorithm: scale by the larger divisor part
        public static Complex operator /(Complex left, Complex right)
        {
            double a = left._real, b = left._imaginary, c = right._real, d = right._imaginary;
            if (Math.Abs(d) < Math.Abs(c))
            {
                double doc = d / c;
                return new Complex((a + b * doc) / (c + d * doc), (b - a * doc) / (c + d * doc));
            }
            double cod = c / d;
            return new Complex((b + a * cod) / (d + c * cod), (-a + b * cod) / (d + c * cod));
        }
        public static Complex operator /(Complex left, double right)
        {
            if (right == 0) return new Complex(double.NaN, double.NaN);
            if (!double.IsFinite(left._real) && left._imaginary == 0) return new Complex(left._real / right, 0);
            if (!double.IsFinite(left._imaginary) && left._real == 0) return new Complex(0, left._imaginary / right);
            return new Complex(left._real / right, left._imaginary / right);
        }
        public static Complex operator /(double left, Complex right)
        {
            double a = left, c = right._real, d = right._imaginary;
            if (Math.Abs(d) < Math.Abs(c))
            {
                double doc = d / c;
                return new Complex(a / (c + d * doc), (-a * doc) / (c + d * doc));
            }
            double cod = c / d;
            return new Complex(a * cod / (d + c * cod), -a / (d + c * cod));
        }

        public static bool operator ==(Complex left, Complex right) { return left._real == right._real && left._imaginary == right._imaginary; }
        public static bool operator !=(Complex left, Complex right) { return !(left == right); }

        public static Complex Conjugate(Complex value) { return new Complex(value._real, -value._imaginary); }
        public static Complex Reciprocal(Complex value)
        {
            if (value._real == 0 && value._imaginary == 0) return Zero;
            return One / value;
        }

        public static bool IsFinite(Complex value) { return double.IsFinite(value._real) && double.IsFinite(value._imaginary); }
        public static bool IsInfinity(Complex value) { return double.IsInfinity(value._real) || double.IsInfinity(value._imaginary); }
        public static bool IsNaN(Complex value) { return !IsInfinity(value) && !IsFinite(value); }

        // ---- transcendental functions ----
        public static Complex Sin(Complex value)
        {
            double a = value._real, b = value._imaginary;
            return new Complex(Math.Sin(a) * Math.Cosh(b), Math.Cos(a) * Math.Sinh(b));
        }
        public static Complex Cos(Complex value)
        {
            double a = value._real, b = value._imaginary;
            return new Complex(Math.Cos(a) * Math.Cosh(b), -(Math.Sin(a) * Math.Sinh(b)));
        }
        public static Complex Tan(Complex value)
        {
            // sin(2a)/(cos 2a + cosh 2b) + i sinh(2b)/(cos 2a + cosh 2b), stable for large |b|
            double x2 = 2.0 * value._real, y2 = 2.0 * value._imaginary;
            double d = Math.Cos(x2) + Math.Cosh(y2);
            if (Math.Abs(value._imaginary) <= 4.0) return new Complex(Math.Sin(x2) / d, Math.Sinh(y2) / d);
            double dd = 1.0 + Math.Cos(x2) / Math.Cosh(y2);
            return new Complex(Math.Sin(x2) / Math.Cosh(y2) / dd, Math.Tanh(y2) / dd);
        }
        public static Complex Sinh(Complex value)
        {
            double a = value._real, b = value._imaginary;
            return new Complex(Math.Sinh(a) * Math.Cos(b), Math.Cosh(a) * Math.Sin(b));
        }
        public static Complex Cosh(Complex value)
        {
            double a = value._real, b = value._imaginary;
            return new Complex(Math.Cosh(a) * Math.Cos(b), Math.Sinh(a) * Math.Sin(b));
        }
        public static Complex Tanh(Complex value)
        {
            // tanh(z) = -i tan(iz)
            Complex t = Tan(new Complex(-value._imaginary, value._real));
            return new Complex(t._imaginary, -t._real);
        }
        public static Complex Asin(Complex value)
        {
            // -i log(iz + sqrt(1 - z^2))
            Complex iz = new Complex(-value._imaginary, value._real);
            Complex w = Log(iz + Sqrt(One - value * value));
            return new Complex(w._imaginary, -w._real);
        }
        public static Complex Acos(Complex value)
        {
            // pi/2 - asin(z)
            Complex s = Asin(value);
            return new Complex(Math.PI / 2 - s._real, -s._imaginary);
        }
        public static Complex Atan(Complex value)
        {
            // (i/2) (log(1 - iz) - log(1 + iz))
            Complex iz = new Complex(-value._imaginary, value._real);
            Complex d = Log(One - iz) - Log(One + iz);
            return new Complex(-d._imaginary / 2, d._real / 2);
        }

        public static Complex Exp(Complex value)
        {
            double e = Math.Exp(value._real);
            return new Complex(e * Math.Cos(value._imaginary), e * Math.Sin(value._imaginary));
        }
        public static Complex Log(Complex value) { return new Complex(Math.Log(Abs(value)), Math.Atan2(value._imaginary, value._real)); }
        public static Complex Log(Complex value, double baseValue) { return Log(value) / Log(new Complex(baseValue, 0.0)); }
        public static Complex Log10(Complex value)
        {
            Complex l = Log(value);
            const double invLn10 = 0.43429448190325182765;
            return new Complex(l._real * invLn10, l._imaginary * invLn10);
        }

        public static Complex Sqrt(Complex value)
        {
            double a = value._real, b = value._imaginary;
            if (b == 0.0)
            {
                if (a < 0.0) return new Complex(0.0, Math.Sqrt(-a));
                return new Complex(Math.Sqrt(a), b);
            }
            double t = Math.Sqrt((Math.Abs(a) + Abs(value)) / 2.0);
            if (a >= 0.0) return new Complex(t, b / (2.0 * t));
            return new Complex(Math.Abs(b) / (2.0 * t), b < 0 ? -t : t);
        }

        public static Complex Pow(Complex value, Complex power)
        {
            if (power == Zero) return One;
            if (value == Zero) return Zero;
            double rho = Abs(value), theta = Math.Atan2(value._imaginary, value._real);
            double c = power._real, d = power._imaginary;
            double newRho = c * theta + d * Math.Log(rho);
            double t = Math.Pow(rho, c) * Math.Exp(-d * theta);
            return new Complex(t * Math.Cos(newRho), t * Math.Sin(newRho));
        }
        public static Complex Pow(Complex value, double power) { return Pow(value, new Complex(power, 0)); }

        // ---- conversions ----
        public static implicit operator Complex(short value) { return new Complex(value, 0.0); }
        public static implicit operator Complex(int value) { return new Complex(value, 0.0); }
        public static implicit operator Complex(long value) { return new Complex(value, 0.0); }
        [CLSCompliant(false)] public static implicit operator Complex(ushort value) { return new Complex(value, 0.0); }
        [CLSCompliant(false)] public static implicit operator Complex(uint value) { return new Complex(value, 0.0); }
        [CLSCompliant(false)] public static implicit operator Complex(ulong value) { return new Complex(value, 0.0); }
        [CLSCompliant(false)] public static implicit operator Complex(sbyte value) { return new Complex(value, 0.0); }
        public static implicit operator Complex(byte value) { return new Complex(value, 0.0); }
        public static implicit operator Complex(char value) { return new Complex(value, 0.0); }
        public static implicit operator Complex(float value) { return new Complex(value, 0.0); }
        public static implicit operator Complex(double value) { return new Complex(value, 0.0); }
        public static implicit operator Complex(nint value) { return new Complex(value, 0.0); }
        [CLSCompliant(false)] public static implicit operator Complex(nuint value) { return new Complex(value, 0.0); }
        public static explicit operator Complex(BigInteger value) { return new Complex((double)value, 0.0); }
        public static explicit operator Complex(decimal value) { return new Complex((double)value, 0.0); }

        // ---- equality and text ----
        public override bool Equals(object obj) { return obj is Complex && Equals((Complex)obj); }
        public bool Equals(Complex value) { return _real.Equals(value._real) && _imaginary.Equals(value._imaginary); }
        public override int GetHashCode() { return _real.GetHashCode() * 31 ^ _imaginary.GetHashCode(); }

        public override string ToString() { return ToString(null, null); }
        public string ToString(string format) { return ToString(format, null); }
        public string ToString(IFormatProvider provider) { return ToString(null, provider); }
        public string ToString(string format, IFormatProvider provider)
        {
            return "<" + _real.ToString(format, provider) + "; " + _imaginary.ToString(format, provider) + ">";
        }
    }
}
