// Validator: runs the validation attributes of an object's properties (Required
// first; the others only when validateAllProperties), then the type's own
// attributes, then IValidatableObject.Validate — each stage only when the one
// before found nothing, as .NET does.
using System.Collections.Generic;
using System.Reflection;

namespace System.ComponentModel.DataAnnotations
{
    public static class Validator
    {
        private sealed class Error
        {
            internal ValidationAttribute Attribute;
            internal object Value;
            internal ValidationResult Result;

            internal void Throw() { throw new ValidationException(Result, Attribute, Value); }
        }

        public static bool TryValidateProperty(object value, ValidationContext validationContext, ICollection<ValidationResult> validationResults)
        {
            PropertyInfo property = PropertyOf(validationContext);
            CheckPropertyValue(property, value);
            return Collect(ErrorsOf(value, validationContext, AttributesOf(property), validationResults == null), validationResults);
        }

        public static bool TryValidateObject(object instance, ValidationContext validationContext, ICollection<ValidationResult> validationResults)
        {
            return TryValidateObject(instance, validationContext, validationResults, false);
        }

        public static bool TryValidateObject(object instance, ValidationContext validationContext, ICollection<ValidationResult> validationResults, bool validateAllProperties)
        {
            CheckInstance(instance, validationContext);
            return Collect(ObjectErrors(instance, validationContext, validateAllProperties, validationResults == null), validationResults);
        }

        public static bool TryValidateValue(object value, ValidationContext validationContext, ICollection<ValidationResult> validationResults, IEnumerable<ValidationAttribute> validationAttributes)
        {
            if (validationContext == null) throw new ArgumentNullException("validationContext");
            if (validationAttributes == null) throw new ArgumentNullException("validationAttributes");
            return Collect(ErrorsOf(value, validationContext, new List<ValidationAttribute>(validationAttributes), validationResults == null), validationResults);
        }

        public static void ValidateProperty(object value, ValidationContext validationContext)
        {
            PropertyInfo property = PropertyOf(validationContext);
            CheckPropertyValue(property, value);
            List<Error> errors = ErrorsOf(value, validationContext, AttributesOf(property), false);
            if (errors.Count > 0) errors[0].Throw();
        }

        public static void ValidateObject(object instance, ValidationContext validationContext)
        {
            ValidateObject(instance, validationContext, false);
        }

        public static void ValidateObject(object instance, ValidationContext validationContext, bool validateAllProperties)
        {
            CheckInstance(instance, validationContext);
            List<Error> errors = ObjectErrors(instance, validationContext, validateAllProperties, false);
            if (errors.Count > 0) errors[0].Throw();
        }

        public static void ValidateValue(object value, ValidationContext validationContext, IEnumerable<ValidationAttribute> validationAttributes)
        {
            if (validationContext == null) throw new ArgumentNullException("validationContext");
            if (validationAttributes == null) throw new ArgumentNullException("validationAttributes");
            List<Error> errors = ErrorsOf(value, validationContext, new List<ValidationAttribute>(validationAttributes), false);
            if (errors.Count > 0) errors[0].Throw();
        }

        private static bool Collect(List<Error> errors, ICollection<ValidationResult> results)
        {
            if (results != null)
                foreach (Error e in errors) results.Add(e.Result);
            return errors.Count == 0;
        }

        private static void CheckInstance(object instance, ValidationContext context)
        {
            if (instance == null) throw new ArgumentNullException("instance");
            if (context == null) throw new ArgumentNullException("validationContext");
            if (instance != context.ObjectInstance)
                throw new ArgumentException("The instance provided must match the ObjectInstance on the ValidationContext supplied.", "instance");
        }

        private static PropertyInfo PropertyOf(ValidationContext context)
        {
            if (context == null) throw new ArgumentNullException("validationContext");
            if (string.IsNullOrEmpty(context.MemberName))
                throw new ArgumentException("The ValidationContext for the type '" + context.ObjectType.Name + "', member name '" + context.MemberName + "' must provide the MemberName.", "validationContext");
            PropertyInfo p = context.ObjectType.GetProperty(context.MemberName, BindingFlags.Public | BindingFlags.Instance);
            if (p == null || p.GetIndexParameters().Length != 0)
                throw new ArgumentException("The type '" + context.ObjectType.Name + "' does not contain a public property named '" + context.MemberName + "'.", "propertyName");
            return p;
        }

        private static void CheckPropertyValue(PropertyInfo property, object value)
        {
            Type t = property.PropertyType;
            bool fits = value == null ? (!t.IsValueType || Nullable.GetUnderlyingType(t) != null) : t.IsAssignableFrom(value.GetType());
            if (!fits)
                throw new ArgumentException("The value for property '" + property.Name + "' must be of type '" + t + "'.", "value");
        }

        private static List<ValidationAttribute> AttributesOf(MemberInfo member)
        {
            var list = new List<ValidationAttribute>();
            foreach (object a in member.GetCustomAttributes(true))
                if (a is ValidationAttribute v) list.Add(v);
            return list;
        }

        // The properties a TypeDescriptor would list: public, instance, readable, not indexers.
        private static IEnumerable<PropertyInfo> ValidatedProperties(Type type)
        {
            foreach (PropertyInfo p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (p.GetIndexParameters().Length != 0 || p.GetGetMethod() == null) continue;
                yield return p;
            }
        }

        private static List<Error> ObjectErrors(object instance, ValidationContext context, bool validateAllProperties, bool firstOnly)
        {
            var errors = new List<Error>();
            foreach (PropertyInfo p in ValidatedProperties(instance.GetType()))
            {
                List<ValidationAttribute> attributes = AttributesOf(p);
                if (attributes.Count == 0) continue;
                var member = new ValidationContext(instance, context, context.Items) { MemberName = p.Name };
                object value = p.GetValue(instance);
                if (validateAllProperties)
                {
                    errors.AddRange(ErrorsOf(value, member, attributes, firstOnly));
                }
                else
                {
                    RequiredAttribute required = FindRequired(attributes);
                    if (required != null)
                    {
                        Error e = Check(value, member, required);
                        if (e != null) errors.Add(e);
                    }
                }
                if (firstOnly && errors.Count > 0) return errors;
            }
            if (errors.Count > 0) return errors;

            errors.AddRange(ErrorsOf(instance, context, AttributesOf(instance.GetType()), firstOnly));
            if (errors.Count > 0) return errors;

            if (instance is IValidatableObject validatable)
            {
                IEnumerable<ValidationResult> results = validatable.Validate(context);
                if (results != null)
                {
                    foreach (ValidationResult r in results)
                        if (r != ValidationResult.Success) errors.Add(new Error { Value = instance, Result = r });
                }
            }
            return errors;
        }

        private static RequiredAttribute FindRequired(List<ValidationAttribute> attributes)
        {
            foreach (ValidationAttribute a in attributes)
                if (a is RequiredAttribute r) return r;
            return null;
        }

        // Required first: when it fails, nothing else is checked.
        private static List<Error> ErrorsOf(object value, ValidationContext context, List<ValidationAttribute> attributes, bool firstOnly)
        {
            var errors = new List<Error>();
            RequiredAttribute required = FindRequired(attributes);
            if (required != null)
            {
                Error e = Check(value, context, required);
                if (e != null)
                {
                    errors.Add(e);
                    return errors;
                }
            }
            foreach (ValidationAttribute a in attributes)
            {
                if (a == required) continue;
                Error e = Check(value, context, a);
                if (e == null) continue;
                errors.Add(e);
                if (firstOnly) break;
            }
            return errors;
        }

        private static Error Check(object value, ValidationContext context, ValidationAttribute attribute)
        {
            ValidationResult r = attribute.GetValidationResult(value, context);
            return r == ValidationResult.Success ? null : new Error { Attribute = attribute, Value = value, Result = r };
        }
    }
}
