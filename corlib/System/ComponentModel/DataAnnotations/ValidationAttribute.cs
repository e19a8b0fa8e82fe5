// System.ComponentModel.DataAnnotations: the validation model. A
// ValidationAttribute checks one value (IsValid) and words the error from
// ErrorMessage, a resource, or its default message, with the member's display
// name as {0}. ValidationContext says what is validated; ValidationResult is
// one error with the members it concerns.
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;

namespace System.ComponentModel.DataAnnotations
{
    [AttributeUsage(AttributeTargets.All, AllowMultiple = false)]
    public abstract class ValidationAttribute : Attribute
    {
        private string _errorMessage;
        private Func<string> _defaultMessage;
        private Type _resourceType;
        private string _resourceName;

        protected ValidationAttribute() : this("The field {0} is invalid.") { }
        protected ValidationAttribute(string errorMessage) : this(() => errorMessage) { }
        protected ValidationAttribute(Func<string> errorMessageAccessor) { _defaultMessage = errorMessageAccessor; }

        public string ErrorMessage
        {
            get { return _errorMessage; }
            set { _errorMessage = value; }
        }

        public string ErrorMessageResourceName
        {
            get { return _resourceName; }
            set { _resourceName = value; }
        }

        public Type ErrorMessageResourceType
        {
            get { return _resourceType; }
            set { _resourceType = value; }
        }

        public virtual bool RequiresValidationContext { get { return false; } }

        internal string DefaultErrorMessage { set { _defaultMessage = () => value; } }

        internal void SetDefaultMessage(Func<string> accessor) { _defaultMessage = accessor; }

        // ErrorMessage or a resource replaces the default message (and the
        // attributes whose default message has variants stop choosing).
        internal bool CustomErrorMessageSet { get { return _errorMessage != null || _resourceName != null; } }

        // The format string FormatErrorMessage fills in.
        protected string ErrorMessageString
        {
            get
            {
                bool hasMessage = !string.IsNullOrEmpty(_errorMessage);
                bool hasResource = !string.IsNullOrEmpty(_resourceName) || _resourceType != null;
                if (hasMessage && hasResource)
                    throw new InvalidOperationException("Either ErrorMessageString or ErrorMessageResourceName must be set, but not both.");
                if (hasResource) return ResourceMessage();
                return hasMessage ? _errorMessage : _defaultMessage();
            }
        }

        private string ResourceMessage()
        {
            if (_resourceType == null || string.IsNullOrEmpty(_resourceName))
                throw new InvalidOperationException("Both ErrorMessageResourceType and ErrorMessageResourceName need to be set on this attribute.");
            PropertyInfo p = _resourceType.GetProperty(_resourceName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
            if (p == null || p.PropertyType != typeof(string) || p.GetGetMethod(true) == null)
                throw new InvalidOperationException("The resource type '" + _resourceType.FullName + "' does not have an accessible static property named '" + _resourceName + "'.");
            return (string)p.GetValue(null);
        }

        public virtual string FormatErrorMessage(string name)
        {
            return string.Format(CultureInfo.CurrentCulture, ErrorMessageString, name);
        }

        public virtual bool IsValid(object value)
        {
            throw new NotImplementedException("IsValid(object value) has not been implemented by this class.  The preferred entry point is GetValidationResult() and classes should override IsValid(object value, ValidationContext context).");
        }

        protected virtual ValidationResult IsValid(object value, ValidationContext validationContext)
        {
            if (IsValid(value)) return ValidationResult.Success;
            string[] members = validationContext.MemberName != null ? new[] { validationContext.MemberName } : null;
            return new ValidationResult(FormatErrorMessage(validationContext.DisplayName), members);
        }

        public ValidationResult GetValidationResult(object value, ValidationContext validationContext)
        {
            if (validationContext == null) throw new ArgumentNullException("validationContext");
            ValidationResult result = IsValid(value, validationContext);
            if (result != null && string.IsNullOrEmpty(result.ErrorMessage))
                result = new ValidationResult(FormatErrorMessage(validationContext.DisplayName), result.MemberNames);
            return result;
        }

        public void Validate(object value, ValidationContext validationContext)
        {
            if (validationContext == null) throw new ArgumentNullException("validationContext");
            ValidationResult result = GetValidationResult(value, validationContext);
            if (result != null) throw new ValidationException(result, this, value);
        }

        public void Validate(object value, string name)
        {
            if (!IsValid(value)) throw new ValidationException(FormatErrorMessage(name), this, value);
        }
    }

    public sealed class ValidationContext : IServiceProvider
    {
        private readonly Dictionary<object, object> _items;
        private string _displayName;
        private Func<Type, object> _serviceProvider;

        public ValidationContext(object instance) : this(instance, null, null) { }
        public ValidationContext(object instance, IDictionary<object, object> items) : this(instance, null, items) { }

        public ValidationContext(object instance, IServiceProvider serviceProvider, IDictionary<object, object> items)
        {
            if (instance == null) throw new ArgumentNullException("instance");
            if (serviceProvider != null) _serviceProvider = serviceProvider.GetService;
            _items = items != null ? new Dictionary<object, object>(items) : new Dictionary<object, object>();
            ObjectInstance = instance;
        }

        public object ObjectInstance { get; }
        public Type ObjectType { get { return ObjectInstance.GetType(); } }
        public string MemberName { get; set; }
        public IDictionary<object, object> Items { get { return _items; } }

        // The member's DisplayAttribute name, else the member name, else the type name.
        public string DisplayName
        {
            get
            {
                if (string.IsNullOrEmpty(_displayName))
                {
                    _displayName = DisplayNameOfMember();
                    if (string.IsNullOrEmpty(_displayName)) _displayName = MemberName;
                    if (string.IsNullOrEmpty(_displayName)) _displayName = ObjectType.Name;
                }
                return _displayName;
            }
            set
            {
                if (string.IsNullOrEmpty(value)) throw new ArgumentNullException("value");
                _displayName = value;
            }
        }

        private string DisplayNameOfMember()
        {
            if (string.IsNullOrEmpty(MemberName)) return null;
            MemberInfo member = (MemberInfo)ObjectType.GetProperty(MemberName) ?? ObjectType.GetField(MemberName);
            if (member == null) return null;
            DisplayAttribute display = member.GetCustomAttribute<DisplayAttribute>(true);
            return display != null ? display.GetName() : null;
        }

        public void InitializeServiceProvider(Func<Type, object> serviceProvider) { _serviceProvider = serviceProvider; }

        public object GetService(Type serviceType) { return _serviceProvider != null ? _serviceProvider(serviceType) : null; }
    }

    public class ValidationResult
    {
        public static readonly ValidationResult Success = null;

        public ValidationResult(string errorMessage) : this(errorMessage, null) { }

        public ValidationResult(string errorMessage, IEnumerable<string> memberNames)
        {
            ErrorMessage = errorMessage;
            MemberNames = memberNames ?? Array.Empty<string>();
        }

        protected ValidationResult(ValidationResult validationResult)
        {
            if (validationResult == null) throw new ArgumentNullException("validationResult");
            ErrorMessage = validationResult.ErrorMessage;
            MemberNames = validationResult.MemberNames;
        }

        public string ErrorMessage { get; set; }
        public IEnumerable<string> MemberNames { get; }

        public override string ToString() { return ErrorMessage ?? base.ToString(); }
    }

    public class ValidationException : Exception
    {
        private ValidationResult _result;

        public ValidationException() { }
        public ValidationException(string message) : base(message) { }
        public ValidationException(string message, Exception innerException) : base(message, innerException) { }

        public ValidationException(string errorMessage, ValidationAttribute validatingAttribute, object value) : base(errorMessage)
        {
            Value = value;
            ValidationAttribute = validatingAttribute;
        }

        public ValidationException(ValidationResult validationResult, ValidationAttribute validatingAttribute, object value)
            : this(validationResult != null ? validationResult.ErrorMessage : null, validatingAttribute, value)
        {
            if (validationResult == null) throw new ArgumentNullException("validationResult");
            _result = validationResult;
        }

        public ValidationAttribute ValidationAttribute { get; }
        public object Value { get; }

        public ValidationResult ValidationResult
        {
            get { return _result ?? (_result = new ValidationResult(Message)); }
        }
    }

    public interface IValidatableObject
    {
        IEnumerable<ValidationResult> Validate(ValidationContext validationContext);
    }
}
