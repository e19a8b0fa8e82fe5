// TypeConverter: the base of the System.ComponentModel type-conversion family.
// The base converts any value to string (IFormattable with the culture) and
// converts nothing from anything; derived converters add what they support.
using System.Collections;
using System.ComponentModel.Design.Serialization;
using System.Globalization;

namespace System.ComponentModel
{
    public class TypeConverter
    {
        public TypeConverter() { }

        public bool CanConvertFrom(Type sourceType) { return CanConvertFrom(null, sourceType); }
        public virtual bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType) { return sourceType == typeof(InstanceDescriptor); }

        public bool CanConvertTo(Type destinationType) { return CanConvertTo(null, destinationType); }
        public virtual bool CanConvertTo(ITypeDescriptorContext context, Type destinationType) { return destinationType == typeof(string); }

        public object ConvertFrom(object value) { return ConvertFrom(null, CultureInfo.CurrentCulture, value); }
        public virtual object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
        {
            var descriptor = value as InstanceDescriptor;
            if (descriptor != null) return descriptor.Invoke();
            throw GetConvertFromException(value);
        }

        public object ConvertFromInvariantString(string text) { return ConvertFromString(null, CultureInfo.InvariantCulture, text); }
        public object ConvertFromInvariantString(ITypeDescriptorContext context, string text) { return ConvertFromString(context, CultureInfo.InvariantCulture, text); }
        public object ConvertFromString(string text) { return ConvertFrom(null, null, text); }
        public object ConvertFromString(ITypeDescriptorContext context, string text) { return ConvertFrom(context, CultureInfo.CurrentCulture, text); }
        public object ConvertFromString(ITypeDescriptorContext context, CultureInfo culture, string text) { return ConvertFrom(context, culture, text); }

        public object ConvertTo(object value, Type destinationType) { return ConvertTo(null, null, value, destinationType); }

        public virtual object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
        {
            if (destinationType == null) throw new ArgumentNullException(nameof(destinationType));
            if (destinationType == typeof(string))
            {
                if (value == null) return string.Empty;
                if (culture != null && culture != CultureInfo.CurrentCulture)
                {
                    var formattable = value as IFormattable;
                    if (formattable != null) return formattable.ToString(null, culture);
                }
                return value.ToString();
            }
            throw GetConvertToException(value, destinationType);
        }

        public string ConvertToInvariantString(object value) { return ConvertToString(null, CultureInfo.InvariantCulture, value); }
        public string ConvertToInvariantString(ITypeDescriptorContext context, object value) { return ConvertToString(context, CultureInfo.InvariantCulture, value); }
        public string ConvertToString(object value) { return (string)ConvertTo(null, CultureInfo.CurrentCulture, value, typeof(string)); }
        public string ConvertToString(ITypeDescriptorContext context, object value) { return (string)ConvertTo(context, CultureInfo.CurrentCulture, value, typeof(string)); }
        public string ConvertToString(ITypeDescriptorContext context, CultureInfo culture, object value) { return (string)ConvertTo(context, culture, value, typeof(string)); }

        public object CreateInstance(IDictionary propertyValues) { return CreateInstance(null, propertyValues); }
        public virtual object CreateInstance(ITypeDescriptorContext context, IDictionary propertyValues) { return null; }
        public bool GetCreateInstanceSupported() { return GetCreateInstanceSupported(null); }
        public virtual bool GetCreateInstanceSupported(ITypeDescriptorContext context) { return false; }

        protected Exception GetConvertFromException(object value)
        {
            string valueTypeName = value == null ? "(null)" : value.GetType().FullName;
            throw new NotSupportedException(GetType().Name + " cannot convert from " + valueTypeName + ".");
        }

        protected Exception GetConvertToException(object value, Type destinationType)
        {
            string valueTypeName = value == null ? "(null)" : value.GetType().FullName;
            throw new NotSupportedException("'" + GetType().Name + "' is unable to convert '" + valueTypeName + "' to '" + destinationType.FullName + "'.");
        }

        public PropertyDescriptorCollection GetProperties(object value) { return GetProperties(null, value); }
        public PropertyDescriptorCollection GetProperties(ITypeDescriptorContext context, object value) { return GetProperties(context, value, new Attribute[] { BrowsableAttribute.Yes }); }
        public virtual PropertyDescriptorCollection GetProperties(ITypeDescriptorContext context, object value, Attribute[] attributes) { return null; }
        public bool GetPropertiesSupported() { return GetPropertiesSupported(null); }
        public virtual bool GetPropertiesSupported(ITypeDescriptorContext context) { return false; }

        public ICollection GetStandardValues() { return GetStandardValues(null); }
        public virtual StandardValuesCollection GetStandardValues(ITypeDescriptorContext context) { return null; }
        public bool GetStandardValuesExclusive() { return GetStandardValuesExclusive(null); }
        public virtual bool GetStandardValuesExclusive(ITypeDescriptorContext context) { return false; }
        public bool GetStandardValuesSupported() { return GetStandardValuesSupported(null); }
        public virtual bool GetStandardValuesSupported(ITypeDescriptorContext context) { return false; }

        public bool IsValid(object value) { return IsValid(null, value); }

        // Valid when the converter accepts the value's type and converting it (invariant culture) does not throw.
        public virtual bool IsValid(ITypeDescriptorContext context, object value)
        {
            try
            {
                if (value != null && !CanConvertFrom(context, value.GetType())) return false;
                ConvertFrom(context, CultureInfo.InvariantCulture, value);
                return true;
            }
            catch (Exception) { return false; }
        }

        protected PropertyDescriptorCollection SortProperties(PropertyDescriptorCollection props, string[] names)
        {
            props.Sort(names);
            return props;
        }

        // Text of the ArgumentException/FormatException thrown when a string does not parse as the target type.
        internal static string InvalidPrimitive(string text, string typeName) { return text + " is not a valid value for " + typeName + "."; }

        public class StandardValuesCollection : ICollection
        {
            private readonly ICollection _values;
            private Array _valueArray;

            public StandardValuesCollection(ICollection values)
            {
                if (values == null) values = Array.Empty<object>();
                _valueArray = values as Array;
                _values = values;
            }

            public int Count { get { return _valueArray != null ? _valueArray.Length : _values.Count; } }

            public object this[int index]
            {
                get
                {
                    if (_valueArray != null) return _valueArray.GetValue(index);
                    var list = _values as IList;
                    if (list != null) return list[index];
                    var copy = new object[_values.Count];
                    _values.CopyTo(copy, 0);
                    _valueArray = copy;
                    return copy[index];
                }
            }

            public void CopyTo(Array array, int index) { _values.CopyTo(array, index); }
            public IEnumerator GetEnumerator() { return _values.GetEnumerator(); }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return null; } }
        }

        // A property descriptor for converters that expose child properties (ArrayConverter's elements).
        protected abstract class SimplePropertyDescriptor : PropertyDescriptor
        {
            private readonly Type _componentType;
            private readonly Type _propertyType;

            protected SimplePropertyDescriptor(Type componentType, string name, Type propertyType) : this(componentType, name, propertyType, new Attribute[0]) { }

            protected SimplePropertyDescriptor(Type componentType, string name, Type propertyType, Attribute[] attributes) : base(name, attributes)
            {
                _componentType = componentType;
                _propertyType = propertyType;
            }

            public override Type ComponentType { get { return _componentType; } }
            public override bool IsReadOnly { get { return Attributes.Contains(ReadOnlyAttribute.Yes); } }
            public override Type PropertyType { get { return _propertyType; } }

            public override bool CanResetValue(object component)
            {
                var attr = (DefaultValueAttribute)Attributes[typeof(DefaultValueAttribute)];
                if (attr == null) return false;
                return attr.Value == null ? GetValue(component) == null : attr.Value.Equals(GetValue(component));
            }

            public override void ResetValue(object component)
            {
                var attr = (DefaultValueAttribute)Attributes[typeof(DefaultValueAttribute)];
                if (attr != null) SetValue(component, attr.Value);
            }

            public override bool ShouldSerializeValue(object component) { return false; }
        }
    }
}
