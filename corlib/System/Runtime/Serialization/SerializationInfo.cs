// The ISerializable contract: a name/value bag a type fills in GetObjectData
// and reads back in its (SerializationInfo, StreamingContext) constructor.
using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace System.Runtime.Serialization
{
    public interface ISerializable
    {
        void GetObjectData(SerializationInfo info, StreamingContext context);
    }

    public interface IObjectReference
    {
        object GetRealObject(StreamingContext context);
    }

    public interface IFormatterConverter
    {
        object Convert(object value, Type type);
        object Convert(object value, TypeCode typeCode);
        bool ToBoolean(object value);
        char ToChar(object value);
        sbyte ToSByte(object value);
        byte ToByte(object value);
        short ToInt16(object value);
        ushort ToUInt16(object value);
        int ToInt32(object value);
        uint ToUInt32(object value);
        long ToInt64(object value);
        ulong ToUInt64(object value);
        float ToSingle(object value);
        double ToDouble(object value);
        decimal ToDecimal(object value);
        DateTime ToDateTime(object value);
        string ToString(object value);
    }

    /// <summary>Converts through System.Convert with the invariant culture.</summary>
    public class FormatterConverter : IFormatterConverter
    {
        static object Check(object value) { if (value == null) throw new ArgumentNullException("value"); return value; }
        public object Convert(object value, Type type) { return System.Convert.ChangeType(Check(value), type, CultureInfo.InvariantCulture); }
        public object Convert(object value, TypeCode typeCode) { return System.Convert.ChangeType(Check(value), typeCode, CultureInfo.InvariantCulture); }
        public bool ToBoolean(object value) { return System.Convert.ToBoolean(Check(value), CultureInfo.InvariantCulture); }
        public char ToChar(object value) { return System.Convert.ToChar(Check(value), CultureInfo.InvariantCulture); }
        public sbyte ToSByte(object value) { return System.Convert.ToSByte(Check(value), CultureInfo.InvariantCulture); }
        public byte ToByte(object value) { return System.Convert.ToByte(Check(value), CultureInfo.InvariantCulture); }
        public short ToInt16(object value) { return System.Convert.ToInt16(Check(value), CultureInfo.InvariantCulture); }
        public ushort ToUInt16(object value) { return System.Convert.ToUInt16(Check(value), CultureInfo.InvariantCulture); }
        public int ToInt32(object value) { return System.Convert.ToInt32(Check(value), CultureInfo.InvariantCulture); }
        public uint ToUInt32(object value) { return System.Convert.ToUInt32(Check(value), CultureInfo.InvariantCulture); }
        public long ToInt64(object value) { return System.Convert.ToInt64(Check(value), CultureInfo.InvariantCulture); }
        public ulong ToUInt64(object value) { return System.Convert.ToUInt64(Check(value), CultureInfo.InvariantCulture); }
        public float ToSingle(object value) { return System.Convert.ToSingle(Check(value), CultureInfo.InvariantCulture); }
        public double ToDouble(object value) { return System.Convert.ToDouble(Check(value), CultureInfo.InvariantCulture); }
        public decimal ToDecimal(object value) { return System.Convert.ToDecimal(Check(value), CultureInfo.InvariantCulture); }
        public DateTime ToDateTime(object value) { return System.Convert.ToDateTime(Check(value), CultureInfo.InvariantCulture); }
        public string ToString(object value) { return System.Convert.ToString(Check(value), (IFormatProvider)CultureInfo.InvariantCulture); }
    }

    public readonly struct SerializationEntry
    {
        private readonly string _name;
        private readonly object _value;
        private readonly Type _type;
        internal SerializationEntry(string name, object value, Type type) { _name = name; _value = value; _type = type; }
        public string Name { get { return _name; } }
        public object Value { get { return _value; } }
        public Type ObjectType { get { return _type; } }
    }

    public sealed class SerializationInfoEnumerator : IEnumerator
    {
        private readonly string[] _names;
        private readonly object[] _values;
        private readonly Type[] _types;
        private readonly int _count;
        private int _index = -1;

        internal SerializationInfoEnumerator(string[] names, object[] values, Type[] types, int count)
        {
            _names = names; _values = values; _types = types; _count = count;
        }

        public bool MoveNext()
        {
            if (_index < _count) _index++;
            return _index < _count;
        }

        object IEnumerator.Current { get { return Current; } }

        public SerializationEntry Current
        {
            get
            {
                if (_index < 0 || _index >= _count) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                return new SerializationEntry(_names[_index], _values[_index], _types[_index]);
            }
        }

        public void Reset() { _index = -1; }
        public string Name { get { return Current.Name; } }
        public object Value { get { return Current.Value; } }
        public Type ObjectType { get { return Current.ObjectType; } }
    }

    public sealed class SerializationInfo
    {
        private string[] _names = new string[4];
        private object[] _values = new object[4];
        private Type[] _types = new Type[4];
        private int _count;
        private readonly Dictionary<string, int> _index = new Dictionary<string, int>();
        private readonly IFormatterConverter _converter;
        private string _typeName, _assemblyName;
        private Type _type;

        [CLSCompliant(false)]
        public SerializationInfo(Type type, IFormatterConverter converter)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (converter == null) throw new ArgumentNullException("converter");
            _converter = converter;
            SetTypeNames(type);
        }

        [CLSCompliant(false)]
        public SerializationInfo(Type type, IFormatterConverter converter, bool requireSameTokenInPartialTrust) : this(type, converter) { }

        void SetTypeNames(Type type)
        {
            _type = type;
            _typeName = type.FullName;
            var asm = type.Assembly;
            _assemblyName = asm != null ? asm.ToString() : null;  // Assembly.ToString() is its full name
        }

        public string FullTypeName
        {
            get { return _typeName; }
            set { if (value == null) throw new ArgumentNullException("value"); _typeName = value; IsFullTypeNameSetExplicit = true; }
        }

        public string AssemblyName
        {
            get { return _assemblyName; }
            set { if (value == null) throw new ArgumentNullException("value"); _assemblyName = value; IsAssemblyNameSetExplicit = true; }
        }

        public bool IsFullTypeNameSetExplicit { get; private set; }
        public bool IsAssemblyNameSetExplicit { get; private set; }
        public int MemberCount { get { return _count; } }
        public Type ObjectType { get { return _type; } }

        public void SetType(Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (!ReferenceEquals(_type, type)) { SetTypeNames(type); IsFullTypeNameSetExplicit = false; IsAssemblyNameSetExplicit = false; }
        }

        public SerializationInfoEnumerator GetEnumerator() { return new SerializationInfoEnumerator(_names, _values, _types, _count); }

        public void AddValue(string name, object value, Type type)
        {
            if (name == null) throw new ArgumentNullException("name");
            if (type == null) throw new ArgumentNullException("type");
            Add(name, value, type);
        }

        public void AddValue(string name, object value) { AddValue(name, value, value == null ? typeof(object) : value.GetType()); }
        public void AddValue(string name, bool value) { AddValue(name, (object)value, typeof(bool)); }
        public void AddValue(string name, char value) { AddValue(name, (object)value, typeof(char)); }
        [CLSCompliant(false)] public void AddValue(string name, sbyte value) { AddValue(name, (object)value, typeof(sbyte)); }
        public void AddValue(string name, byte value) { AddValue(name, (object)value, typeof(byte)); }
        public void AddValue(string name, short value) { AddValue(name, (object)value, typeof(short)); }
        [CLSCompliant(false)] public void AddValue(string name, ushort value) { AddValue(name, (object)value, typeof(ushort)); }
        public void AddValue(string name, int value) { AddValue(name, (object)value, typeof(int)); }
        [CLSCompliant(false)] public void AddValue(string name, uint value) { AddValue(name, (object)value, typeof(uint)); }
        public void AddValue(string name, long value) { AddValue(name, (object)value, typeof(long)); }
        [CLSCompliant(false)] public void AddValue(string name, ulong value) { AddValue(name, (object)value, typeof(ulong)); }
        public void AddValue(string name, float value) { AddValue(name, (object)value, typeof(float)); }
        public void AddValue(string name, double value) { AddValue(name, (object)value, typeof(double)); }
        public void AddValue(string name, decimal value) { AddValue(name, (object)value, typeof(decimal)); }
        public void AddValue(string name, DateTime value) { AddValue(name, (object)value, typeof(DateTime)); }

        void Add(string name, object value, Type type)
        {
            if (_index.ContainsKey(name)) throw new SerializationException("Cannot add the same member twice to a SerializationInfo object.");
            if (_count == _names.Length)
            {
                Array.Resize(ref _names, _count * 2);
                Array.Resize(ref _values, _count * 2);
                Array.Resize(ref _types, _count * 2);
            }
            _names[_count] = name; _values[_count] = value; _types[_count] = type;
            _index[name] = _count++;
        }

        int Find(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            int i;
            if (!_index.TryGetValue(name, out i)) throw new SerializationException("Member '" + name + "' was not found.");
            return i;
        }

        internal object GetValueNoThrow(string name, Type type)
        {
            int i;
            if (!_index.TryGetValue(name, out i)) return null;
            return Coerce(_values[i], _types[i], type);
        }

        object Coerce(object value, Type stored, Type wanted)
        {
            if (value == null || ReferenceEquals(stored, wanted) || wanted.IsInstanceOfType(value)) return value;
            return _converter.Convert(value, wanted);
        }

        public object GetValue(string name, Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            int i = Find(name);
            return Coerce(_values[i], _types[i], type);
        }

        object Raw(string name) { return _values[Find(name)]; }

        public bool GetBoolean(string name) { object v = Raw(name); return v is bool b ? b : _converter.ToBoolean(v); }
        public char GetChar(string name) { object v = Raw(name); return v is char c ? c : _converter.ToChar(v); }
        [CLSCompliant(false)] public sbyte GetSByte(string name) { object v = Raw(name); return v is sbyte x ? x : _converter.ToSByte(v); }
        public byte GetByte(string name) { object v = Raw(name); return v is byte x ? x : _converter.ToByte(v); }
        public short GetInt16(string name) { object v = Raw(name); return v is short x ? x : _converter.ToInt16(v); }
        [CLSCompliant(false)] public ushort GetUInt16(string name) { object v = Raw(name); return v is ushort x ? x : _converter.ToUInt16(v); }
        public int GetInt32(string name) { object v = Raw(name); return v is int x ? x : _converter.ToInt32(v); }
        [CLSCompliant(false)] public uint GetUInt32(string name) { object v = Raw(name); return v is uint x ? x : _converter.ToUInt32(v); }
        public long GetInt64(string name) { object v = Raw(name); return v is long x ? x : _converter.ToInt64(v); }
        [CLSCompliant(false)] public ulong GetUInt64(string name) { object v = Raw(name); return v is ulong x ? x : _converter.ToUInt64(v); }
        public float GetSingle(string name) { object v = Raw(name); return v is float x ? x : _converter.ToSingle(v); }
        public double GetDouble(string name) { object v = Raw(name); return v is double x ? x : _converter.ToDouble(v); }
        public decimal GetDecimal(string name) { object v = Raw(name); return v is decimal x ? x : _converter.ToDecimal(v); }
        public DateTime GetDateTime(string name) { object v = Raw(name); return v is DateTime x ? x : _converter.ToDateTime(v); }
        public string GetString(string name) { object v = Raw(name); return v == null || v is string ? (string)v : _converter.ToString(v); }
    }
}

namespace System.Runtime.Serialization
{
    public interface ISafeSerializationData
    {
        void CompleteDeserialization(object deserialized);
    }

    public sealed class SafeSerializationEventArgs : EventArgs
    {
        private readonly System.Collections.Generic.List<object> _state = new System.Collections.Generic.List<object>();
        internal SafeSerializationEventArgs(StreamingContext context) { StreamingContext = context; }
        public StreamingContext StreamingContext { get; }
        public void AddSerializedState(ISafeSerializationData serializedState)
        {
            if (serializedState == null) throw new ArgumentNullException("serializedState");
            _state.Add(serializedState);
        }
    }

    public interface ISerializationSurrogate
    {
        void GetObjectData(object obj, SerializationInfo info, StreamingContext context);
        object SetObjectData(object obj, SerializationInfo info, StreamingContext context, ISurrogateSelector selector);
    }

    public interface ISurrogateSelector
    {
        void ChainSelector(ISurrogateSelector selector);
        ISurrogateSelector GetNextSelector();
        ISerializationSurrogate GetSurrogate(Type type, StreamingContext context, out ISurrogateSelector selector);
    }
}
