// System.ComponentModel attributes that libraries read through reflection
// (Humanizer's Description, Json.NET's DefaultValue, ...).
namespace System.ComponentModel
{
    [AttributeUsage(AttributeTargets.All)]
    public class DescriptionAttribute : Attribute
    {
        public static readonly DescriptionAttribute Default = new DescriptionAttribute();
        public DescriptionAttribute() : this(string.Empty) { }
        public DescriptionAttribute(string description) { DescriptionValue = description; }
        public virtual string Description { get { return DescriptionValue; } }
        protected string DescriptionValue { get; set; }
        public override bool Equals(object obj) { DescriptionAttribute o = obj as DescriptionAttribute; return o != null && o.Description == Description; }
        public override int GetHashCode() { return Description == null ? 0 : Description.GetHashCode(); }
        public override bool IsDefaultAttribute() { return Equals(Default); }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Event)]
    public class DisplayNameAttribute : Attribute
    {
        public static readonly DisplayNameAttribute Default = new DisplayNameAttribute();
        public DisplayNameAttribute() : this(string.Empty) { }
        public DisplayNameAttribute(string displayName) { DisplayNameValue = displayName; }
        public virtual string DisplayName { get { return DisplayNameValue; } }
        protected string DisplayNameValue { get; set; }
        public override bool Equals(object obj) { DisplayNameAttribute o = obj as DisplayNameAttribute; return o != null && o.DisplayName == DisplayName; }
        public override int GetHashCode() { return DisplayName == null ? 0 : DisplayName.GetHashCode(); }
    }

    [AttributeUsage(AttributeTargets.All)]
    public class DefaultValueAttribute : Attribute
    {
        private object _value;
        public DefaultValueAttribute(object value) { _value = value; }
        public DefaultValueAttribute(bool value) { _value = value; }
        public DefaultValueAttribute(byte value) { _value = value; }
        public DefaultValueAttribute(char value) { _value = value; }
        public DefaultValueAttribute(double value) { _value = value; }
        public DefaultValueAttribute(short value) { _value = value; }
        public DefaultValueAttribute(int value) { _value = value; }
        public DefaultValueAttribute(long value) { _value = value; }
        public DefaultValueAttribute(float value) { _value = value; }
        public DefaultValueAttribute(string value) { _value = value; }
        public DefaultValueAttribute(sbyte value) { _value = value; }
        public DefaultValueAttribute(ushort value) { _value = value; }
        public DefaultValueAttribute(uint value) { _value = value; }
        public DefaultValueAttribute(ulong value) { _value = value; }
        public DefaultValueAttribute(Type type, string value)
        {
            if (type == null) return;
            try { _value = type.IsEnum ? Enum.Parse(type, value, true) : type == typeof(TimeSpan) ? (object)TimeSpan.Parse(value) : Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture); }
            catch (Exception) { }
        }
        public virtual object Value { get { return _value; } }
        protected void SetValue(object value) { _value = value; }
        public override bool Equals(object obj) { DefaultValueAttribute o = obj as DefaultValueAttribute; return o != null && object.Equals(o.Value, Value); }
        public override int GetHashCode() { return base.GetHashCode(); }
    }

    public enum EditorBrowsableState { Always, Never, Advanced }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Constructor | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Event | AttributeTargets.Interface | AttributeTargets.Delegate)]
    public sealed class EditorBrowsableAttribute : Attribute
    {
        public EditorBrowsableAttribute() : this(EditorBrowsableState.Always) { }
        public EditorBrowsableAttribute(EditorBrowsableState state) { State = state; }
        public EditorBrowsableState State { get; }
        public override bool Equals(object obj) { EditorBrowsableAttribute o = obj as EditorBrowsableAttribute; return o != null && o.State == State; }
        public override int GetHashCode() { return base.GetHashCode(); }
    }

    [AttributeUsage(AttributeTargets.All)]
    public sealed class BrowsableAttribute : Attribute
    {
        public static readonly BrowsableAttribute Yes = new BrowsableAttribute(true);
        public static readonly BrowsableAttribute No = new BrowsableAttribute(false);
        public static readonly BrowsableAttribute Default = Yes;
        public BrowsableAttribute(bool browsable) { Browsable = browsable; }
        public bool Browsable { get; }
        public override bool Equals(object obj) { BrowsableAttribute o = obj as BrowsableAttribute; return o != null && o.Browsable == Browsable; }
        public override int GetHashCode() { return Browsable.GetHashCode(); }
    }
}
