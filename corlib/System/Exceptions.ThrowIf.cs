// The static guard helpers of .NET 6-8 (ArgumentNullException.ThrowIfNull,
// ArgumentOutOfRangeException.ThrowIfNegative, ...), with .NET's messages.
// The parameter name comes from [CallerArgumentExpression] at the call site.
//
// .NET constrains ThrowIfZero/ThrowIfNegative/ThrowIfNegativeOrZero to
// INumberBase<T>; until the generic-math interfaces exist here they take any
// IComparable<T> and read the sign/zero through NumberSign below (constraints
// are not part of the signature a caller binds to, so callers are unaffected).
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System
{
    public partial class ArgumentNullException
    {
        public static void ThrowIfNull(object argument, [CallerArgumentExpression("argument")] string paramName = null)
        {
            if (argument == null) throw new ArgumentNullException(paramName);
        }

        public static unsafe void ThrowIfNull(void* argument, [CallerArgumentExpression("argument")] string paramName = null)
        {
            if (argument == null) throw new ArgumentNullException(paramName);
        }
    }

    public partial class ArgumentException
    {
        public static void ThrowIfNullOrEmpty(string argument, [CallerArgumentExpression("argument")] string paramName = null)
        {
            if (argument == null) throw new ArgumentNullException(paramName);
            if (argument.Length == 0) throw new ArgumentException("The value cannot be an empty string.", paramName);
        }

        public static void ThrowIfNullOrWhiteSpace(string argument, [CallerArgumentExpression("argument")] string paramName = null)
        {
            if (argument == null) throw new ArgumentNullException(paramName);
            if (string.IsNullOrWhiteSpace(argument))
                throw new ArgumentException("The value cannot be an empty string or composed entirely of whitespace.", paramName);
        }
    }

    public partial class ArgumentOutOfRangeException
    {
        private static string Show(object value) { return value == null ? "null" : value.ToString(); }

        // "<name> ('<value>') must <requirement>." with the value as ActualValue.
        private static void Fail<T>(T value, string paramName, string requirement)
        {
            throw new ArgumentOutOfRangeException(paramName, value, paramName + " ('" + Show(value) + "') must " + requirement + ".");
        }

        public static void ThrowIfZero<T>(T value, [CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        {
            if (NumberSign.IsZero(value)) Fail(value, paramName, "be a non-zero value");
        }

        public static void ThrowIfNegative<T>(T value, [CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        {
            if (NumberSign.IsNegative(value)) Fail(value, paramName, "be a non-negative value");
        }

        public static void ThrowIfNegativeOrZero<T>(T value, [CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        {
            if (NumberSign.IsNegative(value) || NumberSign.IsZero(value)) Fail(value, paramName, "be a non-negative and non-zero value");
        }

        public static void ThrowIfEqual<T>(T value, T other, [CallerArgumentExpression("value")] string paramName = null) where T : IEquatable<T>
        {
            if (EqualityComparer<T>.Default.Equals(value, other)) Fail(value, paramName, "not be equal to '" + Show(other) + "'");
        }

        public static void ThrowIfNotEqual<T>(T value, T other, [CallerArgumentExpression("value")] string paramName = null) where T : IEquatable<T>
        {
            if (!EqualityComparer<T>.Default.Equals(value, other)) Fail(value, paramName, "be equal to '" + Show(other) + "'");
        }

        public static void ThrowIfGreaterThan<T>(T value, T other, [CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        {
            if (value.CompareTo(other) > 0) Fail(value, paramName, "be less than or equal to '" + Show(other) + "'");
        }

        public static void ThrowIfGreaterThanOrEqual<T>(T value, T other, [CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        {
            if (value.CompareTo(other) >= 0) Fail(value, paramName, "be less than '" + Show(other) + "'");
        }

        public static void ThrowIfLessThan<T>(T value, T other, [CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        {
            if (value.CompareTo(other) < 0) Fail(value, paramName, "be greater than or equal to '" + Show(other) + "'");
        }

        public static void ThrowIfLessThanOrEqual<T>(T value, T other, [CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        {
            if (value.CompareTo(other) <= 0) Fail(value, paramName, "be greater than '" + Show(other) + "'");
        }

    }

    public partial class ObjectDisposedException
    {
        public static void ThrowIf(bool condition, object instance)
        {
            if (condition) throw new ObjectDisposedException(instance == null ? null : instance.GetType().FullName);
        }

        public static void ThrowIf(bool condition, Type type)
        {
            if (condition) throw new ObjectDisposedException(type == null ? null : type.FullName);
        }
    }

    // Sign and zero tests with INumberBase<T> semantics for the built-in
    // numeric types: IsNegative reads the sign bit of floating-point values
    // (so -0.0 and the default NaN count as negative), IsZero is numeric
    // equality with zero (NaN is not zero).
    internal static class NumberSign
    {
        internal static bool IsNegative<T>(T value)
        {
            object o = value;
            if (o is double) return BitConverter.DoubleToInt64Bits((double)o) < 0;
            if (o is float) return BitConverter.SingleToInt32Bits((float)o) < 0;
            if (o is decimal) return decimal.GetBits((decimal)o)[3] < 0;
            return Comparer<T>.Default.Compare(value, default(T)) < 0;
        }

        internal static bool IsZero<T>(T value)
        {
            object o = value;
            if (o is double) return (double)o == 0.0;
            if (o is float) return (float)o == 0.0f;
            return Comparer<T>.Default.Compare(value, default(T)) == 0;
        }
    }
}
