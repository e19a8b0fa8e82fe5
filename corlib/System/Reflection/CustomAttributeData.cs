// CustomAttributeData and its arguments, decoded from the value blob of a
// CustomAttribute row (ECMA-335 II.23.3): a prolog 0x0001, the fixed
// arguments in the constructor's parameter types, then named fields and
// properties, each tagged with its FieldOrPropType.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;

namespace System.Reflection
{
    public class CustomAttributeData
    {
        protected CustomAttributeData() { }
        public virtual ConstructorInfo Constructor { get { return null; } }
        public virtual IList<CustomAttributeTypedArgument> ConstructorArguments { get { return new List<CustomAttributeTypedArgument>(); } }
        public virtual IList<CustomAttributeNamedArgument> NamedArguments { get { return new List<CustomAttributeNamedArgument>(); } }
        public virtual Type AttributeType { get { return Constructor.DeclaringType; } }

        public static IList<CustomAttributeData> GetCustomAttributes(MemberInfo target)
        {
            if (target == null) throw new ArgumentNullException("target");
            return target.GetCustomAttributesData();
        }
        public static IList<CustomAttributeData> GetCustomAttributes(ParameterInfo target)
        {
            if (target == null) throw new ArgumentNullException("target");
            return target.GetCustomAttributesData();
        }
        public static IList<CustomAttributeData> GetCustomAttributes(Assembly target)
        {
            if (target == null) throw new ArgumentNullException("target");
            return target.GetCustomAttributesData();
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder("[").Append(AttributeType.FullName).Append('(');
            bool first = true;
            foreach (CustomAttributeTypedArgument a in ConstructorArguments) { if (!first) sb.Append(", "); sb.Append(a.ToString()); first = false; }
            foreach (CustomAttributeNamedArgument a in NamedArguments) { if (!first) sb.Append(", "); sb.Append(a.ToString()); first = false; }
            return sb.Append(")]").ToString();
        }
    }

    public readonly struct CustomAttributeTypedArgument
    {
        private readonly Type _type;
        private readonly object _value;
        public CustomAttributeTypedArgument(Type argumentType, object value)
        {
            if (argumentType == null) throw new ArgumentNullException("argumentType");
            _type = argumentType; _value = value;
        }
        public CustomAttributeTypedArgument(object value)
        {
            if (value == null) throw new ArgumentNullException("value");
            _type = value.GetType(); _value = value;
        }
        public Type ArgumentType { get { return _type; } }
        public object Value { get { return _value; } }
        public override bool Equals(object obj) { return obj is CustomAttributeTypedArgument && this == (CustomAttributeTypedArgument)obj; }
        public override int GetHashCode() { return base.GetHashCode(); }
        public static bool operator ==(CustomAttributeTypedArgument left, CustomAttributeTypedArgument right) { return left._type == right._type && Equals(left._value, right._value); }
        public static bool operator !=(CustomAttributeTypedArgument left, CustomAttributeTypedArgument right) { return !(left == right); }
        public override string ToString()
        {
            if (_value == null) return _type != null && _type.IsValueType ? "null" : "null";
            if (_type == typeof(string)) return "\"" + _value + "\"";
            if (_type == typeof(char)) return "'" + _value + "'";
            if (_type == typeof(Type)) return "typeof(" + ((Type)_value).FullName + ")";
            if (_type.IsEnum) return "(" + _type.FullName + ")" + Convert.ToInt64(_value);
            if (_type.IsArray)
            {
                StringBuilder sb = new StringBuilder("new ").Append(_type.GetElementType().FullName).Append("[").Append(((IList<CustomAttributeTypedArgument>)_value).Count).Append("] { ");
                bool first = true;
                foreach (CustomAttributeTypedArgument a in (IList<CustomAttributeTypedArgument>)_value) { if (!first) sb.Append(", "); sb.Append(a.ToString()); first = false; }
                return sb.Append(" }").ToString();
            }
            return _value.ToString();
        }
    }

    public readonly struct CustomAttributeNamedArgument
    {
        private readonly MemberInfo _member;
        private readonly CustomAttributeTypedArgument _value;
        public CustomAttributeNamedArgument(MemberInfo memberInfo, object value)
        {
            if (memberInfo == null) throw new ArgumentNullException("memberInfo");
            _member = memberInfo;
            Type t = memberInfo is FieldInfo ? ((FieldInfo)memberInfo).FieldType : ((PropertyInfo)memberInfo).PropertyType;
            _value = new CustomAttributeTypedArgument(t, value);
        }
        public CustomAttributeNamedArgument(MemberInfo memberInfo, CustomAttributeTypedArgument typedArgument)
        {
            if (memberInfo == null) throw new ArgumentNullException("memberInfo");
            _member = memberInfo; _value = typedArgument;
        }
        public MemberInfo MemberInfo { get { return _member; } }
        public CustomAttributeTypedArgument TypedValue { get { return _value; } }
        public string MemberName { get { return _member.Name; } }
        public bool IsField { get { return _member is FieldInfo; } }
        public override bool Equals(object obj) { return obj is CustomAttributeNamedArgument && this == (CustomAttributeNamedArgument)obj; }
        public override int GetHashCode() { return base.GetHashCode(); }
        public static bool operator ==(CustomAttributeNamedArgument left, CustomAttributeNamedArgument right) { return left._member == right._member && left._value == right._value; }
        public static bool operator !=(CustomAttributeNamedArgument left, CustomAttributeNamedArgument right) { return !(left == right); }
        public override string ToString() { return MemberName + " = " + _value.ToString(); }
    }

    internal sealed class RuntimeCustomAttributeData : CustomAttributeData
    {
        private readonly RuntimeConstructorInfo _ctor;
        private readonly byte[] _blob;
        private readonly IntPtr _assembly;
        private IList<CustomAttributeTypedArgument> _fixed;
        private IList<CustomAttributeNamedArgument> _named;

        internal RuntimeCustomAttributeData(RuntimeConstructorInfo ctor, byte[] blob, IntPtr assembly) { _ctor = ctor; _blob = blob; _assembly = assembly; }

        public override ConstructorInfo Constructor { get { return _ctor; } }
        public override Type AttributeType { get { return _ctor.DeclaringType; } }
        public override IList<CustomAttributeTypedArgument> ConstructorArguments { get { Decode(); return _fixed; } }
        public override IList<CustomAttributeNamedArgument> NamedArguments { get { Decode(); return _named; } }

        private void Decode()
        {
            if (_fixed != null) return;
            BlobReader r = new BlobReader(_blob, _assembly);
            ParameterInfo[] ps = _ctor.GetParameters();
            List<CustomAttributeTypedArgument> fixedArgs = new List<CustomAttributeTypedArgument>(ps.Length);
            List<CustomAttributeNamedArgument> named = new List<CustomAttributeNamedArgument>();
            if (_blob.Length >= 2)
            {
                if (r.ReadUInt16() != 1) throw new CustomAttributeFormatException("Binary format of the specified custom attribute was invalid.");
                foreach (ParameterInfo p in ps) fixedArgs.Add(r.ReadValue(p.ParameterType));
                int count = r.Remaining >= 2 ? r.ReadUInt16() : 0;
                for (int i = 0; i < count; i++)
                {
                    byte kind = r.ReadByte();
                    Type type = r.ReadFieldOrPropType();
                    string name = r.ReadSerString();
                    CustomAttributeTypedArgument value = r.ReadValue(type);
                    MemberInfo member = kind == 0x53
                        ? (MemberInfo)FindField(AttributeType, name)
                        : FindProperty(AttributeType, name);
                    if (member == null) throw new CustomAttributeFormatException("'" + name + "' was not found on " + AttributeType.FullName + ".");
                    named.Add(new CustomAttributeNamedArgument(member, value));
                }
            }
            // .NET lists named fields before named properties, each in blob order.
            List<CustomAttributeNamedArgument> ordered = new List<CustomAttributeNamedArgument>(named.Count);
            foreach (CustomAttributeNamedArgument n in named) if (n.IsField) ordered.Add(n);
            foreach (CustomAttributeNamedArgument n in named) if (!n.IsField) ordered.Add(n);
            named = ordered;
            _fixed = new ReadOnlyCollection<CustomAttributeTypedArgument>(fixedArgs);
            _named = new ReadOnlyCollection<CustomAttributeNamedArgument>(named);
        }

        private static FieldInfo FindField(Type t, string name)
        {
            for (; t != null; t = t.BaseType)
            {
                FieldInfo f = t.GetField(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly);
                if (f != null) return f;
            }
            return null;
        }

        private static PropertyInfo FindProperty(Type t, string name)
        {
            for (; t != null; t = t.BaseType)
                foreach (PropertyInfo p in t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                    if (p.Name == name) return p;
            return null;
        }

        // A fresh attribute object: the constructor runs, then each named member is set.
        internal object Instantiate()
        {
            Decode();
            object[] args = new object[_fixed.Count];
            ParameterInfo[] ps = _ctor.GetParameters();
            for (int i = 0; i < args.Length; i++) args[i] = Materialize(_fixed[i], ps[i].ParameterType);
            object attr;
            try { attr = _ctor.Invoke(args); }
            catch (TargetInvocationException e) { throw e.InnerException ?? e; }
            foreach (CustomAttributeNamedArgument n in _named)
            {
                Type target = n.IsField ? ((FieldInfo)n.MemberInfo).FieldType : ((PropertyInfo)n.MemberInfo).PropertyType;
                object v = Materialize(n.TypedValue, target);
                if (n.IsField) ((FieldInfo)n.MemberInfo).SetValue(attr, v);
                else
                {
                    try { ((PropertyInfo)n.MemberInfo).SetValue(attr, v); }
                    catch (TargetInvocationException e) { throw e.InnerException ?? e; }
                }
            }
            return attr;
        }

        // Arrays arrive as collections of typed arguments; the attribute receives a real array.
        private static object Materialize(CustomAttributeTypedArgument a, Type target)
        {
            IList<CustomAttributeTypedArgument> list = a.Value as IList<CustomAttributeTypedArgument>;
            if (list == null) return a.Value != null && a.ArgumentType.IsEnum ? Enum.ToObject(a.ArgumentType, a.Value) : a.Value;
            Type elem = a.ArgumentType.GetElementType();
            Array arr = Array.CreateInstance(elem, list.Count);
            for (int i = 0; i < list.Count; i++) arr.SetValue(Materialize(list[i], elem), i);
            return arr;
        }
    }

    internal struct BlobReader
    {
        private readonly byte[] _b;
        private readonly IntPtr _assembly;
        private int _pos;

        internal BlobReader(byte[] b, IntPtr assembly) { _b = b; _assembly = assembly; _pos = 0; }

        internal int Remaining { get { return _b.Length - _pos; } }

        private void Need(int n)
        {
            if (_pos + n > _b.Length) throw new CustomAttributeFormatException("Binary format of the specified custom attribute was invalid.");
        }
        internal byte ReadByte() { Need(1); return _b[_pos++]; }
        internal ushort ReadUInt16() { Need(2); ushort v = (ushort)(_b[_pos] | (_b[_pos + 1] << 8)); _pos += 2; return v; }
        internal int ReadInt32() { Need(4); int v = _b[_pos] | (_b[_pos + 1] << 8) | (_b[_pos + 2] << 16) | (_b[_pos + 3] << 24); _pos += 4; return v; }
        internal long ReadInt64() { long lo = (uint)ReadInt32(); long hi = ReadInt32(); return lo | (hi << 32); }

        private int ReadPacked()
        {
            byte b = ReadByte();
            if ((b & 0x80) == 0) return b;
            if ((b & 0xC0) == 0x80) return ((b & 0x3F) << 8) | ReadByte();
            int v = (b & 0x1F) << 24;
            v |= ReadByte() << 16; v |= ReadByte() << 8; v |= ReadByte();
            return v;
        }

        internal string ReadSerString()
        {
            Need(1);
            if (_b[_pos] == 0xFF) { _pos++; return null; }
            int len = ReadPacked();
            Need(len);
            string s = Encoding.UTF8.GetString(_b, _pos, len);
            _pos += len;
            return s;
        }

        private Type ReadTypeName()
        {
            string name = ReadSerString();
            if (name == null) return null;
            Type t = CustomAttributeReader.ResolveTypeName(name, _assembly, false);
            if (t == null) throw new TypeLoadException("Could not load type '" + name + "' named in a custom attribute.");
            return t;
        }

        // FieldOrPropType (II.23.3): an element type, or 0x50 Type, 0x51 boxed object, 0x55 enum + name, 0x1D array + element.
        internal Type ReadFieldOrPropType()
        {
            byte tag = ReadByte();
            switch (tag)
            {
                case 0x02: return typeof(bool);
                case 0x03: return typeof(char);
                case 0x04: return typeof(sbyte);
                case 0x05: return typeof(byte);
                case 0x06: return typeof(short);
                case 0x07: return typeof(ushort);
                case 0x08: return typeof(int);
                case 0x09: return typeof(uint);
                case 0x0A: return typeof(long);
                case 0x0B: return typeof(ulong);
                case 0x0C: return typeof(float);
                case 0x0D: return typeof(double);
                case 0x0E: return typeof(string);
                case 0x50: return typeof(Type);
                case 0x51: return typeof(object);
                case 0x55: return ReadTypeName();
                case 0x1D: return ReadFieldOrPropType().MakeArrayType();
            }
            throw new CustomAttributeFormatException("Binary format of the specified custom attribute was invalid.");
        }

        internal CustomAttributeTypedArgument ReadValue(Type t)
        {
            if (t == typeof(object))
            {
                Type actual = ReadFieldOrPropType();
                return ReadValue(actual);
            }
            if (t.IsArray)
            {
                int n = ReadInt32();
                if (n == -1) return new CustomAttributeTypedArgument(t, null);
                Type elem = t.GetElementType();
                CustomAttributeTypedArgument[] items = new CustomAttributeTypedArgument[n];
                for (int i = 0; i < n; i++)
                {
                    CustomAttributeTypedArgument item = ReadValue(elem);
                    items[i] = elem == typeof(object) ? item : new CustomAttributeTypedArgument(elem, item.Value);
                }
                return new CustomAttributeTypedArgument(t, new ReadOnlyCollection<CustomAttributeTypedArgument>(items));
            }
            if (t.IsEnum) return new CustomAttributeTypedArgument(t, ReadPrimitive(t.GetEnumUnderlyingType()));   // the raw value, as .NET reports it
            if (t == typeof(string)) return new CustomAttributeTypedArgument(t, ReadSerString());
            if (t == typeof(Type)) return new CustomAttributeTypedArgument(t, ReadTypeName());
            return new CustomAttributeTypedArgument(t, ReadPrimitive(t));
        }

        private object ReadPrimitive(Type t)
        {
            if (t == typeof(bool)) return ReadByte() != 0;
            if (t == typeof(char)) return (char)ReadUInt16();
            if (t == typeof(sbyte)) return (sbyte)ReadByte();
            if (t == typeof(byte)) return ReadByte();
            if (t == typeof(short)) return (short)ReadUInt16();
            if (t == typeof(ushort)) return ReadUInt16();
            if (t == typeof(int)) return ReadInt32();
            if (t == typeof(uint)) return (uint)ReadInt32();
            if (t == typeof(long)) return ReadInt64();
            if (t == typeof(ulong)) return (ulong)ReadInt64();
            if (t == typeof(float)) return BitConverter.Int32BitsToSingle(ReadInt32());
            if (t == typeof(double)) return BitConverter.Int64BitsToDouble(ReadInt64());
            throw new CustomAttributeFormatException("A custom attribute argument of type " + t.FullName + " is not allowed.");
        }
    }

    public class CustomAttributeFormatException : FormatException
    {
        public CustomAttributeFormatException() : base("Binary format of the specified custom attribute was invalid.") { }
        public CustomAttributeFormatException(string message) : base(message) { }
        public CustomAttributeFormatException(string message, Exception inner) : base(message, inner) { }
    }
}
