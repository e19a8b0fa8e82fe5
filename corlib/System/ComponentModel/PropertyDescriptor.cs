// PropertyDescriptor: a property as the component model sees it (type,
// converter, get/set/reset, value-changed notifications).
using System.Collections;
using System.Collections.Generic;

namespace System.ComponentModel
{
    public abstract class PropertyDescriptor : MemberDescriptor
    {
        private TypeConverter _converter;
        private Dictionary<object, EventHandler> _valueChangedHandlers;

        protected PropertyDescriptor(string name, Attribute[] attrs) : base(name, attrs) { }
        protected PropertyDescriptor(MemberDescriptor descr) : base(descr) { }
        protected PropertyDescriptor(MemberDescriptor descr, Attribute[] attrs) : base(descr, attrs) { }

        public abstract Type ComponentType { get; }
        public abstract bool IsReadOnly { get; }
        public abstract Type PropertyType { get; }
        public abstract bool CanResetValue(object component);
        public abstract object GetValue(object component);
        public abstract void ResetValue(object component);
        public abstract void SetValue(object component, object value);
        public abstract bool ShouldSerializeValue(object component);

        // The converter named by [TypeConverter] on the property, else the property type's converter.
        public virtual TypeConverter Converter
        {
            get
            {
                if (_converter == null)
                {
                    var attr = (TypeConverterAttribute)Attributes[typeof(TypeConverterAttribute)];
                    if (attr != null && !string.IsNullOrEmpty(attr.ConverterTypeName))
                    {
                        Type converterType = GetTypeFromName(attr.ConverterTypeName);
                        if (converterType != null && typeof(TypeConverter).IsAssignableFrom(converterType))
                            _converter = (TypeConverter)CreateInstance(converterType);
                    }
                    if (_converter == null) _converter = TypeDescriptor.GetConverter(PropertyType);
                }
                return _converter;
            }
        }

        public virtual bool IsLocalizable { get { return false; } }
        public virtual bool SupportsChangeEvents { get { return false; } }

        public virtual void AddValueChanged(object component, EventHandler handler)
        {
            if (component == null) throw new ArgumentNullException(nameof(component));
            if (handler == null) throw new ArgumentNullException(nameof(handler));
            if (_valueChangedHandlers == null) _valueChangedHandlers = new Dictionary<object, EventHandler>();
            EventHandler existing;
            _valueChangedHandlers.TryGetValue(component, out existing);
            _valueChangedHandlers[component] = (EventHandler)Delegate.Combine(existing, handler);
        }

        public virtual void RemoveValueChanged(object component, EventHandler handler)
        {
            if (component == null) throw new ArgumentNullException(nameof(component));
            if (handler == null) throw new ArgumentNullException(nameof(handler));
            EventHandler existing;
            if (_valueChangedHandlers == null || !_valueChangedHandlers.TryGetValue(component, out existing)) return;
            existing = (EventHandler)Delegate.Remove(existing, handler);
            if (existing == null) _valueChangedHandlers.Remove(component);
            else _valueChangedHandlers[component] = existing;
        }

        protected virtual void OnValueChanged(object component, EventArgs e)
        {
            EventHandler handler;
            if (component != null && _valueChangedHandlers != null && _valueChangedHandlers.TryGetValue(component, out handler))
                handler(component, e);
        }

        protected internal EventHandler GetValueChangedHandler(object component)
        {
            EventHandler handler;
            if (component != null && _valueChangedHandlers != null && _valueChangedHandlers.TryGetValue(component, out handler)) return handler;
            return null;
        }

        public PropertyDescriptorCollection GetChildProperties() { return GetChildProperties(null, null); }
        public PropertyDescriptorCollection GetChildProperties(Attribute[] filter) { return GetChildProperties(null, filter); }
        public PropertyDescriptorCollection GetChildProperties(object instance) { return GetChildProperties(instance, null); }

        public virtual PropertyDescriptorCollection GetChildProperties(object instance, Attribute[] filter)
        {
            if (instance == null) return TypeDescriptor.GetProperties(PropertyType, filter);
            return TypeDescriptor.GetProperties(instance, filter);
        }

        // Creates the type with a (Type) constructor taking the property type when it has one, else its parameterless constructor.
        protected object CreateInstance(Type type)
        {
            var ctor = type.GetConstructor(new[] { typeof(Type) });
            if (ctor != null) return ctor.Invoke(new object[] { PropertyType });
            return Activator.CreateInstance(type);
        }

        protected Type GetTypeFromName(string typeName)
        {
            if (string.IsNullOrEmpty(typeName)) return null;
            Type type = Type.GetType(typeName);
            if (type == null && ComponentType != null)
            {
                int comma = typeName.IndexOf(',');
                type = ComponentType.Assembly.GetType(comma >= 0 ? typeName.Substring(0, comma).Trim() : typeName);
            }
            return type;
        }

        public override bool Equals(object obj)
        {
            var other = obj as PropertyDescriptor;
            return other != null && other.NameHashCode == NameHashCode && other.PropertyType == PropertyType && other.Name == Name;
        }

        public override int GetHashCode() { return Name.GetHashCode() ^ PropertyType.GetHashCode(); }
    }
}
