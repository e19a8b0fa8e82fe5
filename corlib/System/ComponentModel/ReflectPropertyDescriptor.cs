// The PropertyDescriptor TypeDescriptor.GetProperties returns for a public
// instance property found by reflection.
using System.Collections;
using System.Reflection;

namespace System.ComponentModel
{
    internal sealed class ReflectPropertyDescriptor : PropertyDescriptor
    {
        private readonly Type _componentType;
        private readonly PropertyInfo _property;

        public ReflectPropertyDescriptor(Type componentType, PropertyInfo property) : base(property.Name, null)
        {
            _componentType = componentType;
            _property = property;
        }

        public override Type ComponentType { get { return _componentType; } }
        public override Type PropertyType { get { return _property.PropertyType; } }

        public override bool IsReadOnly
        {
            get { return _property.GetSetMethod() == null || Attributes.Contains(ReadOnlyAttribute.Yes); }
        }

        protected override void FillAttributes(IList attributeList)
        {
            foreach (object o in _property.GetCustomAttributes(true)) attributeList.Add(o);
        }

        public override object GetValue(object component)
        {
            if (component == null) return null;
            try { return _property.GetValue(component, null); }
            catch (TargetInvocationException e) { throw e.InnerException; }
        }

        public override void SetValue(object component, object value)
        {
            if (component == null || IsReadOnly) return;
            try { _property.SetValue(component, value, null); }
            catch (TargetInvocationException e) { throw e.InnerException; }
            OnValueChanged(component, EventArgs.Empty);
        }

        private DefaultValueAttribute DefaultValue { get { return Attributes[typeof(DefaultValueAttribute)] as DefaultValueAttribute; } }

        private MethodInfo Helper(string prefix, Type returnType)
        {
            MethodInfo m = _componentType.GetMethod(prefix + Name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, Type.EmptyTypes, null);
            return m != null && m.ReturnType == returnType ? m : null;
        }

        // With [DefaultValue]: resettable when the value differs from it; else when the type has a ResetXxx method.
        public override bool CanResetValue(object component)
        {
            DefaultValueAttribute dv = DefaultValue;
            if (dv != null) return !IsReadOnly && !Equals(GetValue(component), dv.Value);
            MethodInfo shouldSerialize = Helper("ShouldSerialize", typeof(bool));
            if (shouldSerialize != null && !(bool)shouldSerialize.Invoke(component, null)) return false;
            return Helper("Reset", typeof(void)) != null;
        }

        public override void ResetValue(object component)
        {
            DefaultValueAttribute dv = DefaultValue;
            if (dv != null) { SetValue(component, dv.Value); return; }
            MethodInfo reset = Helper("Reset", typeof(void));
            if (reset != null) { reset.Invoke(component, null); OnValueChanged(component, EventArgs.Empty); }
        }

        public override bool ShouldSerializeValue(object component)
        {
            DefaultValueAttribute dv = DefaultValue;
            if (dv != null) return !Equals(GetValue(component), dv.Value);
            MethodInfo shouldSerialize = Helper("ShouldSerialize", typeof(bool));
            if (shouldSerialize != null) return (bool)shouldSerialize.Invoke(component, null);
            return true;
        }
    }
}
