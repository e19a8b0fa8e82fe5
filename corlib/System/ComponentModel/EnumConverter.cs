// EnumConverter: enum values from names (case-insensitive, comma-separated
// flags), from Enum[] and to names, Enum[] and the standard-value list.
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;

namespace System.ComponentModel
{
    public class EnumConverter : TypeConverter
    {
        public EnumConverter(Type type) { EnumType = type; }

        protected Type EnumType { get; }
        protected StandardValuesCollection Values { get; set; }
        protected virtual IComparer Comparer { get { return System.Collections.Comparer.DefaultInvariant; } }

        private bool IsFlags { get { return EnumType.IsDefined(typeof(FlagsAttribute), false); } }
        private bool IsUInt64 { get { return Enum.GetUnderlyingType(EnumType) == typeof(ulong); } }

        public override bool CanConvertFrom(ITypeDescriptorContext context, Type sourceType)
        {
            return sourceType == typeof(string) || sourceType == typeof(Enum[]) || base.CanConvertFrom(context, sourceType);
        }

        public override bool CanConvertTo(ITypeDescriptorContext context, Type destinationType)
        {
            return destinationType == typeof(Enum[]) || destinationType == typeof(System.ComponentModel.Design.Serialization.InstanceDescriptor)
                || base.CanConvertTo(context, destinationType);
        }

        private static ulong Bits(bool unsigned64, object value, CultureInfo culture)
        {
            return unsigned64 ? Convert.ToUInt64(value, culture) : (ulong)Convert.ToInt64(value, culture);
        }

        public override object ConvertFrom(ITypeDescriptorContext context, CultureInfo culture, object value)
        {
            var text = value as string;
            if (text != null)
            {
                try
                {
                    if (text.IndexOf(',') >= 0)
                    {
                        bool unsigned64 = IsUInt64;
                        ulong bits = 0;
                        foreach (string part in text.Split(','))
                            bits |= Bits(unsigned64, Enum.Parse(EnumType, part, true), culture);
                        return Enum.ToObject(EnumType, bits);
                    }
                    return Enum.Parse(EnumType, text, true);
                }
                catch (Exception e) { throw new FormatException(InvalidPrimitive(text, EnumType.Name), e); }
            }
            var values = value as Enum[];
            if (values != null)
            {
                bool unsigned64 = IsUInt64;
                ulong bits = 0;
                foreach (Enum e in values) bits |= Bits(unsigned64, e, culture);
                return Enum.ToObject(EnumType, bits);
            }
            return base.ConvertFrom(context, culture, value);
        }

        public override object ConvertTo(ITypeDescriptorContext context, CultureInfo culture, object value, Type destinationType)
        {
            if (destinationType == null) throw new ArgumentNullException(nameof(destinationType));
            if (destinationType == typeof(string) && value != null)
            {
                if (!IsFlags && !Enum.IsDefined(EnumType, value))
                    throw new ArgumentException("The value '" + value + "' is not a valid value for the enum '" + EnumType.Name + "'.");
                return Enum.Format(EnumType, value, "G");
            }
            if (destinationType == typeof(System.ComponentModel.Design.Serialization.InstanceDescriptor) && value != null)
            {
                string name = ConvertToInvariantString(context, value);
                if (IsFlags && name.IndexOf(',') >= 0)
                {
                    Type underlying = Enum.GetUnderlyingType(EnumType);
                    object raw = Convert.ChangeType(value, underlying, culture);
                    MethodInfo toObject = typeof(Enum).GetMethod("ToObject", new[] { typeof(Type), underlying });
                    if (toObject != null)
                        return new System.ComponentModel.Design.Serialization.InstanceDescriptor(toObject, new object[] { EnumType, raw });
                }
                else
                {
                    FieldInfo field = EnumType.GetField(name);
                    if (field != null) return new System.ComponentModel.Design.Serialization.InstanceDescriptor(field, null);
                }
            }
            if (destinationType == typeof(Enum[]) && value != null)
            {
                if (!IsFlags) return new Enum[] { (Enum)Enum.ToObject(EnumType, value) };
                var flags = new List<Enum>();
                Array all = Enum.GetValues(EnumType);
                var defined = new long[all.Length];
                for (int i = 0; i < all.Length; i++) defined[i] = Convert.ToInt64(all.GetValue(i), culture);
                long remaining = Convert.ToInt64((Enum)value, culture);
                bool found = true;
                while (found)
                {
                    found = false;
                    foreach (long bits in defined)
                    {
                        if ((bits != 0 && (bits & remaining) == bits) || bits == remaining)
                        {
                            flags.Add((Enum)Enum.ToObject(EnumType, bits));
                            found = true;
                            remaining &= ~bits;
                            break;
                        }
                    }
                    if (remaining == 0) break;
                }
                if (!found && remaining != 0) flags.Add((Enum)Enum.ToObject(EnumType, remaining));
                return flags.ToArray();
            }
            return base.ConvertTo(context, culture, value, destinationType);
        }

        // The public fields not marked [Browsable(false)], sorted by value.
        public override StandardValuesCollection GetStandardValues(ITypeDescriptorContext context)
        {
            if (Values == null)
            {
                var list = new ArrayList();
                foreach (FieldInfo field in EnumType.GetFields(BindingFlags.Public | BindingFlags.Static))
                {
                    var browsable = (BrowsableAttribute)Attribute.GetCustomAttribute(field, typeof(BrowsableAttribute), false);
                    if (browsable != null && !browsable.Browsable) continue;
                    object v = null;
                    try { v = Enum.Parse(EnumType, field.Name); } catch (ArgumentException) { }
                    if (v != null) list.Add(v);
                }
                IComparer comparer = Comparer;
                if (comparer != null) list.Sort(comparer);
                Values = new StandardValuesCollection(list.ToArray());
            }
            return Values;
        }

        public override bool GetStandardValuesExclusive(ITypeDescriptorContext context) { return !IsFlags; }
        public override bool GetStandardValuesSupported(ITypeDescriptorContext context) { return true; }
        public override bool IsValid(ITypeDescriptorContext context, object value) { return Enum.IsDefined(EnumType, value); }
    }
}
