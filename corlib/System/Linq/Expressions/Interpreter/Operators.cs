// Arithmetic, comparison and conversion on boxed primitive values, as the
// expression interpreter computes them (checked variants throw
// OverflowException, integer division by zero DivideByZeroException).
namespace System.Linq.Expressions.Interpreter
{
    internal static class Operators
    {
        private static bool IsSigned(TypeCode c) { return c == TypeCode.SByte || c == TypeCode.Int16 || c == TypeCode.Int32 || c == TypeCode.Int64; }
        private static bool IsUnsigned(TypeCode c) { return c == TypeCode.Byte || c == TypeCode.UInt16 || c == TypeCode.UInt32 || c == TypeCode.UInt64 || c == TypeCode.Char; }

        internal static TypeCode CodeOf(Type t)
        {
            t = TypeUtils.GetNonNullableType(t);
            if (t.IsEnum) t = t.GetEnumUnderlyingType();
            return Type.GetTypeCode(t);
        }

        internal static long ToLong(object v)
        {
            switch (v)
            {
                case int i: return i;
                case long l: return l;
                case short s: return s;
                case sbyte sb: return sb;
                case byte b: return b;
                case ushort us: return us;
                case uint ui: return ui;
                case ulong ul: return unchecked((long)ul);
                case char c: return c;
                case bool bo: return bo ? 1 : 0;
            }
            if (v is Enum) return ((IConvertible)v).ToInt64(null);
            throw new InvalidCastException();
        }

        internal static ulong ToULong(object v)
        {
            switch (v)
            {
                case ulong ul: return ul;
                case uint ui: return ui;
                case ushort us: return us;
                case byte b: return b;
                case char c: return c;
            }
            return unchecked((ulong)ToLong(v));
        }

        internal static double ToDouble(object v)
        {
            switch (v)
            {
                case double d: return d;
                case float f: return f;
                case ulong ul: return ul;
            }
            return ToLong(v);
        }

        // Narrows a long result to the integer type `c` (checked: OverflowException out of range).
        private static object FromLong(TypeCode c, long v, bool check)
        {
            if (check)
                switch (c)
                {
                    case TypeCode.SByte: return checked((sbyte)v);
                    case TypeCode.Byte: return checked((byte)v);
                    case TypeCode.Int16: return checked((short)v);
                    case TypeCode.UInt16: return checked((ushort)v);
                    case TypeCode.Char: return checked((char)v);
                    case TypeCode.Int32: return checked((int)v);
                    case TypeCode.UInt32: return checked((uint)v);
                    case TypeCode.Int64: return v;
                    case TypeCode.UInt64: return checked((ulong)v);
                }
            switch (c)
            {
                case TypeCode.SByte: return unchecked((sbyte)v);
                case TypeCode.Byte: return unchecked((byte)v);
                case TypeCode.Int16: return unchecked((short)v);
                case TypeCode.UInt16: return unchecked((ushort)v);
                case TypeCode.Char: return unchecked((char)v);
                case TypeCode.Int32: return unchecked((int)v);
                case TypeCode.UInt32: return unchecked((uint)v);
                case TypeCode.Int64: return v;
                case TypeCode.UInt64: return unchecked((ulong)v);
                case TypeCode.Boolean: return v != 0;
            }
            throw new InvalidOperationException();
        }

        internal static object Binary(ExpressionType op, Type type, object a, object b)
        {
            TypeCode c = CodeOf(type);
            bool check = op == ExpressionType.AddChecked || op == ExpressionType.SubtractChecked || op == ExpressionType.MultiplyChecked;
            object r;
            if (c == TypeCode.Double || c == TypeCode.Single)
            {
                double x = ToDouble(a), y = ToDouble(b), d;
                switch (op)
                {
                    case ExpressionType.Add: case ExpressionType.AddChecked: d = x + y; break;
                    case ExpressionType.Subtract: case ExpressionType.SubtractChecked: d = x - y; break;
                    case ExpressionType.Multiply: case ExpressionType.MultiplyChecked: d = x * y; break;
                    case ExpressionType.Divide: d = x / y; break;
                    case ExpressionType.Modulo: d = x % y; break;
                    case ExpressionType.Power: d = Math.Pow(x, y); break;
                    default: throw new InvalidOperationException("The binary operator " + op + " is not defined for " + type);
                }
                if (c == TypeCode.Single)
                {
                    float fx = (float)x, fy = (float)y;
                    switch (op)
                    {
                        case ExpressionType.Add: case ExpressionType.AddChecked: return fx + fy;
                        case ExpressionType.Subtract: case ExpressionType.SubtractChecked: return fx - fy;
                        case ExpressionType.Multiply: case ExpressionType.MultiplyChecked: return fx * fy;
                        case ExpressionType.Divide: return fx / fy;
                        case ExpressionType.Modulo: return fx % fy;
                    }
                    return (float)d;
                }
                return d;
            }
            if (c == TypeCode.UInt64)
            {
                ulong x = ToULong(a), y = ToULong(b);
                switch (op)
                {
                    case ExpressionType.Add: r = unchecked(x + y); break;
                    case ExpressionType.AddChecked: r = checked(x + y); break;
                    case ExpressionType.Subtract: r = unchecked(x - y); break;
                    case ExpressionType.SubtractChecked: r = checked(x - y); break;
                    case ExpressionType.Multiply: r = unchecked(x * y); break;
                    case ExpressionType.MultiplyChecked: r = checked(x * y); break;
                    case ExpressionType.Divide: r = x / y; break;
                    case ExpressionType.Modulo: r = x % y; break;
                    case ExpressionType.And: r = x & y; break;
                    case ExpressionType.Or: r = x | y; break;
                    case ExpressionType.ExclusiveOr: r = x ^ y; break;
                    case ExpressionType.LeftShift: r = x << (int)ToLong(b); break;
                    case ExpressionType.RightShift: r = x >> (int)ToLong(b); break;
                    default: throw new InvalidOperationException();
                }
                return Retype(type, r);
            }
            if (c == TypeCode.Boolean)
            {
                bool x = (bool)a, y = (bool)b;
                switch (op)
                {
                    case ExpressionType.And: return x & y;
                    case ExpressionType.Or: return x | y;
                    case ExpressionType.ExclusiveOr: return x ^ y;
                }
                throw new InvalidOperationException();
            }
            {
                long x = ToLong(a), y = ToLong(b), v;
                bool is64 = c == TypeCode.Int64;
                switch (op)
                {
                    case ExpressionType.Add: v = unchecked(x + y); break;
                    case ExpressionType.AddChecked: v = checked(x + y); break;
                    case ExpressionType.Subtract: v = unchecked(x - y); break;
                    case ExpressionType.SubtractChecked: v = checked(x - y); break;
                    case ExpressionType.Multiply: v = unchecked(x * y); break;
                    case ExpressionType.MultiplyChecked: v = checked(x * y); break;
                    case ExpressionType.Divide:
                        if (y == 0) throw new DivideByZeroException();
                        if (c == TypeCode.Int32 && x == int.MinValue && y == -1) throw new OverflowException("Arithmetic operation resulted in an overflow.");
                        v = is64 && x == long.MinValue && y == -1 ? throw new OverflowException("Arithmetic operation resulted in an overflow.") : x / y; break;
                    case ExpressionType.Modulo:
                        if (y == 0) throw new DivideByZeroException();
                        v = y == -1 ? 0 : x % y; break;
                    case ExpressionType.And: v = x & y; break;
                    case ExpressionType.Or: v = x | y; break;
                    case ExpressionType.ExclusiveOr: v = x ^ y; break;
                    case ExpressionType.LeftShift: v = c == TypeCode.Int32 ? (int)x << (int)y : c == TypeCode.UInt32 ? (uint)x << (int)y : x << (int)y; break;
                    case ExpressionType.RightShift: v = c == TypeCode.Int32 ? (int)x >> (int)y : c == TypeCode.UInt32 ? (uint)x >> (int)y : x >> (int)y; break;
                    default: throw new InvalidOperationException();
                }
                if (c == TypeCode.UInt32 && check && (v < 0 || v > uint.MaxValue)) throw new OverflowException("Arithmetic operation resulted in an overflow.");
                return Retype(type, FromLong(c, v, check));
            }
        }

        // Boxes as the enum type when the operation's type is an enum.
        private static object Retype(Type type, object v)
        {
            Type nn = TypeUtils.GetNonNullableType(type);
            return nn.IsEnum ? Enum.ToObject(nn, v) : v;
        }

        internal static int Compare(Type operandType, object a, object b)
        {
            TypeCode c = CodeOf(operandType);
            switch (c)
            {
                case TypeCode.Double: case TypeCode.Single:
                    double x = ToDouble(a), y = ToDouble(b);
                    if (double.IsNaN(x) || double.IsNaN(y)) return int.MinValue;
                    return x < y ? -1 : x > y ? 1 : 0;
                case TypeCode.UInt64: case TypeCode.UInt32: case TypeCode.UInt16: case TypeCode.Byte: case TypeCode.Char:
                    return ToULong(a).CompareTo(ToULong(b));
                case TypeCode.Decimal: return ((decimal)a).CompareTo((decimal)b);
            }
            return ToLong(a).CompareTo(ToLong(b));
        }

        internal static bool Equal(object a, object b)
        {
            if (a == null || b == null) return a == b;
            if (a is double || a is float) return ToDouble(a) == ToDouble(b);
            return a.Equals(b);
        }

        internal static object Negate(Type type, object v, bool check)
        {
            switch (CodeOf(type))
            {
                case TypeCode.Double: return -(double)v;
                case TypeCode.Single: return -(float)v;
                case TypeCode.Int64: return check ? checked(-(long)v) : unchecked(-(long)v);
            }
            return FromLong(CodeOf(type), -ToLong(v), check);
        }

        internal static object OnesComplement(Type type, object v)
        {
            TypeCode c = CodeOf(type);
            if (c == TypeCode.Boolean) return !(bool)v;
            if (c == TypeCode.UInt64) return Retype(type, ~ToULong(v));
            return Retype(type, FromLong(c, ~ToLong(v), false));
        }

        internal static object Increment(Type type, object v, int delta)
        {
            switch (CodeOf(type))
            {
                case TypeCode.Double: return (double)v + delta;
                case TypeCode.Single: return (float)v + delta;
                case TypeCode.UInt64: return unchecked(ToULong(v) + (ulong)(long)delta);
            }
            return FromLong(CodeOf(type), ToLong(v) + delta, false);
        }

        // Primitive and enum conversions (the source is a boxed non-null value).
        internal static object ConvertPrimitive(object v, Type to, bool check)
        {
            Type nnTo = TypeUtils.GetNonNullableType(to);
            TypeCode tc = CodeOf(nnTo);
            object r;
            if (v is double || v is float)
            {
                double d = ToDouble(v);
                if (check)
                    switch (tc)
                    {
                        case TypeCode.SByte: r = checked((sbyte)d); break;
                        case TypeCode.Byte: r = checked((byte)d); break;
                        case TypeCode.Int16: r = checked((short)d); break;
                        case TypeCode.UInt16: r = checked((ushort)d); break;
                        case TypeCode.Char: r = checked((char)d); break;
                        case TypeCode.Int32: r = checked((int)d); break;
                        case TypeCode.UInt32: r = checked((uint)d); break;
                        case TypeCode.Int64: r = checked((long)d); break;
                        case TypeCode.UInt64: r = checked((ulong)d); break;
                        case TypeCode.Single: r = (float)d; break;
                        case TypeCode.Double: r = d; break;
                        case TypeCode.Decimal: r = (decimal)d; break;
                        default: throw new InvalidCastException();
                    }
                else
                    switch (tc)
                    {
                        case TypeCode.SByte: r = unchecked((sbyte)d); break;
                        case TypeCode.Byte: r = unchecked((byte)d); break;
                        case TypeCode.Int16: r = unchecked((short)d); break;
                        case TypeCode.UInt16: r = unchecked((ushort)d); break;
                        case TypeCode.Char: r = unchecked((char)d); break;
                        case TypeCode.Int32: r = unchecked((int)d); break;
                        case TypeCode.UInt32: r = unchecked((uint)d); break;
                        case TypeCode.Int64: r = unchecked((long)d); break;
                        case TypeCode.UInt64: r = unchecked((ulong)d); break;
                        case TypeCode.Single: r = (float)d; break;
                        case TypeCode.Double: r = d; break;
                        case TypeCode.Decimal: r = (decimal)d; break;
                        default: throw new InvalidCastException();
                    }
            }
            else if (v is decimal)
            {
                decimal m = (decimal)v;
                switch (tc)
                {
                    case TypeCode.Double: r = (double)m; break;
                    case TypeCode.Single: r = (float)m; break;
                    case TypeCode.Decimal: r = m; break;
                    case TypeCode.UInt64: r = (ulong)m; break;
                    default: r = FromLong(tc, (long)m, true); break;
                }
            }
            else
            {
                TypeCode sc = CodeOf(v.GetType());
                bool unsignedSource = IsUnsigned(sc);
                switch (tc)
                {
                    case TypeCode.Double: r = unsignedSource ? (double)ToULong(v) : (double)ToLong(v); break;
                    case TypeCode.Single: r = unsignedSource ? (float)ToULong(v) : (float)ToLong(v); break;
                    case TypeCode.Decimal: r = unsignedSource ? (decimal)ToULong(v) : (decimal)ToLong(v); break;
                    case TypeCode.Boolean: r = ToLong(v) != 0; break;
                    case TypeCode.UInt64:
                        if (check && !unsignedSource && ToLong(v) < 0) throw new OverflowException("Arithmetic operation resulted in an overflow.");
                        r = ToULong(v); break;
                    default:
                        if (check && sc == TypeCode.UInt64 && ToULong(v) > long.MaxValue) throw new OverflowException("Arithmetic operation resulted in an overflow.");
                        r = FromLong(tc, ToLong(v), check); break;
                }
            }
            return nnTo.IsEnum ? Enum.ToObject(nnTo, r) : r;
        }
    }
}
