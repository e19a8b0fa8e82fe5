// Converters of the date and time types: DateTime, DateTimeOffset, DateOnly,
// TimeOnly and TimeSpan. The empty string is the type's MinValue, which
// converts back to the empty string; the invariant culture writes ISO dates.
using System.Globalization;

namespace System.ComponentModel
{
    static class DateConversion
    {
        // ConvertFrom of the date and time converters: the trimmed text parsed
        // with the culture's date format ("" is `empty`); a parse error is
        // wrapped in .NET's "is not a valid value for" FormatException.
        internal static object FromString<T>(string original, CultureInfo culture, T empty, Func<string, IFormatProvider, T> parse)
        {
            string text = original.Trim();
            if (text.Length == 0) return empty;
            try
            {
                var formatInfo = culture != null ? (DateTimeFormatInfo)culture.GetFormat(typeof(DateTimeFormatInfo)) : null;
                return parse(text, formatInfo != null ? formatInfo : culture);
            }
            catch (FormatException e) { throw new FormatException(TypeConverter.InvalidPrimitive(original, typeof(T).Name), e); }
        }
    }

    public class DateTimeConverter : TypeConverter
    {
        public override bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType)
        {
            return sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);
        }

        public override bool CanConvertTo(ITypeDescriptorContext context, Type destinationType)
        {
            return destinationType == typeof(System.ComponentModel.Design.Serialization.InstanceDescriptor) || base.CanConvertTo(context, destinationType);
        }

        public override object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
        {
            var original = value as string;
            if (original == null) return base.ConvertFrom(context, culture, value);
            return DateConversion.FromString(original, culture, DateTime.MinValue, DateTime.Parse);
        }

        public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
        {
            if (destinationType == typeof(string) && value is DateTime)
            {
                var dt = (DateTime)value;
                if (dt == DateTime.MinValue) return string.Empty;
                if (culture == null) culture = CultureInfo.CurrentCulture;
                if (culture == CultureInfo.InvariantCulture)
                    return dt.TimeOfDay.TotalSeconds == 0 ? dt.ToString("yyyy-MM-dd", culture) : dt.ToString(culture);
                var formatInfo = (DateTimeFormatInfo)culture.GetFormat(typeof(DateTimeFormatInfo));
                string format = dt.TimeOfDay.TotalSeconds == 0 ? formatInfo.ShortDatePattern : formatInfo.ShortDatePattern + " " + formatInfo.ShortTimePattern;
                return dt.ToString(format, CultureInfo.CurrentCulture);
            }
            if (destinationType == typeof(System.ComponentModel.Design.Serialization.InstanceDescriptor) && value is DateTime)
            {
                var dt = (DateTime)value;
                if (dt.Ticks == 0) return new System.ComponentModel.Design.Serialization.InstanceDescriptor(typeof(DateTime).GetConstructor(new[] { typeof(long) }), new object[] { dt.Ticks });
                var ctor = typeof(DateTime).GetConstructor(new[] { typeof(int), typeof(int), typeof(int), typeof(int), typeof(int), typeof(int), typeof(int) });
                return new System.ComponentModel.Design.Serialization.InstanceDescriptor(ctor, new object[] { dt.Year, dt.Month, dt.Day, dt.Hour, dt.Minute, dt.Second, dt.Millisecond });
            }
            return base.ConvertTo(context, culture, value, destinationType);
        }
    }

    public class DateTimeOffsetConverter : TypeConverter
    {
        public override bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType)
        {
            return sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);
        }

        public override bool CanConvertTo(ITypeDescriptorContext context, Type destinationType)
        {
            return destinationType == typeof(System.ComponentModel.Design.Serialization.InstanceDescriptor) || base.CanConvertTo(context, destinationType);
        }

        public override object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
        {
            var original = value as string;
            if (original == null) return base.ConvertFrom(context, culture, value);
            return DateConversion.FromString(original, culture, DateTimeOffset.MinValue, DateTimeOffset.Parse);
        }

        public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
        {
            if (destinationType == typeof(string) && value is DateTimeOffset)
            {
                var dto = (DateTimeOffset)value;
                if (dto == DateTimeOffset.MinValue) return string.Empty;
                if (culture == null) culture = CultureInfo.CurrentCulture;
                if (culture == CultureInfo.InvariantCulture)
                    return dto.TimeOfDay.TotalSeconds == 0 ? dto.ToString("yyyy-MM-dd zzz", culture) : dto.ToString(culture);
                var formatInfo = (DateTimeFormatInfo)culture.GetFormat(typeof(DateTimeFormatInfo));
                string format = dto.TimeOfDay.TotalSeconds == 0 ? formatInfo.ShortDatePattern + " zzz" : formatInfo.ShortDatePattern + " " + formatInfo.ShortTimePattern + " zzz";
                return dto.ToString(format, CultureInfo.CurrentCulture);
            }
            if (destinationType == typeof(System.ComponentModel.Design.Serialization.InstanceDescriptor) && value is DateTimeOffset)
            {
                var dto = (DateTimeOffset)value;
                var ctor = typeof(DateTimeOffset).GetConstructor(new[] { typeof(long), typeof(TimeSpan) });
                return new System.ComponentModel.Design.Serialization.InstanceDescriptor(ctor, new object[] { dto.Ticks, dto.Offset });
            }
            return base.ConvertTo(context, culture, value, destinationType);
        }
    }

    public class DateOnlyConverter : TypeConverter
    {
        public override bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType)
        {
            return sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);
        }

        public override bool CanConvertTo(ITypeDescriptorContext context, Type destinationType)
        {
            return destinationType == typeof(System.ComponentModel.Design.Serialization.InstanceDescriptor) || base.CanConvertTo(context, destinationType);
        }

        public override object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
        {
            var original = value as string;
            if (original == null) return base.ConvertFrom(context, culture, value);
            return DateConversion.FromString(original, culture, DateOnly.MinValue, DateOnly.Parse);
        }

        public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
        {
            if (destinationType == typeof(string) && value is DateOnly)
            {
                var d = (DateOnly)value;
                if (d == DateOnly.MinValue) return string.Empty;
                if (culture == null) culture = CultureInfo.CurrentCulture;
                if (culture == CultureInfo.InvariantCulture) return d.ToString("yyyy-MM-dd", culture);
                var formatInfo = (DateTimeFormatInfo)culture.GetFormat(typeof(DateTimeFormatInfo));
                return d.ToString(formatInfo.ShortDatePattern, CultureInfo.CurrentCulture);
            }
            if (destinationType == typeof(System.ComponentModel.Design.Serialization.InstanceDescriptor) && value is DateOnly)
            {
                var d = (DateOnly)value;
                var ctor = typeof(DateOnly).GetConstructor(new[] { typeof(int), typeof(int), typeof(int) });
                return new System.ComponentModel.Design.Serialization.InstanceDescriptor(ctor, new object[] { d.Year, d.Month, d.Day });
            }
            return base.ConvertTo(context, culture, value, destinationType);
        }
    }

    public class TimeOnlyConverter : TypeConverter
    {
        public override bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType)
        {
            return sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);
        }

        public override bool CanConvertTo(ITypeDescriptorContext context, Type destinationType)
        {
            return destinationType == typeof(System.ComponentModel.Design.Serialization.InstanceDescriptor) || base.CanConvertTo(context, destinationType);
        }

        public override object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
        {
            var original = value as string;
            if (original == null) return base.ConvertFrom(context, culture, value);
            return DateConversion.FromString(original, culture, TimeOnly.MinValue, TimeOnly.Parse);
        }

        public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
        {
            if (destinationType == typeof(string) && value is TimeOnly)
            {
                var t = (TimeOnly)value;
                if (t == TimeOnly.MinValue) return string.Empty;
                if (culture == null) culture = CultureInfo.CurrentCulture;
                var formatInfo = (DateTimeFormatInfo)culture.GetFormat(typeof(DateTimeFormatInfo));
                return t.ToString(formatInfo.ShortTimePattern, CultureInfo.CurrentCulture);
            }
            if (destinationType == typeof(System.ComponentModel.Design.Serialization.InstanceDescriptor) && value is TimeOnly)
            {
                var t = (TimeOnly)value;
                var ctor = typeof(TimeOnly).GetConstructor(new[] { typeof(long) });
                return new System.ComponentModel.Design.Serialization.InstanceDescriptor(ctor, new object[] { t.Ticks });
            }
            return base.ConvertTo(context, culture, value, destinationType);
        }
    }

    public class TimeSpanConverter : TypeConverter
    {
        public override bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType)
        {
            return sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);
        }

        public override bool CanConvertTo(ITypeDescriptorContext context, Type destinationType)
        {
            return destinationType == typeof(System.ComponentModel.Design.Serialization.InstanceDescriptor) || base.CanConvertTo(context, destinationType);
        }

        public override object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
        {
            var original = value as string;
            if (original == null) return base.ConvertFrom(context, culture, value);
            try { return TimeSpan.Parse(original.Trim(), culture); }
            catch (FormatException e) { throw new FormatException(InvalidPrimitive(original, nameof(TimeSpan)), e); }
        }

        public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
        {
            if (destinationType == typeof(System.ComponentModel.Design.Serialization.InstanceDescriptor) && value is TimeSpan)
            {
                var method = typeof(TimeSpan).GetMethod("Parse", new[] { typeof(string) });
                return new System.ComponentModel.Design.Serialization.InstanceDescriptor(method, new object[] { value.ToString() });
            }
            return base.ConvertTo(context, culture, value, destinationType);
        }
    }
}
