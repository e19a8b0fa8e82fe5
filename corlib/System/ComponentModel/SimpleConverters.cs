// Converters of the simple value types: Boolean, Char, String, Guid, Version, Uri.
using System.Globalization;

namespace System.ComponentModel
{
    public class BooleanConverter : TypeConverter
    {
        private static StandardValuesCollection s_values;

        public override bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType)
        {
            return sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);
        }

        public override object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
        {
            var text = value as string;
            if (text == null) return base.ConvertFrom(context, culture, value);
            try { return bool.Parse(text.Trim()); }
            catch (FormatException e) { throw new FormatException(InvalidPrimitive(text, nameof(Boolean)), e); }
        }

        public override StandardValuesCollection GetStandardValues(ITypeDescriptorContext context)
        {
            return s_values ?? (s_values = new StandardValuesCollection(new object[] { true, false }));
        }

        public override bool GetStandardValuesExclusive(ITypeDescriptorContext context) { return true; }
        public override bool GetStandardValuesSupported(ITypeDescriptorContext context) { return true; }
    }

    public class CharConverter : TypeConverter
    {
        public override bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType)
        {
            return sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);
        }

        public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
        {
            if (destinationType == typeof(string) && value is char && (char)value == '\0') return string.Empty;
            return base.ConvertTo(context, culture, value, destinationType);
        }

        // One character (surrounding white space ignored); the empty string is '\0'.
        public override object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
        {
            var text = value as string;
            if (text == null) return base.ConvertFrom(context, culture, value);
            if (text.Length > 1) text = text.Trim();
            if (text.Length == 0) return '\0';
            if (text.Length != 1) throw new FormatException(InvalidPrimitive(text, nameof(Char)));
            return text[0];
        }
    }

    public class StringConverter : TypeConverter
    {
        public override bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType)
        {
            return sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);
        }

        public override object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
        {
            if (value is string) return value;
            if (value == null) return string.Empty;
            return base.ConvertFrom(context, culture, value);
        }
    }

    public class GuidConverter : TypeConverter
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
            var text = value as string;
            if (text != null) return new Guid(text.Trim());
            return base.ConvertFrom(context, culture, value);
        }

        public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
        {
            if (destinationType == typeof(System.ComponentModel.Design.Serialization.InstanceDescriptor) && value is Guid)
            {
                var ctor = typeof(Guid).GetConstructor(new[] { typeof(string) });
                return new System.ComponentModel.Design.Serialization.InstanceDescriptor(ctor, new object[] { value.ToString() });
            }
            return base.ConvertTo(context, culture, value, destinationType);
        }
    }

    public class VersionConverter : TypeConverter
    {
        public override bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType)
        {
            return sourceType == typeof(string) || sourceType == typeof(Version) || base.CanConvertFrom(context, sourceType);
        }

        public override bool CanConvertTo(ITypeDescriptorContext context, Type destinationType)
        {
            return destinationType == typeof(Version) || base.CanConvertTo(context, destinationType);
        }

        public override object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
        {
            var text = value as string;
            if (text != null)
            {
                try { return Version.Parse(text); }
                catch (Exception e) { throw new FormatException(InvalidPrimitive(text, nameof(Version)), e); }
            }
            if (value is Version) return new Version(((Version)value).ToString());
            return base.ConvertFrom(context, culture, value);
        }

        public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
        {
            if (destinationType == null) throw new ArgumentNullException(nameof(destinationType));
            var version = value as Version;
            if (version != null)
            {
                if (destinationType == typeof(string)) return version.ToString();
                if (destinationType == typeof(Version)) return new Version(version.ToString());
            }
            return base.ConvertTo(context, culture, value, destinationType);
        }

        public override bool IsValid(ITypeDescriptorContext context, object value)
        {
            var text = value as string;
            if (text != null) { Version ignored; return Version.TryParse(text, out ignored); }
            return value is Version;
        }
    }

    public class UriTypeConverter : TypeConverter
    {
        public override bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType)
        {
            return sourceType == typeof(string) || sourceType == typeof(Uri) || base.CanConvertFrom(context, sourceType);
        }

        public override bool CanConvertTo(ITypeDescriptorContext context, Type destinationType)
        {
            return destinationType == typeof(Uri) || destinationType == typeof(string) || base.CanConvertTo(context, destinationType);
        }

        private static UriKind KindOf(Uri uri) { return uri.IsAbsoluteUri ? UriKind.Absolute : UriKind.Relative; }

        public override object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
        {
            var text = value as string;
            if (text != null) return text.Length == 0 ? null : new Uri(text, UriKind.RelativeOrAbsolute);
            var uri = value as Uri;
            if (uri != null) return new Uri(uri.OriginalString, KindOf(uri));
            return base.ConvertFrom(context, culture, value);
        }

        public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
        {
            if (destinationType == null) throw new ArgumentNullException(nameof(destinationType));
            var uri = value as Uri;
            if (uri != null)
            {
                if (destinationType == typeof(string)) return uri.OriginalString;
                if (destinationType == typeof(Uri)) return new Uri(uri.OriginalString, KindOf(uri));
            }
            return base.ConvertTo(context, culture, value, destinationType);
        }

        public override bool IsValid(ITypeDescriptorContext context, object value)
        {
            var text = value as string;
            if (text != null) { Uri ignored; return Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out ignored); }
            return value is Uri;
        }
    }
}
