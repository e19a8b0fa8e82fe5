// [TypeConverter]: names the converter TypeDescriptor.GetConverter returns for a type or property.
using System.Diagnostics.CodeAnalysis;

namespace System.ComponentModel
{
    [AttributeUsage(AttributeTargets.All)]
    public sealed class TypeConverterAttribute : Attribute
    {
        public static readonly TypeConverterAttribute Default = new TypeConverterAttribute();

        public TypeConverterAttribute() { ConverterTypeName = string.Empty; }

        public TypeConverterAttribute([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.AllConstructors)] Type type)
        {
            if (type == null) throw new ArgumentNullException(nameof(type));
            ConverterTypeName = type.AssemblyQualifiedName;
        }

        public TypeConverterAttribute([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.AllConstructors)] string typeName)
        {
            if (typeName == null) throw new ArgumentNullException(nameof(typeName));
            ConverterTypeName = typeName;
        }

        public string ConverterTypeName { get; }

        public override bool Equals(object obj)
        {
            var other = obj as TypeConverterAttribute;
            return other != null && other.ConverterTypeName == ConverterTypeName;
        }

        public override int GetHashCode() { return ConverterTypeName.GetHashCode(); }
    }
}
