// DataAnnotations attributes that describe rather than validate: data types,
// display names and formats, keys and editing hints, and the
// DataAnnotations.Schema mapping attributes.
using System.Globalization;
using System.Reflection;

namespace System.ComponentModel.DataAnnotations
{
    public enum DataType
    {
        Custom = 0,
        DateTime = 1,
        Date = 2,
        Time = 3,
        Duration = 4,
        PhoneNumber = 5,
        Currency = 6,
        Text = 7,
        Html = 8,
        MultilineText = 9,
        EmailAddress = 10,
        Password = 11,
        Url = 12,
        ImageUrl = 13,
        CreditCard = 14,
        PostalCode = 15,
        Upload = 16,
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Method, AllowMultiple = false)]
    public class DataTypeAttribute : ValidationAttribute
    {
        public DataTypeAttribute(DataType dataType)
        {
            DataType = dataType;
            switch (dataType)
            {
                case DataType.Date: DisplayFormat = new DisplayFormatAttribute { DataFormatString = "{0:d}", ApplyFormatInEditMode = true }; break;
                case DataType.Time: DisplayFormat = new DisplayFormatAttribute { DataFormatString = "{0:t}", ApplyFormatInEditMode = true }; break;
                case DataType.Currency: DisplayFormat = new DisplayFormatAttribute { DataFormatString = "{0:C}" }; break;
            }
        }

        public DataTypeAttribute(string customDataType) : this(DataType.Custom) { CustomDataType = customDataType; }

        public DataType DataType { get; }
        public string CustomDataType { get; }
        public DisplayFormatAttribute DisplayFormat { get; protected set; }

        public virtual string GetDataTypeName()
        {
            CheckCustom();
            return DataType == DataType.Custom ? CustomDataType : DataType.ToString();
        }

        public override bool IsValid(object value)
        {
            CheckCustom();
            return true;
        }

        private void CheckCustom()
        {
            if (DataType == DataType.Custom && string.IsNullOrWhiteSpace(CustomDataType))
                throw new InvalidOperationException("The custom DataType string cannot be null or empty.");
        }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public sealed class EnumDataTypeAttribute : DataTypeAttribute
    {
        public EnumDataTypeAttribute(Type enumType) : base("Enumeration") { EnumType = enumType; }

        public Type EnumType { get; }

        public override bool IsValid(object value)
        {
            if (EnumType == null) throw new InvalidOperationException("The type provided for EnumDataTypeAttribute cannot be null.");
            if (!EnumType.IsEnum)
                throw new InvalidOperationException(string.Format(CultureInfo.CurrentCulture, "The type '{0}' needs to represent an enumeration type.", EnumType.FullName));
            if (value == null) return true;
            if (value is string s && s.Length == 0) return true;
            Type t = value.GetType();
            if (t.IsEnum && t != EnumType) return false;
            if (!t.IsValueType && t != typeof(string)) return false;
            if (t == typeof(bool) || t == typeof(float) || t == typeof(double) || t == typeof(decimal) || t == typeof(char)) return false;
            object e;
            if (t.IsEnum)
            {
                e = value;
            }
            else
            {
                try { e = value is string text ? Enum.Parse(EnumType, text, false) : Enum.ToObject(EnumType, value); }
                catch (ArgumentException) { return false; }
            }
            if (EnumType.IsDefined(typeof(FlagsAttribute), false))
            {
                string number = Convert.ChangeType(e, Enum.GetUnderlyingType(EnumType), CultureInfo.InvariantCulture).ToString();
                return !number.Equals(e.ToString());
            }
            return Enum.IsDefined(EnumType, e);
        }
    }

    // A property of a resource type or the text itself, for DisplayAttribute's strings.
    internal static class LocalizedText
    {
        internal static string Get(string value, Type resourceType, string propertyName)
        {
            if (value == null || resourceType == null) return value;
            PropertyInfo p = resourceType.GetProperty(value, BindingFlags.Public | BindingFlags.Static);
            if (!resourceType.IsVisible || p == null || p.PropertyType != typeof(string) || p.GetGetMethod() == null)
                throw new InvalidOperationException(string.Format(CultureInfo.CurrentCulture,
                    "Cannot retrieve property '{0}' because localization failed.  Type '{1}' is not public or does not contain a public static string property with the name '{2}'.",
                    propertyName, resourceType.FullName, value));
            return (string)p.GetValue(null);
        }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
    public sealed class DisplayAttribute : Attribute
    {
        private int? _order;
        private bool? _autoGenerateField, _autoGenerateFilter;

        public string Name { get; set; }
        public string ShortName { get; set; }
        public string Description { get; set; }
        public string Prompt { get; set; }
        public string GroupName { get; set; }
        public Type ResourceType { get; set; }

        public int Order
        {
            get
            {
                if (_order == null) throw new InvalidOperationException("The Order property has not been set.  Use the GetOrder method to get the value.");
                return _order.Value;
            }
            set { _order = value; }
        }

        public bool AutoGenerateField
        {
            get
            {
                if (_autoGenerateField == null) throw new InvalidOperationException("The AutoGenerateField property has not been set.  Use the GetAutoGenerateField method to get the value.");
                return _autoGenerateField.Value;
            }
            set { _autoGenerateField = value; }
        }

        public bool AutoGenerateFilter
        {
            get
            {
                if (_autoGenerateFilter == null) throw new InvalidOperationException("The AutoGenerateFilter property has not been set.  Use the GetAutoGenerateFilter method to get the value.");
                return _autoGenerateFilter.Value;
            }
            set { _autoGenerateFilter = value; }
        }

        public string GetName() { return LocalizedText.Get(Name, ResourceType, "Name"); }
        public string GetShortName() { return LocalizedText.Get(ShortName, ResourceType, "ShortName") ?? GetName(); }
        public string GetDescription() { return LocalizedText.Get(Description, ResourceType, "Description"); }
        public string GetPrompt() { return LocalizedText.Get(Prompt, ResourceType, "Prompt"); }
        public string GetGroupName() { return LocalizedText.Get(GroupName, ResourceType, "GroupName"); }
        public int? GetOrder() { return _order; }
        public bool? GetAutoGenerateField() { return _autoGenerateField; }
        public bool? GetAutoGenerateFilter() { return _autoGenerateFilter; }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
    public class DisplayFormatAttribute : Attribute
    {
        public DisplayFormatAttribute()
        {
            ConvertEmptyStringToNull = true;
            HtmlEncode = true;
        }

        public string DataFormatString { get; set; }
        public string NullDisplayText { get; set; }
        public Type NullDisplayTextResourceType { get; set; }
        public bool ConvertEmptyStringToNull { get; set; }
        public bool ApplyFormatInEditMode { get; set; }
        public bool HtmlEncode { get; set; }

        public string GetNullDisplayText() { return LocalizedText.Get(NullDisplayText, NullDisplayTextResourceType, "NullDisplayText"); }
    }

    [AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = false)]
    public class DisplayColumnAttribute : Attribute
    {
        public DisplayColumnAttribute(string displayColumn) : this(displayColumn, null) { }
        public DisplayColumnAttribute(string displayColumn, string sortColumn) : this(displayColumn, sortColumn, false) { }

        public DisplayColumnAttribute(string displayColumn, string sortColumn, bool sortDescending)
        {
            DisplayColumn = displayColumn;
            SortColumn = sortColumn;
            SortDescending = sortDescending;
        }

        public string DisplayColumn { get; }
        public string SortColumn { get; }
        public bool SortDescending { get; }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
    public sealed class EditableAttribute : Attribute
    {
        public EditableAttribute(bool allowEdit)
        {
            AllowEdit = allowEdit;
            AllowInitialValue = allowEdit;
        }

        public bool AllowEdit { get; }
        public bool AllowInitialValue { get; set; }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
    public class ScaffoldColumnAttribute : Attribute
    {
        public ScaffoldColumnAttribute(bool scaffold) { Scaffold = scaffold; }
        public bool Scaffold { get; }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = true)]
    public class UIHintAttribute : Attribute
    {
        public UIHintAttribute(string uiHint) : this(uiHint, null, Array.Empty<object>()) { }
        public UIHintAttribute(string uiHint, string presentationLayer) : this(uiHint, presentationLayer, Array.Empty<object>()) { }

        public UIHintAttribute(string uiHint, string presentationLayer, params object[] controlParameters)
        {
            UIHint = uiHint;
            PresentationLayer = presentationLayer;
            ControlParameters = new System.Collections.Generic.Dictionary<string, object>();
            object[] ps = controlParameters ?? Array.Empty<object>();
            if (ps.Length % 2 != 0) throw new InvalidOperationException("The number of control parameters must be even.");
            for (int i = 0; i < ps.Length; i += 2)
            {
                if (!(ps[i] is string key))
                    throw new InvalidOperationException(string.Format(CultureInfo.CurrentCulture, "Control parameter key at position {0} is null.", i));
                if (ControlParameters.ContainsKey(key))
                    throw new InvalidOperationException(string.Format(CultureInfo.CurrentCulture, "The key parameter at position {0} with value '{1}' is not a string. Every key control parameter must be a string.", i, key));
                ControlParameters[key] = ps[i + 1];
            }
        }

        public string UIHint { get; }
        public string PresentationLayer { get; }
        public System.Collections.Generic.IDictionary<string, object> ControlParameters { get; }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
    public sealed class KeyAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
    public sealed class ConcurrencyCheckAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
    public sealed class TimestampAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public sealed class MetadataTypeAttribute : Attribute
    {
        public MetadataTypeAttribute(Type metadataClassType) { MetadataClassType = metadataClassType; }

        public Type MetadataClassType { get; }
    }
}

namespace System.ComponentModel.DataAnnotations.Schema
{
    public enum DatabaseGeneratedOption
    {
        None = 0,
        Identity = 1,
        Computed = 2,
    }

    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class TableAttribute : Attribute
    {
        public TableAttribute(string name)
        {
            if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("The argument 'name' cannot be null, empty or contain only whitespace.", "name");
            Name = name;
        }

        public string Name { get; }
        public string Schema { get; set; }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
    public class ColumnAttribute : Attribute
    {
        private int _order = -1;

        public ColumnAttribute() { }

        public ColumnAttribute(string name)
        {
            if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("The argument 'name' cannot be null, empty or contain only whitespace.", "name");
            Name = name;
        }

        public string Name { get; }
        public string TypeName { get; set; }

        public int Order
        {
            get { return _order; }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value");
                _order = value;
            }
        }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
    public class NotMappedAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class ComplexTypeAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
    public class DatabaseGeneratedAttribute : Attribute
    {
        public DatabaseGeneratedAttribute(DatabaseGeneratedOption databaseGeneratedOption)
        {
            if (databaseGeneratedOption < DatabaseGeneratedOption.None || databaseGeneratedOption > DatabaseGeneratedOption.Computed)
                throw new ArgumentOutOfRangeException("databaseGeneratedOption");
            DatabaseGeneratedOption = databaseGeneratedOption;
        }

        public DatabaseGeneratedOption DatabaseGeneratedOption { get; }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
    public class ForeignKeyAttribute : Attribute
    {
        public ForeignKeyAttribute(string name)
        {
            if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("The argument 'name' cannot be null, empty or contain only whitespace.", "name");
            Name = name;
        }

        public string Name { get; }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
    public class InversePropertyAttribute : Attribute
    {
        public InversePropertyAttribute(string property)
        {
            if (string.IsNullOrWhiteSpace(property)) throw new ArgumentException("The argument 'property' cannot be null, empty or contain only whitespace.", "property");
            Property = property;
        }

        public string Property { get; }
    }
}
