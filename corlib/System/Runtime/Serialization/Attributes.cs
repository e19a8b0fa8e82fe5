// System.Runtime.Serialization: the data-contract and serialization-callback
// attributes and StreamingContext (SerializationException is in
// Exceptions.cs), as serializers in
// libraries (System.Text.Json, Newtonsoft.Json, protobuf-net) look for them.
namespace System.Runtime.Serialization
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum, Inherited = false, AllowMultiple = false)]
    public sealed class DataContractAttribute : Attribute
    {
        private string _name, _namespace;
        public DataContractAttribute() { }
        public bool IsReference { get; set; }
        public bool IsReferenceSetExplicitly { get; private set; }
        public string Name { get { return _name; } set { _name = value; IsNameSetExplicitly = true; } }
        public bool IsNameSetExplicitly { get; private set; }
        public string Namespace { get { return _namespace; } set { _namespace = value; IsNamespaceSetExplicitly = true; } }
        public bool IsNamespaceSetExplicitly { get; private set; }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
    public sealed class DataMemberAttribute : Attribute
    {
        private string _name;
        private int _order = -1;
        public DataMemberAttribute() { EmitDefaultValue = true; }
        public string Name { get { return _name; } set { _name = value; IsNameSetExplicitly = true; } }
        public bool IsNameSetExplicitly { get; private set; }
        public int Order
        {
            get { return _order; }
            set { if (value < 0) throw new InvalidDataContractException("Property 'Order' in DataMemberAttribute attribute cannot be a negative number."); _order = value; }
        }
        public bool IsRequired { get; set; }
        public bool EmitDefaultValue { get; set; }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
    public sealed class IgnoreDataMemberAttribute : Attribute { public IgnoreDataMemberAttribute() { } }

    [AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
    public sealed class EnumMemberAttribute : Attribute
    {
        private string _value;
        public EnumMemberAttribute() { }
        public string Value { get { return _value; } set { _value = value; IsValueSetExplicitly = true; } }
        public bool IsValueSetExplicitly { get; private set; }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
    public sealed class CollectionDataContractAttribute : Attribute
    {
        private string _name, _namespace, _itemName, _keyName, _valueName;
        private bool _isReference;
        public CollectionDataContractAttribute() { }
        public string Name { get { return _name; } set { _name = value; IsNameSetExplicitly = true; } }
        public bool IsNameSetExplicitly { get; private set; }
        public string Namespace { get { return _namespace; } set { _namespace = value; IsNamespaceSetExplicitly = true; } }
        public bool IsNamespaceSetExplicitly { get; private set; }
        public string ItemName { get { return _itemName; } set { _itemName = value; IsItemNameSetExplicitly = true; } }
        public bool IsItemNameSetExplicitly { get; private set; }
        public string KeyName { get { return _keyName; } set { _keyName = value; IsKeyNameSetExplicitly = true; } }
        public bool IsKeyNameSetExplicitly { get; private set; }
        public string ValueName { get { return _valueName; } set { _valueName = value; IsValueNameSetExplicitly = true; } }
        public bool IsValueNameSetExplicitly { get; private set; }
        public bool IsReference { get { return _isReference; } set { _isReference = value; IsReferenceSetExplicitly = true; } }
        public bool IsReferenceSetExplicitly { get; private set; }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = true, AllowMultiple = true)]
    public sealed class KnownTypeAttribute : Attribute
    {
        private readonly Type _type;
        private readonly string _methodName;
        public KnownTypeAttribute(Type type) { _type = type; }
        public KnownTypeAttribute(string methodName) { _methodName = methodName; }
        public Type Type { get { return _type; } }
        public string MethodName { get { return _methodName; } }
    }

    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    public sealed class OnSerializingAttribute : Attribute { public OnSerializingAttribute() { } }
    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    public sealed class OnSerializedAttribute : Attribute { public OnSerializedAttribute() { } }
    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    public sealed class OnDeserializingAttribute : Attribute { public OnDeserializingAttribute() { } }
    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    public sealed class OnDeserializedAttribute : Attribute { public OnDeserializedAttribute() { } }

    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public sealed class OptionalFieldAttribute : Attribute
    {
        private int _versionAdded = 1;
        public OptionalFieldAttribute() { }
        public int VersionAdded
        {
            get { return _versionAdded; }
            set { if (value < 1) throw new ArgumentException("Version value must be positive."); _versionAdded = value; }
        }
    }

    [Flags]
    public enum StreamingContextStates
    {
        CrossProcess = 1, CrossMachine = 2, File = 4, Persistence = 8, Remoting = 16, Other = 32, Clone = 64, CrossAppDomain = 128, All = 255
    }

    public readonly struct StreamingContext
    {
        private readonly object _additionalContext;
        private readonly StreamingContextStates _state;
        public StreamingContext(StreamingContextStates state) : this(state, null) { }
        public StreamingContext(StreamingContextStates state, object additional) { _state = state; _additionalContext = additional; }
        public object Context { get { return _additionalContext; } }
        public StreamingContextStates State { get { return _state; } }
        public override bool Equals(object obj)
        {
            if (!(obj is StreamingContext)) return false;
            StreamingContext o = (StreamingContext)obj;
            return o._additionalContext == _additionalContext && o._state == _state;
        }
        public override int GetHashCode() { return (int)_state; }
    }

    public interface IDeserializationCallback { void OnDeserialization(object sender); }

    public sealed class InvalidDataContractException : Exception
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        private InvalidDataContractException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public InvalidDataContractException() { }
        public InvalidDataContractException(string message) : base(message) { }
        public InvalidDataContractException(string message, Exception innerException) : base(message, innerException) { }
    }
}
