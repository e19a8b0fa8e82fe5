// ReferenceConverter (what TypeDescriptor returns for interfaces: references
// to components, "(none)" for null) and CultureInfoConverter.
using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace System.ComponentModel
{
    public class ReferenceConverter : TypeConverter
    {
        private const string None = "(none)";
        private readonly Type _type;

        public ReferenceConverter(Type type) { _type = type; }

        public override bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType)
        {
            return (sourceType == typeof(string) && context != null) || base.CanConvertFrom(context, sourceType);
        }

        // A name is looked up among the context's container components; "(none)" and unknown names are null.
        public override object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
        {
            var text = value as string;
            if (text == null) return base.ConvertFrom(context, culture, value);
            text = text.Trim();
            if (!string.Equals(text, None) && context != null && context.Container != null)
            {
                IComponent component = context.Container.Components[text];
                if (component != null && _type.IsInstanceOfType(component)) return component;
            }
            return null;
        }

        public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
        {
            if (destinationType == null) throw new ArgumentNullException(nameof(destinationType));
            if (destinationType == typeof(string))
            {
                if (value == null) return None;
                var component = value as IComponent;
                if (component != null && component.Site != null && component.Site.Name != null) return component.Site.Name;
                return string.Empty;
            }
            return base.ConvertTo(context, culture, value, destinationType);
        }

        // null, then the context container's components of the type that IsValueAllowed accepts.
        public override StandardValuesCollection GetStandardValues(ITypeDescriptorContext context)
        {
            var values = new List<object> { null };
            if (context != null && context.Container != null)
            {
                foreach (IComponent component in context.Container.Components)
                    if (component != null && _type.IsInstanceOfType(component) && IsValueAllowed(context, component)) values.Add(component);
            }
            return new StandardValuesCollection(values.ToArray());
        }

        public override bool GetStandardValuesExclusive(ITypeDescriptorContext context) { return true; }
        public override bool GetStandardValuesSupported(ITypeDescriptorContext context) { return true; }
        protected virtual bool IsValueAllowed(ITypeDescriptorContext context, object value) { return true; }
    }

    public class CultureInfoConverter : TypeConverter
    {
        private const string DefaultName = "(Default)";

        public override bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType)
        {
            return sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);
        }

        public override bool CanConvertTo(ITypeDescriptorContext context, Type destinationType)
        {
            return destinationType == typeof(System.ComponentModel.Design.Serialization.InstanceDescriptor) || base.CanConvertTo(context, destinationType);
        }

        protected virtual string GetCultureName(CultureInfo culture)
        {
            if (culture == null) throw new ArgumentNullException(nameof(culture));
            return culture.Name;
        }

        // "" and "(Default)" are the invariant culture; other text is a culture name.
        public override object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
        {
            var text = value as string;
            if (text == null) return base.ConvertFrom(context, culture, value);
            string name = text.Trim();
            if (name.Length == 0 || string.Equals(name, DefaultName, StringComparison.Ordinal)) return CultureInfo.InvariantCulture;
            try { return CultureInfo.GetCultureInfo(name); }
            catch (CultureNotFoundException) { }
            throw new ArgumentException("The " + text + " culture cannot be converted to a CultureInfo object on this computer.", nameof(value));
        }

        public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
        {
            if (destinationType == null) throw new ArgumentNullException(nameof(destinationType));
            if (destinationType == typeof(string))
            {
                var info = value as CultureInfo;
                if (value == null || info == CultureInfo.InvariantCulture) return DefaultName;
                if (info != null) return GetCultureName(info);
            }
            if (destinationType == typeof(System.ComponentModel.Design.Serialization.InstanceDescriptor) && value is CultureInfo)
            {
                var ctor = typeof(CultureInfo).GetConstructor(new[] { typeof(string) });
                return new System.ComponentModel.Design.Serialization.InstanceDescriptor(ctor, new object[] { ((CultureInfo)value).Name });
            }
            return base.ConvertTo(context, culture, value, destinationType);
        }

        public override StandardValuesCollection GetStandardValues(ITypeDescriptorContext context)
        {
            var cultures = new List<CultureInfo>(CultureInfo.GetCultures(CultureTypes.AllCultures));
            cultures.RemoveAll(c => c.Name.Length == 0);
            cultures.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            cultures.Insert(0, CultureInfo.InvariantCulture);
            return new StandardValuesCollection(cultures.ToArray());
        }

        public override bool GetStandardValuesExclusive(ITypeDescriptorContext context) { return false; }
        public override bool GetStandardValuesSupported(ITypeDescriptorContext context) { return true; }
    }
}
