// TypeDescriptor: the component model's view of types and objects, built by
// reflection: converters ([TypeConverter] on the type, its bases or its
// interfaces, else the intrinsic converter .NET uses for the type),
// attributes and properties. ICustomTypeDescriptor objects describe themselves.
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;

namespace System.ComponentModel
{
    public sealed class TypeDescriptor
    {
        private static readonly object s_lock = new object();
        private static readonly Dictionary<Type, TypeConverter> s_converters = new Dictionary<Type, TypeConverter>();

        private TypeDescriptor() { }

        public static TypeConverter GetConverter(Type type)
        {
            if (type == null) throw new ArgumentNullException(nameof(type));
            lock (s_lock)
            {
                TypeConverter converter;
                if (s_converters.TryGetValue(type, out converter)) return converter;
            }
            TypeConverter created = CreateConverter(type);
            lock (s_lock)
            {
                TypeConverter existing;
                if (s_converters.TryGetValue(type, out existing)) return existing;
                s_converters[type] = created;
            }
            return created;
        }

        public static TypeConverter GetConverter(object component) { return GetConverter(component, false); }

        public static TypeConverter GetConverter(object component, bool noCustomTypeDesc)
        {
            if (component == null) throw new ArgumentNullException(nameof(component));
            var custom = component as ICustomTypeDescriptor;
            if (!noCustomTypeDesc && custom != null)
            {
                TypeConverter converter = custom.GetConverter();
                if (converter != null) return converter;
            }
            return GetConverter(component.GetType());
        }

        public static Type GetReflectionType(Type type)
        {
            if (type == null) throw new ArgumentNullException(nameof(type));
            return type;
        }

        public static Type GetReflectionType(object instance)
        {
            if (instance == null) throw new ArgumentNullException(nameof(instance));
            return instance.GetType();
        }

        public static string GetClassName(object component)
        {
            if (component == null) throw new ArgumentNullException(nameof(component));
            var custom = component as ICustomTypeDescriptor;
            string name = custom != null ? custom.GetClassName() : null;
            return name ?? component.GetType().FullName;
        }

        public static string GetClassName(Type componentType)
        {
            if (componentType == null) throw new ArgumentNullException(nameof(componentType));
            return componentType.FullName;
        }

        public static AttributeCollection GetAttributes(Type componentType)
        {
            if (componentType == null) return new AttributeCollection((Attribute[])null);
            return new AttributeCollection(CollectTypeAttributes(componentType));
        }

        public static AttributeCollection GetAttributes(object component) { return GetAttributes(component, false); }

        public static AttributeCollection GetAttributes(object component, bool noCustomTypeDesc)
        {
            if (component == null) return new AttributeCollection((Attribute[])null);
            var custom = component as ICustomTypeDescriptor;
            if (!noCustomTypeDesc && custom != null)
            {
                AttributeCollection attrs = custom.GetAttributes();
                if (attrs != null) return attrs;
            }
            return GetAttributes(component.GetType());
        }

        public static PropertyDescriptorCollection GetProperties(Type componentType) { return GetProperties(componentType, null); }

        public static PropertyDescriptorCollection GetProperties(Type componentType, Attribute[] attributes)
        {
            if (componentType == null) return new PropertyDescriptorCollection(null, true);
            return Filter(ReflectProperties(componentType), attributes);
        }

        public static PropertyDescriptorCollection GetProperties(object component) { return GetProperties(component, null, false); }
        public static PropertyDescriptorCollection GetProperties(object component, bool noCustomTypeDesc) { return GetProperties(component, null, noCustomTypeDesc); }
        public static PropertyDescriptorCollection GetProperties(object component, Attribute[] attributes) { return GetProperties(component, attributes, false); }

        public static PropertyDescriptorCollection GetProperties(object component, Attribute[] attributes, bool noCustomTypeDesc)
        {
            if (component == null) return new PropertyDescriptorCollection(null, true);
            var custom = component as ICustomTypeDescriptor;
            if (!noCustomTypeDesc && custom != null)
            {
                PropertyDescriptorCollection props = attributes == null ? custom.GetProperties() : custom.GetProperties(attributes);
                if (props != null) return props;
            }
            return Filter(ReflectProperties(component.GetType()), attributes);
        }

        // Events: the public instance events of the type (ReflectEventDescriptor),
        // unless the component describes itself (ICustomTypeDescriptor).
        public static EventDescriptorCollection GetEvents(Type componentType) { return GetEvents(componentType, null); }

        public static EventDescriptorCollection GetEvents(Type componentType, Attribute[] attributes)
        {
            if (componentType == null) return new EventDescriptorCollection(null, true);
            return FilterEvents(ReflectEvents(componentType), attributes);
        }

        public static EventDescriptorCollection GetEvents(object component) { return GetEvents(component, null, false); }
        public static EventDescriptorCollection GetEvents(object component, bool noCustomTypeDesc) { return GetEvents(component, null, noCustomTypeDesc); }
        public static EventDescriptorCollection GetEvents(object component, Attribute[] attributes) { return GetEvents(component, attributes, false); }

        public static EventDescriptorCollection GetEvents(object component, Attribute[] attributes, bool noCustomTypeDesc)
        {
            if (component == null) return new EventDescriptorCollection(null, true);
            var custom = component as ICustomTypeDescriptor;
            if (!noCustomTypeDesc && custom != null)
            {
                EventDescriptorCollection events = attributes == null ? custom.GetEvents() : custom.GetEvents(attributes);
                if (events != null) return events;
            }
            return FilterEvents(ReflectEvents(component.GetType()), attributes);
        }

        private static EventDescriptorCollection ReflectEvents(Type type)
        {
            var list = new List<EventDescriptor>();
            foreach (EventInfo e in type.GetEvents(BindingFlags.Public | BindingFlags.Instance))
                if (e.GetAddMethod() != null && e.GetRemoveMethod() != null) list.Add(new ReflectEventDescriptor(type, e));
            return new EventDescriptorCollection(list.ToArray(), true);
        }

        private static EventDescriptorCollection FilterEvents(EventDescriptorCollection events, Attribute[] attributes)
        {
            if (attributes == null || attributes.Length == 0) return events;
            var kept = new List<EventDescriptor>();
            foreach (EventDescriptor e in events)
            {
                bool match = true;
                foreach (Attribute wanted in attributes)
                {
                    Attribute have = e.Attributes[wanted.GetType()];
                    if (have == null ? !wanted.IsDefaultAttribute() : !have.Match(wanted)) { match = false; break; }
                }
                if (match) kept.Add(e);
            }
            return new EventDescriptorCollection(kept.ToArray(), true);
        }

        // Attributes of the type and its bases (a derived one hides a base one of the same TypeId), then those of its interfaces.
        private static Attribute[] CollectTypeAttributes(Type type)
        {
            var result = new List<Attribute>();
            var seen = new List<object>();
            foreach (object o in type.GetCustomAttributes(true)) Add(result, seen, o as Attribute);
            foreach (Type iface in type.GetInterfaces())
                foreach (object o in iface.GetCustomAttributes(false)) Add(result, seen, o as Attribute);
            return result.ToArray();
        }

        private static void Add(List<Attribute> result, List<object> seen, Attribute attr)
        {
            if (attr == null) return;
            object id = attr.TypeId;
            if (seen.Contains(id)) return;
            seen.Add(id);
            result.Add(attr);
        }

        private static PropertyDescriptorCollection ReflectProperties(Type type)
        {
            var list = new List<PropertyDescriptor>();
            foreach (PropertyInfo p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (p.GetIndexParameters().Length != 0) continue;
                MethodInfo getter = p.GetGetMethod();
                if (getter == null) continue;
                list.Add(new ReflectPropertyDescriptor(type, p));
            }
            return new PropertyDescriptorCollection(list.ToArray(), true);
        }

        private static PropertyDescriptorCollection Filter(PropertyDescriptorCollection props, Attribute[] attributes)
        {
            if (attributes == null || attributes.Length == 0) return props;
            var kept = new List<PropertyDescriptor>();
            foreach (PropertyDescriptor p in props)
            {
                bool match = true;
                foreach (Attribute wanted in attributes)
                {
                    Attribute have = p.Attributes[wanted.GetType()];
                    if (have == null ? !wanted.IsDefaultAttribute() : !have.Match(wanted)) { match = false; break; }
                }
                if (match) kept.Add(p);
            }
            return new PropertyDescriptorCollection(kept.ToArray(), true);
        }

        private static TypeConverter CreateConverter(Type type)
        {
            foreach (Attribute attr in CollectTypeAttributes(type))
            {
                var converterAttr = attr as TypeConverterAttribute;
                if (converterAttr == null || string.IsNullOrEmpty(converterAttr.ConverterTypeName)) continue;
                Type converterType = FindType(converterAttr.ConverterTypeName, type);
                if (converterType != null && typeof(TypeConverter).IsAssignableFrom(converterType))
                    return Instantiate(converterType, type);
            }
            return Instantiate(IntrinsicConverterType(type), type);
        }

        private static Type FindType(string typeName, Type forType)
        {
            Type found = Type.GetType(typeName);
            if (found == null && forType.Assembly != null)
            {
                int comma = typeName.IndexOf(',');
                found = forType.Assembly.GetType(comma >= 0 ? typeName.Substring(0, comma).Trim() : typeName);
            }
            return found;
        }

        // A converter with a (Type) constructor gets the described type; others are created with their parameterless constructor.
        // (The annotations are .NET's, ReflectTypeDescriptionProvider.CreateInstance and its intrinsic table: a trimmed
        // corlib keeps the constructors of the converters this can return.)
        internal static TypeConverter Instantiate([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] Type converterType, Type forType)
        {
            ConstructorInfo ctor = converterType.GetConstructor(new[] { typeof(Type) });
            if (ctor != null) return (TypeConverter)ctor.Invoke(new object[] { forType });
            return (TypeConverter)Activator.CreateInstance(converterType);
        }

        // .NET's intrinsic table: the exact type or nearest base in the table, then an interface in the table
        // (ICollection), then Nullable<T>, then ReferenceConverter for interfaces, else TypeConverter.
        [return: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)]
        private static Type IntrinsicConverterType(Type type)
        {
            for (Type t = type; t != null && t != typeof(object); t = t.BaseType)
            {
                Type found = Lookup(t);
                if (found != null) return found;
            }
            if (typeof(ICollection).IsAssignableFrom(type)) return typeof(CollectionConverter);
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Nullable<>)) return typeof(NullableConverter);
            if (type.IsInterface) return typeof(ReferenceConverter);
            return typeof(TypeConverter);
        }

        [return: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)]
        private static Type Lookup(Type t)
        {
            if (t == typeof(bool)) return typeof(BooleanConverter);
            if (t == typeof(byte)) return typeof(ByteConverter);
            if (t == typeof(sbyte)) return typeof(SByteConverter);
            if (t == typeof(char)) return typeof(CharConverter);
            if (t == typeof(double)) return typeof(DoubleConverter);
            if (t == typeof(string)) return typeof(StringConverter);
            if (t == typeof(int)) return typeof(Int32Converter);
            if (t == typeof(Int128)) return typeof(Int128Converter);
            if (t == typeof(short)) return typeof(Int16Converter);
            if (t == typeof(long)) return typeof(Int64Converter);
            if (t == typeof(float)) return typeof(SingleConverter);
            if (t == typeof(Half)) return typeof(HalfConverter);
            if (t == typeof(ushort)) return typeof(UInt16Converter);
            if (t == typeof(uint)) return typeof(UInt32Converter);
            if (t == typeof(ulong)) return typeof(UInt64Converter);
            if (t == typeof(UInt128)) return typeof(UInt128Converter);
            if (t == typeof(CultureInfo)) return typeof(CultureInfoConverter);
            if (t == typeof(DateOnly)) return typeof(DateOnlyConverter);
            if (t == typeof(DateTime)) return typeof(DateTimeConverter);
            if (t == typeof(DateTimeOffset)) return typeof(DateTimeOffsetConverter);
            if (t == typeof(decimal)) return typeof(DecimalConverter);
            if (t == typeof(TimeOnly)) return typeof(TimeOnlyConverter);
            if (t == typeof(TimeSpan)) return typeof(TimeSpanConverter);
            if (t == typeof(Guid)) return typeof(GuidConverter);
            if (t == typeof(Uri)) return typeof(UriTypeConverter);
            if (t == typeof(Version)) return typeof(VersionConverter);
            if (t == typeof(Array)) return typeof(ArrayConverter);
            if (t == typeof(Enum)) return typeof(EnumConverter);
            return null;
        }
    }
}
