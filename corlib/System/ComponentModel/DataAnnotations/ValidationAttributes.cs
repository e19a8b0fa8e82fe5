// The validation attributes that check a value: required, lengths, ranges,
// patterns, formats (e-mail, phone, URL, credit card, Base64, file
// extension), allowed/denied values, comparison with another property.
using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace System.ComponentModel.DataAnnotations
{
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public class RequiredAttribute : ValidationAttribute
    {
        public RequiredAttribute() : base("The {0} field is required.") { }

        public bool AllowEmptyStrings { get; set; }

        public override bool IsValid(object value)
        {
            if (value == null) return false;
            return AllowEmptyStrings || !(value is string s) || !string.IsNullOrWhiteSpace(s);
        }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public class StringLengthAttribute : ValidationAttribute
    {
        public StringLengthAttribute(int maximumLength) : base("The field {0} must be a string with a maximum length of {1}.")
        {
            MaximumLength = maximumLength;
        }

        public int MaximumLength { get; }
        public int MinimumLength { get; set; }

        public override bool IsValid(object value)
        {
            CheckLengths();
            if (value == null) return true;
            int length = ((string)value).Length;
            return length >= MinimumLength && length <= MaximumLength;
        }

        public override string FormatErrorMessage(string name)
        {
            CheckLengths();
            string format = MinimumLength != 0 && !CustomErrorMessageSet
                ? "The field {0} must be a string with a minimum length of {2} and a maximum length of {1}."
                : ErrorMessageString;
            return string.Format(CultureInfo.CurrentCulture, format, name, MaximumLength, MinimumLength);
        }

        private void CheckLengths()
        {
            if (MaximumLength < 0) throw new InvalidOperationException("The maximum length must be a nonnegative integer.");
            if (MaximumLength < MinimumLength)
                throw new InvalidOperationException(string.Format(CultureInfo.CurrentCulture, "The maximum value '{0}' must be greater than or equal to the minimum value '{1}'.", MaximumLength, MinimumLength));
        }
    }

    // The length of a string, a collection (ICollection or a public int Count) or an array.
    internal static class ValueLength
    {
        internal static int Of(object value)
        {
            if (value is string s) return s.Length;
            if (value is ICollection c) return c.Count;
            PropertyInfo count = value.GetType().GetProperty("Count", BindingFlags.Public | BindingFlags.Instance);
            if (count != null && count.PropertyType == typeof(int) && count.GetGetMethod() != null && count.GetIndexParameters().Length == 0)
                return (int)count.GetValue(value);
            if (value is Array a) return a.Length;
            throw new InvalidCastException(string.Format(CultureInfo.CurrentCulture, "The field of type {0} must be a string, array or ICollection type.", value.GetType()));
        }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public class MinLengthAttribute : ValidationAttribute
    {
        public MinLengthAttribute(int length) : base("The field {0} must be a string or array type with a minimum length of '{1}'.") { Length = length; }

        public int Length { get; }

        public override bool IsValid(object value)
        {
            if (Length < 0) throw new InvalidOperationException("MinLengthAttribute must have a Length value that is zero or greater.");
            return value == null || ValueLength.Of(value) >= Length;
        }

        public override string FormatErrorMessage(string name)
        {
            return string.Format(CultureInfo.CurrentCulture, ErrorMessageString, name, Length);
        }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public class MaxLengthAttribute : ValidationAttribute
    {
        public MaxLengthAttribute() : this(-1) { }
        public MaxLengthAttribute(int length) : base("The field {0} must be a string or array type with a maximum length of '{1}'.") { Length = length; }

        public int Length { get; }

        public override bool IsValid(object value)
        {
            if (Length == 0 || Length < -1)
                throw new InvalidOperationException("MaxLengthAttribute must have a Length value that is greater than zero. Use MaxLength() without parameters to indicate that the string or array can have the maximum allowable length.");
            return value == null || Length == -1 || ValueLength.Of(value) <= Length;
        }

        public override string FormatErrorMessage(string name)
        {
            return string.Format(CultureInfo.CurrentCulture, ErrorMessageString, name, Length);
        }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public class LengthAttribute : ValidationAttribute
    {
        public LengthAttribute(int minimumLength, int maximumLength)
            : base("The field {0} must be a string or collection type with a minimum length of '{1}' and maximum length of '{2}'.")
        {
            MinimumLength = minimumLength;
            MaximumLength = maximumLength;
        }

        public int MinimumLength { get; }
        public int MaximumLength { get; }

        public override bool IsValid(object value)
        {
            if (MinimumLength < 0) throw new InvalidOperationException("LengthAttribute must have a MinimumLength value that is zero or greater.");
            if (MaximumLength < MinimumLength) throw new InvalidOperationException("LengthAttribute must have a MaximumLength value that is greater than or equal to MinimumLength.");
            if (value == null) return true;
            int length = ValueLength.Of(value);
            return length >= MinimumLength && length <= MaximumLength;
        }

        public override string FormatErrorMessage(string name)
        {
            return string.Format(CultureInfo.CurrentCulture, ErrorMessageString, name, MinimumLength, MaximumLength);
        }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public class RangeAttribute : ValidationAttribute
    {
        private Func<object, object> _convert;

        public RangeAttribute(int minimum, int maximum) : this()
        {
            Minimum = minimum;
            Maximum = maximum;
            OperandType = typeof(int);
        }

        public RangeAttribute(double minimum, double maximum) : this()
        {
            Minimum = minimum;
            Maximum = maximum;
            OperandType = typeof(double);
        }

        public RangeAttribute(Type type, string minimum, string maximum) : this()
        {
            OperandType = type;
            Minimum = minimum;
            Maximum = maximum;
        }

        private RangeAttribute() { SetDefaultMessage(DefaultMessage); }

        public object Minimum { get; private set; }
        public object Maximum { get; private set; }
        public Type OperandType { get; }
        public bool MinimumIsExclusive { get; set; }
        public bool MaximumIsExclusive { get; set; }
        public bool ParseLimitsInInvariantCulture { get; set; }
        public bool ConvertValueInInvariantCulture { get; set; }

        public override bool IsValid(object value)
        {
            SetUp();
            if (value == null || (value is string s && s.Length == 0)) return true;
            object converted;
            try
            {
                converted = _convert(value);
            }
            catch (FormatException) { return false; }
            catch (InvalidCastException) { return false; }
            catch (NotSupportedException) { return false; }
            IComparable min = (IComparable)Minimum, max = (IComparable)Maximum;
            int lo = min.CompareTo(converted), hi = max.CompareTo(converted);
            return (MinimumIsExclusive ? lo < 0 : lo <= 0) && (MaximumIsExclusive ? hi > 0 : hi >= 0);
        }

        public override string FormatErrorMessage(string name)
        {
            SetUp();
            return string.Format(CultureInfo.CurrentCulture, ErrorMessageString, name, Minimum, Maximum);
        }

        // The default message says which bounds are exclusive.
        private string DefaultMessage()
        {
            if (MinimumIsExclusive && MaximumIsExclusive) return "The field {0} must be between {1} exclusive and {2} exclusive.";
            if (MinimumIsExclusive) return "The field {0} must be between {1} exclusive and {2}.";
            if (MaximumIsExclusive) return "The field {0} must be between {1} and {2} exclusive.";
            return "The field {0} must be between {1} and {2}.";
        }

        private void SetUp()
        {
            if (_convert != null) return;
            if (Minimum == null || Maximum == null) throw new InvalidOperationException("The minimum and maximum values must be set.");
            Type type = OperandType;
            if (type == typeof(int))
            {
                _convert = v => Convert.ToInt32(v, CultureInfo.InvariantCulture);
            }
            else if (type == typeof(double))
            {
                _convert = v => Convert.ToDouble(v, CultureInfo.InvariantCulture);
            }
            else
            {
                if (type == null) throw new InvalidOperationException("The OperandType must be set when strings are used for minimum and maximum values.");
                if (!typeof(IComparable).IsAssignableFrom(type))
                    throw new InvalidOperationException(string.Format(CultureInfo.CurrentCulture, "The type {0} must implement {1}.", type.FullName, typeof(IComparable).FullName));
                TypeConverter converter = TypeDescriptor.GetConverter(type);
                bool invariantLimits = ParseLimitsInInvariantCulture, invariantValue = ConvertValueInInvariantCulture;
                Minimum = invariantLimits ? converter.ConvertFromInvariantString((string)Minimum) : converter.ConvertFromString((string)Minimum);
                Maximum = invariantLimits ? converter.ConvertFromInvariantString((string)Maximum) : converter.ConvertFromString((string)Maximum);
                _convert = v => v != null && v.GetType() == type ? v
                    : invariantValue ? converter.ConvertFrom(null, CultureInfo.InvariantCulture, v) : converter.ConvertFrom(v);
            }
            int order = ((IComparable)Minimum).CompareTo(Maximum);
            if (order > 0)
                throw new InvalidOperationException(string.Format(CultureInfo.CurrentCulture, "The maximum value '{0}' must be greater than or equal to the minimum value '{1}'.", Maximum, Minimum));
            if (order == 0 && (MinimumIsExclusive || MaximumIsExclusive))
                throw new InvalidOperationException("Cannot use exclusive bounds when the maximum value is equal to the minimum value.");
        }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public class RegularExpressionAttribute : ValidationAttribute
    {
        private Regex _regex;

        public RegularExpressionAttribute(string pattern) : base("The field {0} must match the regular expression '{1}'.")
        {
            Pattern = pattern;
            MatchTimeoutInMilliseconds = 2000;
        }

        public string Pattern { get; }
        public int MatchTimeoutInMilliseconds { get; set; }
        public TimeSpan MatchTimeout { get { return TimeSpan.FromMilliseconds(MatchTimeoutInMilliseconds); } }

        public override bool IsValid(object value)
        {
            SetUp();
            string text = Convert.ToString(value, CultureInfo.CurrentCulture);
            if (string.IsNullOrEmpty(text)) return true;
            Match m = _regex.Match(text);
            return m.Success && m.Index == 0 && m.Length == text.Length;
        }

        public override string FormatErrorMessage(string name)
        {
            SetUp();
            return string.Format(CultureInfo.CurrentCulture, ErrorMessageString, name, Pattern);
        }

        private void SetUp()
        {
            if (_regex != null) return;
            if (string.IsNullOrEmpty(Pattern)) throw new InvalidOperationException("The pattern must be set to a valid regular expression.");
            _regex = MatchTimeoutInMilliseconds == -1 ? new Regex(Pattern) : new Regex(Pattern, RegexOptions.None, TimeSpan.FromMilliseconds(MatchTimeoutInMilliseconds));
        }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public sealed class EmailAddressAttribute : DataTypeAttribute
    {
        public EmailAddressAttribute() : base(DataType.EmailAddress) { DefaultErrorMessage = "The {0} field is not a valid e-mail address."; }

        public override bool IsValid(object value)
        {
            if (value == null) return true;
            if (!(value is string s)) return false;
            if (s.IndexOf('\r') >= 0 || s.IndexOf('\n') >= 0) return false;
            int at = s.IndexOf('@');
            return at > 0 && at != s.Length - 1 && at == s.LastIndexOf('@');
        }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public sealed class PhoneAttribute : DataTypeAttribute
    {
        public PhoneAttribute() : base(DataType.PhoneNumber) { DefaultErrorMessage = "The {0} field is not a valid phone number."; }

        public override bool IsValid(object value)
        {
            if (value == null) return true;
            if (!(value is string s)) return false;
            s = WithoutExtension(s.Replace("+", string.Empty).TrimEnd());
            bool digit = false;
            foreach (char c in s)
            {
                if (char.IsDigit(c)) { digit = true; break; }
            }
            if (!digit) return false;
            foreach (char c in s)
                if (!char.IsDigit(c) && !char.IsWhiteSpace(c) && "-.()".IndexOf(c) < 0) return false;
            return true;
        }

        // "555-1234 ext. 12", "ext 12" or "x12": the digits after the marker are not the number.
        private static string WithoutExtension(string s)
        {
            foreach (string marker in new[] { "ext.", "ext", "x" })
            {
                int at = s.LastIndexOf(marker, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && AllDigits(s.Substring(at + marker.Length).TrimStart())) return s.Substring(0, at);
            }
            return s;
        }

        private static bool AllDigits(string s)
        {
            if (s.Length == 0) return false;
            foreach (char c in s)
                if (!char.IsDigit(c)) return false;
            return true;
        }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public sealed class UrlAttribute : DataTypeAttribute
    {
        public UrlAttribute() : base(DataType.Url) { DefaultErrorMessage = "The {0} field is not a valid fully-qualified http, https, or ftp URL."; }

        public override bool IsValid(object value)
        {
            if (value == null) return true;
            return value is string s && (s.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || s.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase));
        }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public sealed class CreditCardAttribute : DataTypeAttribute
    {
        public CreditCardAttribute() : base(DataType.CreditCard) { DefaultErrorMessage = "The {0} field is not a valid credit card number."; }

        // The Luhn checksum over the digits, dashes and spaces ignored.
        public override bool IsValid(object value)
        {
            if (value == null) return true;
            if (!(value is string s)) return false;
            s = s.Replace("-", string.Empty).Replace(" ", string.Empty);
            int sum = 0;
            bool doubled = false;
            for (int i = s.Length - 1; i >= 0; i--)
            {
                char c = s[i];
                if (c < '0' || c > '9') return false;
                int d = (c - '0') * (doubled ? 2 : 1);
                doubled = !doubled;
                while (d > 0) { sum += d % 10; d /= 10; }
            }
            return sum % 10 == 0;
        }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public sealed class FileExtensionsAttribute : DataTypeAttribute
    {
        private string _extensions;

        public FileExtensionsAttribute() : base(DataType.Upload) { DefaultErrorMessage = "The {0} field only accepts files with the following extensions: {1}"; }

        public string Extensions
        {
            get { return string.IsNullOrWhiteSpace(_extensions) ? "png,jpg,jpeg,gif" : _extensions; }
            set { _extensions = value; }
        }

        private string[] Parsed()
        {
            string[] parts = Extensions.Replace(" ", string.Empty).Replace(".", string.Empty).ToLowerInvariant().Split(',');
            for (int i = 0; i < parts.Length; i++) parts[i] = "." + parts[i];
            return parts;
        }

        public override string FormatErrorMessage(string name)
        {
            return string.Format(CultureInfo.CurrentCulture, ErrorMessageString, name, string.Join(", ", Parsed()));
        }

        public override bool IsValid(object value)
        {
            if (value == null) return true;
            if (!(value is string s)) return false;
            string ext = System.IO.Path.GetExtension(s).ToLowerInvariant();
            return Array.IndexOf(Parsed(), ext) >= 0;
        }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public class Base64StringAttribute : ValidationAttribute
    {
        public Base64StringAttribute() : base("The {0} field is not a valid Base64 encoding.") { }

        public override bool IsValid(object value)
        {
            if (value == null) return true;
            return value is string s && System.Buffers.Text.Base64.IsValid(s.AsSpan());
        }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public class AllowedValuesAttribute : ValidationAttribute
    {
        public AllowedValuesAttribute(params object[] values) : base("The {0} field does not equal any of the values specified in AllowedValuesAttribute.")
        {
            if (values == null) throw new ArgumentNullException("values");
            Values = values;
        }

        public object[] Values { get; }

        public override bool IsValid(object value)
        {
            foreach (object allowed in Values)
                if (allowed == null ? value == null : allowed.Equals(value)) return true;
            return false;
        }
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public class DeniedValuesAttribute : ValidationAttribute
    {
        public DeniedValuesAttribute(params object[] values) : base("The {0} field equals one of the values specified in DeniedValuesAttribute.")
        {
            if (values == null) throw new ArgumentNullException("values");
            Values = values;
        }

        public object[] Values { get; }

        public override bool IsValid(object value)
        {
            foreach (object denied in Values)
                if (denied == null ? value == null : denied.Equals(value)) return false;
            return true;
        }
    }

    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
    public class CompareAttribute : ValidationAttribute
    {
        public CompareAttribute(string otherProperty) : base("'{0}' and '{1}' do not match.")
        {
            if (otherProperty == null) throw new ArgumentNullException("otherProperty");
            OtherProperty = otherProperty;
        }

        public string OtherProperty { get; }
        public string OtherPropertyDisplayName { get; internal set; }
        public override bool RequiresValidationContext { get { return true; } }

        public override string FormatErrorMessage(string name)
        {
            return string.Format(CultureInfo.CurrentCulture, ErrorMessageString, name, OtherPropertyDisplayName ?? OtherProperty);
        }

        protected override ValidationResult IsValid(object value, ValidationContext validationContext)
        {
            PropertyInfo other = validationContext.ObjectType.GetProperty(OtherProperty);
            if (other == null)
                return new ValidationResult(string.Format(CultureInfo.CurrentCulture, "Could not find a property named {0}.", OtherProperty));
            if (other.GetIndexParameters().Length > 0)
                throw new ArgumentException(string.Format(CultureInfo.CurrentCulture, "The property {0}.{1} could not be found.", validationContext.ObjectType.FullName, OtherProperty));
            object otherValue = other.GetValue(validationContext.ObjectInstance, null);
            if (Equals(value, otherValue)) return null;
            if (OtherPropertyDisplayName == null)
            {
                DisplayAttribute display = other.GetCustomAttribute<DisplayAttribute>(true);
                OtherPropertyDisplayName = display != null ? display.GetName() : null;
                if (OtherPropertyDisplayName == null) OtherPropertyDisplayName = OtherProperty;
            }
            string[] members = validationContext.MemberName != null ? new[] { validationContext.MemberName } : null;
            return new ValidationResult(FormatErrorMessage(validationContext.DisplayName), members);
        }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method | AttributeTargets.Parameter, AllowMultiple = true)]
    public sealed class CustomValidationAttribute : ValidationAttribute
    {
        public CustomValidationAttribute(Type validatorType, string method) : base("{0} is not valid.")
        {
            ValidatorType = validatorType;
            Method = method;
        }

        public Type ValidatorType { get; }
        public string Method { get; }

        public override bool RequiresValidationContext { get { return Find().GetParameters().Length == 2; } }

        private MethodInfo Find()
        {
            if (ValidatorType == null) throw new InvalidOperationException("The CustomValidationAttribute.ValidatorType was not specified.");
            if (string.IsNullOrEmpty(Method)) throw new InvalidOperationException("The CustomValidationAttribute.Method was not specified.");
            if (!ValidatorType.IsVisible) throw new InvalidOperationException(string.Format(CultureInfo.CurrentCulture, "The custom validation type '{0}' must be public.", ValidatorType.Name));
            MethodInfo m = ValidatorType.GetMethod(Method, BindingFlags.Public | BindingFlags.Static);
            if (m == null)
                throw new InvalidOperationException(string.Format(CultureInfo.CurrentCulture, "The CustomValidationAttribute method '{0}' does not exist in type '{1}' or is not public and static.", Method, ValidatorType.Name));
            if (m.ReturnType != typeof(ValidationResult))
                throw new InvalidOperationException(string.Format(CultureInfo.CurrentCulture, "The CustomValidationAttribute method '{0}' in type '{1}' must return System.ComponentModel.DataAnnotations.ValidationResult.  Use System.ComponentModel.DataAnnotations.ValidationResult.Success to represent success.", Method, ValidatorType.Name));
            ParameterInfo[] ps = m.GetParameters();
            if (ps.Length == 0 || ps[0].ParameterType.IsByRef || ps.Length > 2 || (ps.Length == 2 && ps[1].ParameterType != typeof(ValidationContext)))
                throw new InvalidOperationException(string.Format(CultureInfo.CurrentCulture, "The CustomValidationAttribute method '{0}' in type '{1}' must match the expected signature: public static ValidationResult {0}(object value, ValidationContext context).  The value can be strongly typed.  The ValidationContext parameter is optional.", Method, ValidatorType.Name));
            return m;
        }

        protected override ValidationResult IsValid(object value, ValidationContext validationContext)
        {
            MethodInfo m = Find();
            ParameterInfo[] ps = m.GetParameters();
            Type valueType = ps[0].ParameterType;
            object arg = value;
            bool converted = true;
            if (value == null)
            {
                converted = !valueType.IsValueType || Nullable.GetUnderlyingType(valueType) != null;
            }
            else if (!valueType.IsInstanceOfType(value))
            {
                Type target = Nullable.GetUnderlyingType(valueType) ?? valueType;
                try { arg = Convert.ChangeType(value, target, CultureInfo.CurrentCulture); }
                catch (InvalidCastException) { converted = false; }
                catch (FormatException) { converted = false; }
                catch (NotSupportedException) { converted = false; }
            }
            if (!converted)
                return new ValidationResult(string.Format(CultureInfo.CurrentCulture, "Could not convert the value of type '{0}' to '{1}' as expected by method {2}.{3}.",
                    value != null ? value.GetType().ToString() : "null", valueType, ValidatorType, Method));
            object[] args = ps.Length == 2 ? new object[] { arg, validationContext } : new object[] { arg };
            try
            {
                ValidationResult r = (ValidationResult)m.Invoke(null, args);
                return r;
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                throw e.InnerException;
            }
        }
    }
}
