// CollectionConverter ("(Collection)") and ArrayConverter ("Int32[] Array",
// one child property per element).
using System.Globalization;

namespace System.ComponentModel
{
    public class CollectionConverter : TypeConverter
    {
        public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
        {
            if (destinationType == null) throw new ArgumentNullException(nameof(destinationType));
            if (destinationType == typeof(string) && value is System.Collections.ICollection) return "(Collection)";
            return base.ConvertTo(context, culture, value, destinationType);
        }

        public override PropertyDescriptorCollection GetProperties(ITypeDescriptorContext context, object value, Attribute[] attributes)
        {
            return new PropertyDescriptorCollection(null);
        }

        public override bool GetPropertiesSupported(ITypeDescriptorContext context) { return false; }
    }

    public class ArrayConverter : CollectionConverter
    {
        public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
        {
            if (destinationType == null) throw new ArgumentNullException(nameof(destinationType));
            if (destinationType == typeof(string) && value is Array) return value.GetType().Name + " Array";
            return base.ConvertTo(context, culture, value, destinationType);
        }

        public override PropertyDescriptorCollection GetProperties(ITypeDescriptorContext context, object value, Attribute[] attributes)
        {
            if (value == null) return null;
            var array = value as Array;
            if (array == null) return new PropertyDescriptorCollection(null);
            int length = array.GetLength(0);
            var props = new PropertyDescriptor[length];
            Type arrayType = value.GetType();
            for (int i = 0; i < length; i++) props[i] = new ElementDescriptor(arrayType, arrayType.GetElementType(), i);
            return new PropertyDescriptorCollection(props);
        }

        public override bool GetPropertiesSupported(ITypeDescriptorContext context) { return true; }

        private sealed class ElementDescriptor : SimplePropertyDescriptor
        {
            private readonly int _index;

            public ElementDescriptor(Type arrayType, Type elementType, int index) : base(arrayType, "[" + index + "]", elementType, null) { _index = index; }

            public override object GetValue(object instance)
            {
                var array = instance as Array;
                return array != null && array.GetLength(0) > _index ? array.GetValue(_index) : null;
            }

            public override void SetValue(object instance, object value)
            {
                var array = instance as Array;
                if (array == null) return;
                if (array.GetLength(0) > _index) array.SetValue(value, _index);
                OnValueChanged(instance, EventArgs.Empty);
            }
        }
    }
}
