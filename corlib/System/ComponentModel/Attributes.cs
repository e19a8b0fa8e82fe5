// The System.ComponentModel attributes that plain libraries put on their
// types and members (designers and serializers read them through reflection).
namespace System.ComponentModel
{
    [AttributeUsage(AttributeTargets.All)]
    public class DescriptionAttribute : Attribute
    {
        public static readonly DescriptionAttribute Default = new DescriptionAttribute();
        private string _description;
        public DescriptionAttribute() : this(string.Empty) { }
        public DescriptionAttribute(string description) { _description = description; }
        public virtual string Description { get { return DescriptionValue; } }
        protected string DescriptionValue { get { return _description; } set { _description = value; } }
        public override bool Equals(object obj) { var o = obj as DescriptionAttribute; return o != null && o.Description == Description; }
        public override int GetHashCode() { return Description == null ? 0 : Description.GetHashCode(); }
        public override bool IsDefaultAttribute() { return Equals(Default); }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Event)]
    public class DisplayNameAttribute : Attribute
    {
        public static readonly DisplayNameAttribute Default = new DisplayNameAttribute();
        private string _name;
        public DisplayNameAttribute() : this(string.Empty) { }
        public DisplayNameAttribute(string displayName) { _name = displayName; }
        public virtual string DisplayName { get { return DisplayNameValue; } }
        protected string DisplayNameValue { get { return _name; } set { _name = value; } }
        public override bool Equals(object obj) { var o = obj as DisplayNameAttribute; return o != null && o.DisplayName == DisplayName; }
        public override int GetHashCode() { return DisplayName == null ? 0 : DisplayName.GetHashCode(); }
        public override bool IsDefaultAttribute() { return Equals(Default); }
    }

    [AttributeUsage(AttributeTargets.All)]
    public sealed class BrowsableAttribute : Attribute
    {
        public static readonly BrowsableAttribute Yes = new BrowsableAttribute(true);
        public static readonly BrowsableAttribute No = new BrowsableAttribute(false);
        public static readonly BrowsableAttribute Default = Yes;
        public BrowsableAttribute(bool browsable) { Browsable = browsable; }
        public bool Browsable { get; }
        public override bool Equals(object obj) { var o = obj as BrowsableAttribute; return o != null && o.Browsable == Browsable; }
        public override int GetHashCode() { return Browsable.GetHashCode(); }
        public override bool IsDefaultAttribute() { return Equals(Default); }
    }

    [AttributeUsage(AttributeTargets.All)]
    public sealed class ReadOnlyAttribute : Attribute
    {
        public static readonly ReadOnlyAttribute Yes = new ReadOnlyAttribute(true);
        public static readonly ReadOnlyAttribute No = new ReadOnlyAttribute(false);
        public static readonly ReadOnlyAttribute Default = No;
        public ReadOnlyAttribute(bool isReadOnly) { IsReadOnly = isReadOnly; }
        public bool IsReadOnly { get; }
        public override bool Equals(object value) { var o = value as ReadOnlyAttribute; return o != null && o.IsReadOnly == IsReadOnly; }
        public override int GetHashCode() { return base.GetHashCode(); }
        public override bool IsDefaultAttribute() { return IsReadOnly == Default.IsReadOnly; }
    }

    [AttributeUsage(AttributeTargets.All)]
    public class CategoryAttribute : Attribute
    {
        private static CategoryAttribute s_action, s_appearance, s_asynchronous, s_behavior, s_data, s_default, s_design, s_dragDrop, s_focus, s_format, s_key, s_layout, s_mouse, s_windowStyle;
        private readonly string _category;

        public CategoryAttribute() : this("Default") { }
        public CategoryAttribute(string category) { _category = category ?? "Default"; }

        public static CategoryAttribute Action { get { return s_action ?? (s_action = new CategoryAttribute("Action")); } }
        public static CategoryAttribute Appearance { get { return s_appearance ?? (s_appearance = new CategoryAttribute("Appearance")); } }
        public static CategoryAttribute Asynchronous { get { return s_asynchronous ?? (s_asynchronous = new CategoryAttribute("Asynchronous")); } }
        public static CategoryAttribute Behavior { get { return s_behavior ?? (s_behavior = new CategoryAttribute("Behavior")); } }
        public static CategoryAttribute Data { get { return s_data ?? (s_data = new CategoryAttribute("Data")); } }
        public static CategoryAttribute Default { get { return s_default ?? (s_default = new CategoryAttribute()); } }
        public static CategoryAttribute Design { get { return s_design ?? (s_design = new CategoryAttribute("Design")); } }
        public static CategoryAttribute DragDrop { get { return s_dragDrop ?? (s_dragDrop = new CategoryAttribute("DragDrop")); } }
        public static CategoryAttribute Focus { get { return s_focus ?? (s_focus = new CategoryAttribute("Focus")); } }
        public static CategoryAttribute Format { get { return s_format ?? (s_format = new CategoryAttribute("Format")); } }
        public static CategoryAttribute Key { get { return s_key ?? (s_key = new CategoryAttribute("Key")); } }
        public static CategoryAttribute Layout { get { return s_layout ?? (s_layout = new CategoryAttribute("Layout")); } }
        public static CategoryAttribute Mouse { get { return s_mouse ?? (s_mouse = new CategoryAttribute("Mouse")); } }
        public static CategoryAttribute WindowStyle { get { return s_windowStyle ?? (s_windowStyle = new CategoryAttribute("WindowStyle")); } }

        // The built-in category names are localized (English: "Default" reads as "Misc").
        public string Category { get { return GetLocalizedString(_category) ?? _category; } }

        protected virtual string GetLocalizedString(string value)
        {
            switch (value)
            {
                case "Action": case "Appearance": case "Asynchronous": case "Behavior": case "Data": case "Design": case "DragDrop":
                case "Focus": case "Format": case "Key": case "Layout": case "Mouse": case "WindowStyle": case "DDE": case "List":
                    return value;
                case "Default": return "Misc";
                case "Config": return "Configurations";
            }
            return null;
        }
        public override bool Equals(object obj) { var o = obj as CategoryAttribute; return o != null && o.Category == Category; }
        public override int GetHashCode() { return Category.GetHashCode(); }
        public override bool IsDefaultAttribute() { return Category == Default.Category; }
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
        [CLSCompliant(false)] public DefaultValueAttribute(sbyte value) { _value = value; }
        public DefaultValueAttribute(float value) { _value = value; }
        public DefaultValueAttribute(string value) { _value = value; }
        [CLSCompliant(false)] public DefaultValueAttribute(ushort value) { _value = value; }
        [CLSCompliant(false)] public DefaultValueAttribute(uint value) { _value = value; }
        [CLSCompliant(false)] public DefaultValueAttribute(ulong value) { _value = value; }

        // Converts the text with the type's invariant parse for the primitive types, enums, TimeSpan, DateTime and Guid.
        public DefaultValueAttribute(Type type, string value)
        {
            if (type == null) return;
            try
            {
                if (type.IsEnum) _value = Enum.Parse(type, value, true);
                else if (type == typeof(TimeSpan)) _value = TimeSpan.Parse(value);
                else if (type == typeof(Guid)) _value = Guid.Parse(value);
                else _value = Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception) { }
        }

        public virtual object Value { get { return _value; } }
        protected void SetValue(object value) { _value = value; }

        public override bool Equals(object obj)
        {
            var o = obj as DefaultValueAttribute;
            if (o == null) return false;
            return Value == null ? o.Value == null : Value.Equals(o.Value);
        }

        public override int GetHashCode() { return base.GetHashCode(); }
    }
}
