// NullableConverter: converts T? through the converter of T, with null and the empty string as no value.
using System.Collections;
using System.Globalization;

namespace System.ComponentModel
{
    public class NullableConverter : TypeConverter
    {
        public NullableConverter(Type type)
        {
            NullableType = type;
            UnderlyingType = Nullable.GetUnderlyingType(type);
            if (UnderlyingType == null) throw new ArgumentException("The specified type is not a nullable type.", nameof(type));
            UnderlyingTypeConverter = TypeDescriptor.GetConverter(UnderlyingType);
        }

        public Type NullableType { get; }
        public Type UnderlyingType { get; }
        public TypeConverter UnderlyingTypeConverter { get; }

        public override bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType)
        {
            if (sourceType == UnderlyingType) return true;
            if (UnderlyingTypeConverter != null) return UnderlyingTypeConverter.CanConvertFrom(context, sourceType);
            return base.CanConvertFrom(context, sourceType);
        }

        public override object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
        {
            if (value == null || value.GetType() == UnderlyingType) return value;
            var text = value as string;
            if (text != null && text.Length == 0) return null;
            if (UnderlyingTypeConverter != null) return UnderlyingTypeConverter.ConvertFrom(context, culture, value);
            return base.ConvertFrom(context, culture, value);
        }

        public override bool CanConvertTo(ITypeDescriptorContext context, Type destinationType)
        {
            if (destinationType == UnderlyingType) return true;
            if (destinationType == typeof(System.ComponentModel.Design.Serialization.InstanceDescriptor)) return true;
            if (UnderlyingTypeConverter != null) return UnderlyingTypeConverter.CanConvertTo(context, destinationType);
            return base.CanConvertTo(context, destinationType);
        }

        public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
        {
            if (destinationType == null) throw new ArgumentNullException(nameof(destinationType));
            if (destinationType == UnderlyingType && value != null && NullableType.IsInstanceOfType(value)) return value;
            if (destinationType == typeof(System.ComponentModel.Design.Serialization.InstanceDescriptor))
            {
                var ctor = NullableType.GetConstructor(new[] { UnderlyingType });
                return new System.ComponentModel.Design.Serialization.InstanceDescriptor(ctor, new object[] { value }, true);
            }
            if (value == null)
            {
                if (destinationType == typeof(string)) return string.Empty;
            }
            else if (UnderlyingTypeConverter != null)
            {
                return UnderlyingTypeConverter.ConvertTo(context, culture, value, destinationType);
            }
            return base.ConvertTo(context, culture, value, destinationType);
        }

        public override object CreateInstance(ITypeDescriptorContext context, IDictionary propertyValues)
        {
            return UnderlyingTypeConverter != null ? UnderlyingTypeConverter.CreateInstance(context, propertyValues) : base.CreateInstance(context, propertyValues);
        }

        public override bool GetCreateInstanceSupported(ITypeDescriptorContext context)
        {
            return UnderlyingTypeConverter != null ? UnderlyingTypeConverter.GetCreateInstanceSupported(context) : base.GetCreateInstanceSupported(context);
        }

        public override PropertyDescriptorCollection GetProperties(ITypeDescriptorContext context, object value, Attribute[] attributes)
        {
            return UnderlyingTypeConverter != null ? UnderlyingTypeConverter.GetProperties(context, value, attributes) : base.GetProperties(context, value, attributes);
        }

        public override bool GetPropertiesSupported(ITypeDescriptorContext context)
        {
            return UnderlyingTypeConverter != null ? UnderlyingTypeConverter.GetPropertiesSupported(context) : base.GetPropertiesSupported(context);
        }

        // The underlying type's standard values with null first.
        public override StandardValuesCollection GetStandardValues(ITypeDescriptorContext context)
        {
            if (UnderlyingTypeConverter != null)
            {
                StandardValuesCollection values = UnderlyingTypeConverter.GetStandardValues(context);
                if (GetStandardValuesSupported(context) && values != null)
                {
                    var wrapped = new object[values.Count + 1];
                    int at = 1;
                    foreach (object v in values) wrapped[at++] = v;
                    return new StandardValuesCollection(wrapped);
                }
            }
            return base.GetStandardValues(context);
        }

        public override bool GetStandardValuesExclusive(ITypeDescriptorContext context)
        {
            return UnderlyingTypeConverter != null ? UnderlyingTypeConverter.GetStandardValuesExclusive(context) : base.GetStandardValuesExclusive(context);
        }

        public override bool GetStandardValuesSupported(ITypeDescriptorContext context)
        {
            return UnderlyingTypeConverter != null ? UnderlyingTypeConverter.GetStandardValuesSupported(context) : base.GetStandardValuesSupported(context);
        }

        public override bool IsValid(ITypeDescriptorContext context, object value)
        {
            if (UnderlyingTypeConverter == null) return base.IsValid(context, value);
            return value == null || UnderlyingTypeConverter.IsValid(context, value);
        }
    }
}
