// InstanceDescriptor: how to recreate an object (a constructor, method, field
// or property plus its arguments); TypeConverter.ConvertFrom invokes it.
using System.Collections;
using System.Reflection;

namespace System.ComponentModel.Design.Serialization
{
    public sealed class InstanceDescriptor
    {
        public InstanceDescriptor(MemberInfo member, ICollection arguments) : this(member, arguments, true) { }

        public InstanceDescriptor(MemberInfo member, ICollection arguments, bool isComplete)
        {
            MemberInfo = member;
            IsComplete = isComplete;
            if (arguments == null) Arguments = Array.Empty<object>();
            else
            {
                var copy = new object[arguments.Count];
                arguments.CopyTo(copy, 0);
                Arguments = copy;
            }

            int given = Arguments.Count;
            var field = member as FieldInfo;
            if (field != null)
            {
                if (!field.IsStatic) throw new ArgumentException("Parameter must be static.");
                if (given != 0) throw new ArgumentException("Length mismatch.");
            }
            var ctor = member as ConstructorInfo;
            if (ctor != null)
            {
                if (ctor.IsStatic) throw new ArgumentException("Parameter cannot be static.");
                if (given != ctor.GetParameters().Length) throw new ArgumentException("Length mismatch.");
            }
            var method = member as MethodInfo;
            if (method != null)
            {
                if (!method.IsStatic) throw new ArgumentException("Parameter must be static.");
                if (given != method.GetParameters().Length) throw new ArgumentException("Length mismatch.");
            }
            var property = member as PropertyInfo;
            if (property != null)
            {
                MethodInfo getter = property.GetGetMethod();
                if (getter != null && !getter.IsStatic) throw new ArgumentException("Parameter must be static.");
            }
        }

        public ICollection Arguments { get; }
        public bool IsComplete { get; }
        public MemberInfo MemberInfo { get; }

        public object Invoke()
        {
            var args = new object[Arguments.Count];
            Arguments.CopyTo(args, 0);
            for (int i = 0; i < args.Length; i++)
            {
                var nested = args[i] as InstanceDescriptor;
                if (nested != null) args[i] = nested.Invoke();
            }
            var ctor = MemberInfo as ConstructorInfo;
            if (ctor != null) return ctor.Invoke(args);
            var method = MemberInfo as MethodInfo;
            if (method != null) return method.Invoke(null, args);
            var property = MemberInfo as PropertyInfo;
            if (property != null) return property.GetValue(null, args);
            var field = MemberInfo as FieldInfo;
            if (field != null) return field.GetValue(null);
            return null;
        }
    }
}
