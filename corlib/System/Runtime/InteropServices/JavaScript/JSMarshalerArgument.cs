// JSMarshalerArgument.cs — one argument or result slot of a JS call, as the
// SDK's generated code fills and reads it: ToJS turns a .NET value into a wire
// value (JSWire), ToManaged turns the wire value back. Values, arrays and
// spans are copied (no views into .NET memory). The delegates and tasks are
// in JSMarshalerArgument.Async.cs.
using System.Globalization;

namespace System.Runtime.InteropServices.JavaScript
{
    public partial struct JSMarshalerArgument
    {
        internal object _v;        // the wire value
        internal string _what;     // where it came from, for messages (null: a JS value)

        public void Initialize() { _v = null; _what = null; }

        Exception Bad(string target)
        {
            return new InvalidCastException("JS interop: " + (_what ?? "a JS value") + " is " + JSWire.Describe(_v) + ", which does not marshal to " + target);
        }

        internal double Number(string target)
        {
            if (_v == null) return 0;
            if (_v is double d) return d;
            if (_v is long l) return l;
            if (_v is ulong u) return u;
            if (_v is JSSpecial sp && sp.Tag == JSWire.Date) return sp.Number;
            throw Bad(target);
        }

        internal bool AsBoolean()
        {
            if (_v == null) return false;
            if (_v is bool b) return b;
            throw Bad("Boolean");
        }

        double? NullableNumber(string target) { return _v == null ? (double?)null : Number(target); }

        // ---- primitives ----
        public void ToJS(bool value) { _v = value; }
        public void ToJS(bool? value) { _v = value.HasValue ? (object)value.Value : null; }
        public void ToJS(byte value) { _v = (double)value; }
        public void ToJS(byte? value) { _v = value.HasValue ? (object)(double)value.Value : null; }
        public void ToJS(char value) { _v = value.ToString(); }
        public void ToJS(char? value) { _v = value.HasValue ? value.Value.ToString() : null; }
        public void ToJS(short value) { _v = (double)value; }
        public void ToJS(short? value) { _v = value.HasValue ? (object)(double)value.Value : null; }
        public void ToJS(int value) { _v = (double)value; }
        public void ToJS(int? value) { _v = value.HasValue ? (object)(double)value.Value : null; }
        public void ToJS(long value) { _v = Int52(value); }
        public void ToJS(long? value) { _v = value.HasValue ? (object)Int52(value.Value) : null; }
        public void ToJSBig(long value) { _v = value; }
        public void ToJSBig(long? value) { _v = value.HasValue ? (object)value.Value : null; }
        public void ToJS(float value) { _v = (double)value; }
        public void ToJS(float? value) { _v = value.HasValue ? (object)(double)value.Value : null; }
        public void ToJS(double value) { _v = value; }
        public void ToJS(double? value) { _v = value.HasValue ? (object)value.Value : null; }
        public void ToJS(IntPtr value) { _v = (double)(long)value; }
        public void ToJS(IntPtr? value) { _v = value.HasValue ? (object)(double)(long)value.Value : null; }
        public unsafe void ToJS(void* value) { _v = (double)(long)value; }
        public void ToJS(string value) { _v = value; }

        static double Int52(long value)
        {
            const long max = (1L << 53) - 1;
            if (value > max || value < -max)
                throw new OverflowException("JS interop: " + value + " does not fit a JS number exactly (Int52: at most 2^53-1); marshal it as JSType.BigInt");
            return value;
        }

        public void ToManaged(out bool value) { value = AsBoolean(); }
        public void ToManaged(out bool? value) { value = _v == null ? (bool?)null : AsBoolean(); }
        public void ToManaged(out byte value) { value = (byte)Number("Byte"); }
        public void ToManaged(out byte? value) { double? d = NullableNumber("Byte"); value = d.HasValue ? (byte?)(byte)d.Value : null; }
        public void ToManaged(out char value) { char? c; ToManaged(out c); value = c ?? '\0'; }
        public void ToManaged(out char? value)
        {
            if (_v == null) value = null;
            else if (_v is string s && s.Length > 0) value = s[0];
            else value = (char)Number("Char");
        }
        public void ToManaged(out short value) { value = (short)Number("Int16"); }
        public void ToManaged(out short? value) { double? d = NullableNumber("Int16"); value = d.HasValue ? (short?)(short)d.Value : null; }
        public void ToManaged(out int value) { value = (int)Number("Int32"); }
        public void ToManaged(out int? value) { double? d = NullableNumber("Int32"); value = d.HasValue ? (int?)(int)d.Value : null; }
        public void ToManaged(out long value) { value = (long)Number("Int64"); }
        public void ToManaged(out long? value) { double? d = NullableNumber("Int64"); value = d.HasValue ? (long?)(long)d.Value : null; }
        public void ToManagedBig(out long value) { long? l; ToManagedBig(out l); value = l ?? 0; }
        public void ToManagedBig(out long? value)
        {
            if (_v == null) value = null;
            else if (_v is long l) value = l;
            else if (_v is ulong u) value = unchecked((long)u);
            else value = (long)Number("Int64 (BigInt)");
        }
        public void ToManaged(out float value) { value = (float)Number("Single"); }
        public void ToManaged(out float? value) { double? d = NullableNumber("Single"); value = d.HasValue ? (float?)(float)d.Value : null; }
        public void ToManaged(out double value) { value = Number("Double"); }
        public void ToManaged(out double? value) { value = NullableNumber("Double"); }
        public void ToManaged(out IntPtr value) { value = (IntPtr)(long)Number("IntPtr"); }
        public void ToManaged(out IntPtr? value) { double? d = NullableNumber("IntPtr"); value = d.HasValue ? (IntPtr?)(IntPtr)(long)d.Value : null; }
        public unsafe void ToManaged(out void* value) { value = (void*)(long)Number("void*"); }

        public void ToManaged(out string value)
        {
            if (_v == null || _v is string) { value = (string)_v; return; }
            throw Bad("String");
        }

        // ---- dates: a JS Date is milliseconds since 1970 UTC ----
        public void ToJS(DateTime value) { _v = Date(new DateTimeOffset(value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value)); }
        public void ToJS(DateTime? value) { if (value.HasValue) ToJS(value.Value); else _v = null; }
        public void ToJS(DateTimeOffset value) { _v = Date(value); }
        public void ToJS(DateTimeOffset? value) { _v = value.HasValue ? Date(value.Value) : null; }
        static object Date(DateTimeOffset d) { return new JSSpecial(JSWire.Date, d.ToUnixTimeMilliseconds()); }

        public void ToManaged(out DateTime value) { value = ToDate("DateTime").UtcDateTime; }
        public void ToManaged(out DateTime? value) { value = _v == null ? (DateTime?)null : ToDate("DateTime").UtcDateTime; }
        public void ToManaged(out DateTimeOffset value) { value = ToDate("DateTimeOffset"); }
        public void ToManaged(out DateTimeOffset? value) { value = _v == null ? (DateTimeOffset?)null : ToDate("DateTimeOffset"); }
        DateTimeOffset ToDate(string target) { return DateTimeOffset.FromUnixTimeMilliseconds((long)Number(target)); }

        // ---- objects ----
        public void ToJS(JSObject value) { _v = value; }
        public void ToManaged(out JSObject value)
        {
            if (_v == null || _v is JSObject) { value = (JSObject)_v; return; }
            throw Bad("JSObject");
        }

        public void ToJS(Exception value) { _v = value == null ? null : JSBridge.ErrorOf(value); }
        public void ToManaged(out Exception value) { value = _v == null ? null : JSBridge.ToException(_v); }

        // JSType.Any: the value by its runtime type.
        public void ToJS(object value) { _v = AnyToJS(value); }

        static object AnyToJS(object value)
        {
            if (value == null || value is bool || value is double || value is string || value is JSObject || value is byte[]) return value;
            if (value is int || value is byte || value is short || value is float || value is sbyte || value is ushort || value is uint || value is decimal || value is long || value is ulong)
                return Convert.ToDouble(value, CultureInfo.InvariantCulture);
            if (value is char c) return c.ToString();
            if (value is DateTime dt) { JSMarshalerArgument a = default; a.ToJS(dt); return a._v; }
            if (value is DateTimeOffset dto) return Date(dto);
            if (value is Exception e) return JSBridge.ErrorOf(e);
            if (value is Array arr && arr.Rank == 1)
            {
                object[] items = new object[arr.Length];
                for (int i = 0; i < items.Length; i++) items[i] = AnyToJS(arr.GetValue(i));
                return items;
            }
            throw new NotSupportedException("JS interop: a .NET " + value.GetType().FullName + " cannot be passed to JS as JSType.Any (Cilantro does not proxy .NET objects into JS)");
        }

        public void ToManaged(out object value) { value = AnyToManaged(_v); }

        static object AnyToManaged(object v)
        {
            if (v is object[] items)
            {
                object[] copy = new object[items.Length];
                for (int i = 0; i < copy.Length; i++) copy[i] = AnyToManaged(items[i]);
                return copy;
            }
            if (v is JSSpecial sp && sp.Tag == JSWire.Date) return DateTimeOffset.FromUnixTimeMilliseconds((long)sp.Number).UtcDateTime;
            return v;
        }

        // ---- arrays (copies) ----
        public void ToJS(byte[] value) { _v = value == null ? null : (byte[])value.Clone(); }
        public void ToJS(int[] value) { _v = value == null ? null : Items(value.Length, i => (double)value[i]); }
        public void ToJS(double[] value) { _v = value == null ? null : Items(value.Length, i => value[i]); }
        public void ToJS(string[] value) { _v = value == null ? null : Items(value.Length, i => value[i]); }
        public void ToJS(JSObject[] value) { _v = value == null ? null : Items(value.Length, i => value[i]); }
        public void ToJS(object[] value) { _v = value == null ? null : Items(value.Length, i => AnyToJS(value[i])); }

        static object[] Items(int n, Func<int, object> item)
        {
            object[] items = new object[n];
            for (int i = 0; i < n; i++) items[i] = item(i);
            return items;
        }

        public void ToManaged(out byte[] value)
        {
            if (_v == null || _v is byte[]) { value = (byte[])_v; return; }
            value = Elements<byte>("Byte[]", (ref JSMarshalerArgument a, out byte x) => a.ToManaged(out x));
        }
        public void ToManaged(out int[] value) { value = Elements<int>("Int32[]", (ref JSMarshalerArgument a, out int x) => a.ToManaged(out x)); }
        public void ToManaged(out double[] value) { value = Elements<double>("Double[]", (ref JSMarshalerArgument a, out double x) => a.ToManaged(out x)); }
        public void ToManaged(out string[] value) { value = Elements<string>("String[]", (ref JSMarshalerArgument a, out string x) => a.ToManaged(out x)); }
        public void ToManaged(out JSObject[] value) { value = Elements<JSObject>("JSObject[]", (ref JSMarshalerArgument a, out JSObject x) => a.ToManaged(out x)); }
        public void ToManaged(out object[] value) { value = Elements<object>("Object[]", (ref JSMarshalerArgument a, out object x) => a.ToManaged(out x)); }

        T[] Elements<T>(string target, ArgumentToManagedCallback<T> convert)
        {
            if (_v == null) return null;
            if (_v is byte[] bytes) { T[] fromBytes = new T[bytes.Length]; for (int i = 0; i < bytes.Length; i++) fromBytes[i] = FromWire(convert, (double)bytes[i]); return fromBytes; }
            object[] items = _v as object[];
            if (items == null) throw Bad(target);
            T[] result = new T[items.Length];
            for (int i = 0; i < items.Length; i++) result[i] = FromWire(convert, items[i]);
            return result;
        }


        // ---- spans and segments: copied into a JS Uint8Array (bytes) or Array (numbers) ----
        public void ToJS(Span<byte> value) { _v = value.ToArray(); }
        public void ToJS(Span<int> value) { ToJS(value.ToArray()); }
        public void ToJS(Span<double> value) { ToJS(value.ToArray()); }
        public void ToJS(ArraySegment<byte> value) { _v = value.Array == null ? null : value.ToArray(); }
        public void ToJS(ArraySegment<int> value) { if (value.Array == null) _v = null; else ToJS(value.ToArray()); }
        public void ToJS(ArraySegment<double> value) { if (value.Array == null) _v = null; else ToJS(value.ToArray()); }

        public void ToManaged(out Span<byte> value) { byte[] a; ToManaged(out a); value = a; }
        public void ToManaged(out Span<int> value) { int[] a; ToManaged(out a); value = a; }
        public void ToManaged(out Span<double> value) { double[] a; ToManaged(out a); value = a; }
        public void ToManaged(out ArraySegment<byte> value) { byte[] a; ToManaged(out a); value = a == null ? default : new ArraySegment<byte>(a); }
        public void ToManaged(out ArraySegment<int> value) { int[] a; ToManaged(out a); value = a == null ? default : new ArraySegment<int>(a); }
        public void ToManaged(out ArraySegment<double> value) { double[] a; ToManaged(out a); value = a == null ? default : new ArraySegment<double>(a); }
    }
}
