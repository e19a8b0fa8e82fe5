// BaseNumberConverter and the converters of the numeric types: from strings
// (trimmed; "#", "0x" and "&h" prefixes as hexadecimal for the integers), to
// strings with the culture's NumberFormatInfo, and to the other primitive types.
using System.Globalization;

namespace System.ComponentModel
{
    public abstract class BaseNumberConverter : TypeConverter
    {
        internal BaseNumberConverter() { }

        internal virtual bool AllowHex { get { return true; } }
        internal abstract Type TargetType { get; }
        internal abstract object FromString(string value, int radix);
        internal abstract object FromString(string value, NumberFormatInfo formatInfo);
        internal abstract string ToString(object value, NumberFormatInfo formatInfo);

        public override bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType)
        {
            return sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);
        }

        public override object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
        {
            var text = value as string;
            if (text == null) return base.ConvertFrom(context, culture, value);
            text = text.Trim();
            try
            {
                if (AllowHex && text[0] == '#') return FromString(text.Substring(1), 16);
                if ((AllowHex && text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) || text.StartsWith("&h", StringComparison.OrdinalIgnoreCase))
                    return FromString(text.Substring(2), 16);
                if (culture == null) culture = CultureInfo.CurrentCulture;
                var formatInfo = (NumberFormatInfo)culture.GetFormat(typeof(NumberFormatInfo));
                return FromString(text, formatInfo);
            }
            catch (Exception e)
            {
                throw new ArgumentException(InvalidPrimitive(text, TargetType.Name), nameof(value), e);
            }
        }

        public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
        {
            if (destinationType == null) throw new ArgumentNullException(nameof(destinationType));
            if (destinationType == typeof(string) && value != null && TargetType.IsInstanceOfType(value))
            {
                if (culture == null) culture = CultureInfo.CurrentCulture;
                var formatInfo = (NumberFormatInfo)culture.GetFormat(typeof(NumberFormatInfo));
                return ToString(value, formatInfo);
            }
            if (destinationType.IsPrimitive) return Convert.ChangeType(value, destinationType, culture);
            return base.ConvertTo(context, culture, value, destinationType);
        }

        public override bool CanConvertTo(ITypeDescriptorContext context, Type destinationType)
        {
            return base.CanConvertTo(context, destinationType) || (destinationType != null && destinationType.IsPrimitive);
        }
    }

    public class ByteConverter : BaseNumberConverter
    {
        internal override Type TargetType { get { return typeof(byte); } }
        internal override object FromString(string value, int radix) { return Convert.ToByte(value, radix); }
        internal override object FromString(string value, NumberFormatInfo formatInfo) { return byte.Parse(value, NumberStyles.Integer, formatInfo); }
        internal override string ToString(object value, NumberFormatInfo formatInfo) { return ((byte)value).ToString("G", formatInfo); }
    }

    public class SByteConverter : BaseNumberConverter
    {
        internal override Type TargetType { get { return typeof(sbyte); } }
        internal override object FromString(string value, int radix) { return Convert.ToSByte(value, radix); }
        internal override object FromString(string value, NumberFormatInfo formatInfo) { return sbyte.Parse(value, NumberStyles.Integer, formatInfo); }
        internal override string ToString(object value, NumberFormatInfo formatInfo) { return ((sbyte)value).ToString("G", formatInfo); }
    }

    public class Int16Converter : BaseNumberConverter
    {
        internal override Type TargetType { get { return typeof(short); } }
        internal override object FromString(string value, int radix) { return Convert.ToInt16(value, radix); }
        internal override object FromString(string value, NumberFormatInfo formatInfo) { return short.Parse(value, NumberStyles.Integer, formatInfo); }
        internal override string ToString(object value, NumberFormatInfo formatInfo) { return ((short)value).ToString("G", formatInfo); }
    }

    public class UInt16Converter : BaseNumberConverter
    {
        internal override Type TargetType { get { return typeof(ushort); } }
        internal override object FromString(string value, int radix) { return Convert.ToUInt16(value, radix); }
        internal override object FromString(string value, NumberFormatInfo formatInfo) { return ushort.Parse(value, NumberStyles.Integer, formatInfo); }
        internal override string ToString(object value, NumberFormatInfo formatInfo) { return ((ushort)value).ToString("G", formatInfo); }
    }

    public class Int32Converter : BaseNumberConverter
    {
        internal override Type TargetType { get { return typeof(int); } }
        internal override object FromString(string value, int radix) { return Convert.ToInt32(value, radix); }
        internal override object FromString(string value, NumberFormatInfo formatInfo) { return int.Parse(value, NumberStyles.Integer, formatInfo); }
        internal override string ToString(object value, NumberFormatInfo formatInfo) { return ((int)value).ToString("G", formatInfo); }
    }

    public class UInt32Converter : BaseNumberConverter
    {
        internal override Type TargetType { get { return typeof(uint); } }
        internal override object FromString(string value, int radix) { return Convert.ToUInt32(value, radix); }
        internal override object FromString(string value, NumberFormatInfo formatInfo) { return uint.Parse(value, NumberStyles.Integer, formatInfo); }
        internal override string ToString(object value, NumberFormatInfo formatInfo) { return ((uint)value).ToString("G", formatInfo); }
    }

    public class Int64Converter : BaseNumberConverter
    {
        internal override Type TargetType { get { return typeof(long); } }
        internal override object FromString(string value, int radix) { return Convert.ToInt64(value, radix); }
        internal override object FromString(string value, NumberFormatInfo formatInfo) { return long.Parse(value, NumberStyles.Integer, formatInfo); }
        internal override string ToString(object value, NumberFormatInfo formatInfo) { return ((long)value).ToString("G", formatInfo); }
    }

    public class UInt64Converter : BaseNumberConverter
    {
        internal override Type TargetType { get { return typeof(ulong); } }
        internal override object FromString(string value, int radix) { return Convert.ToUInt64(value, radix); }
        internal override object FromString(string value, NumberFormatInfo formatInfo) { return ulong.Parse(value, NumberStyles.Integer, formatInfo); }
        internal override string ToString(object value, NumberFormatInfo formatInfo) { return ((ulong)value).ToString("G", formatInfo); }
    }

    public class Int128Converter : BaseNumberConverter
    {
        internal override Type TargetType { get { return typeof(Int128); } }
        internal override object FromString(string value, int radix) { return Int128.Parse(value, NumberStyles.HexNumber, CultureInfo.InvariantCulture); }
        internal override object FromString(string value, NumberFormatInfo formatInfo) { return Int128.Parse(value, NumberStyles.Integer, formatInfo); }
        internal override string ToString(object value, NumberFormatInfo formatInfo) { return ((Int128)value).ToString("G", formatInfo); }
    }

    public class UInt128Converter : BaseNumberConverter
    {
        internal override Type TargetType { get { return typeof(UInt128); } }
        internal override object FromString(string value, int radix) { return UInt128.Parse(value, NumberStyles.HexNumber, CultureInfo.InvariantCulture); }
        internal override object FromString(string value, NumberFormatInfo formatInfo) { return UInt128.Parse(value, NumberStyles.Integer, formatInfo); }
        internal override string ToString(object value, NumberFormatInfo formatInfo) { return ((UInt128)value).ToString("G", formatInfo); }
    }

    public class SingleConverter : BaseNumberConverter
    {
        internal override bool AllowHex { get { return false; } }
        internal override Type TargetType { get { return typeof(float); } }
        internal override object FromString(string value, int radix) { return Convert.ToSingle(value, CultureInfo.CurrentCulture); }
        internal override object FromString(string value, NumberFormatInfo formatInfo) { return float.Parse(value, NumberStyles.Float, formatInfo); }
        internal override string ToString(object value, NumberFormatInfo formatInfo) { return ((float)value).ToString("R", formatInfo); }
    }

    public class DoubleConverter : BaseNumberConverter
    {
        internal override bool AllowHex { get { return false; } }
        internal override Type TargetType { get { return typeof(double); } }
        internal override object FromString(string value, int radix) { return Convert.ToDouble(value, CultureInfo.CurrentCulture); }
        internal override object FromString(string value, NumberFormatInfo formatInfo) { return double.Parse(value, NumberStyles.Float, formatInfo); }
        internal override string ToString(object value, NumberFormatInfo formatInfo) { return ((double)value).ToString("R", formatInfo); }
    }

    public class HalfConverter : BaseNumberConverter
    {
        internal override bool AllowHex { get { return false; } }
        internal override Type TargetType { get { return typeof(Half); } }
        internal override object FromString(string value, int radix) { return Half.Parse(value, NumberStyles.Float, CultureInfo.CurrentCulture); }
        internal override object FromString(string value, NumberFormatInfo formatInfo) { return Half.Parse(value, NumberStyles.Float, formatInfo); }
        internal override string ToString(object value, NumberFormatInfo formatInfo) { return ((Half)value).ToString("R", formatInfo); }
    }

    public class DecimalConverter : BaseNumberConverter
    {
        internal override bool AllowHex { get { return false; } }
        internal override Type TargetType { get { return typeof(decimal); } }
        internal override object FromString(string value, int radix) { return Convert.ToDecimal(value, CultureInfo.CurrentCulture); }
        internal override object FromString(string value, NumberFormatInfo formatInfo) { return decimal.Parse(value, NumberStyles.Float, formatInfo); }
        internal override string ToString(object value, NumberFormatInfo formatInfo) { return ((decimal)value).ToString("G", formatInfo); }

        public override bool CanConvertTo(ITypeDescriptorContext context, Type destinationType)
        {
            return destinationType == typeof(System.ComponentModel.Design.Serialization.InstanceDescriptor) || base.CanConvertTo(context, destinationType);
        }

        // To an InstanceDescriptor: the decimal(int[] bits) constructor with the value's bits.
        public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
        {
            if (destinationType == typeof(System.ComponentModel.Design.Serialization.InstanceDescriptor) && value is decimal)
            {
                int[] bits = decimal.GetBits((decimal)value);
                var ctor = typeof(decimal).GetConstructor(new[] { typeof(int[]) });
                return new System.ComponentModel.Design.Serialization.InstanceDescriptor(ctor, new object[] { bits });
            }
            return base.ConvertTo(context, culture, value, destinationType);
        }
    }
}
