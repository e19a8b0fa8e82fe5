using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace ApiCoverage;

/// <summary>
/// Turns signature blobs into canonical strings: types by full name only (never by
/// assembly, so a type forwarded elsewhere still compares equal), generic parameters by
/// position ("!0" of the type, "!!0" of the method), and every modifier kept.
/// </summary>
sealed class SignatureFormatter : ISignatureTypeProvider<string, object?>
{
    public static readonly SignatureFormatter Instance = new();

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode switch
    {
        PrimitiveTypeCode.Boolean => "Boolean",
        PrimitiveTypeCode.Char => "Char",
        PrimitiveTypeCode.SByte => "SByte",
        PrimitiveTypeCode.Byte => "Byte",
        PrimitiveTypeCode.Int16 => "Int16",
        PrimitiveTypeCode.UInt16 => "UInt16",
        PrimitiveTypeCode.Int32 => "Int32",
        PrimitiveTypeCode.UInt32 => "UInt32",
        PrimitiveTypeCode.Int64 => "Int64",
        PrimitiveTypeCode.UInt64 => "UInt64",
        PrimitiveTypeCode.Single => "Single",
        PrimitiveTypeCode.Double => "Double",
        PrimitiveTypeCode.IntPtr => "IntPtr",
        PrimitiveTypeCode.UIntPtr => "UIntPtr",
        PrimitiveTypeCode.Object => "Object",
        PrimitiveTypeCode.String => "String",
        PrimitiveTypeCode.TypedReference => "TypedReference",
        PrimitiveTypeCode.Void => "Void",
        _ => throw new BadImageFormatException("unknown primitive type " + typeCode),
    };

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        => TypeNames.Of(reader, handle);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        => TypeNames.Of(reader, handle);

    public string GetTypeFromSpecification(MetadataReader reader, object? genericContext,
                                           TypeSpecificationHandle handle, byte rawTypeKind)
        => reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetArrayType(string elementType, ArrayShape shape)
    {
        var dims = new string[shape.Rank];
        for (int i = 0; i < shape.Rank; i++)
        {
            bool hasLower = i < shape.LowerBounds.Length, hasSize = i < shape.Sizes.Length;
            int lower = hasLower ? shape.LowerBounds[i] : 0;
            dims[i] = hasSize ? $"{lower}..{lower + shape.Sizes[i] - 1}" : hasLower && lower != 0 ? $"{lower}..." : "";
        }
        return elementType + "[" + (shape.Rank == 1 && dims[0] == "" ? "*" : string.Join(",", dims)) + "]";
    }

    public string GetByReferenceType(string elementType) => elementType + "&";

    public string GetPointerType(string elementType) => elementType + "*";

    public string GetPinnedType(string elementType) => elementType + " pinned";

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
        => genericType + "<" + string.Join(",", typeArguments) + ">";

    public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

    public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired)
        => unmodifiedType + (isRequired ? " modreq(" : " modopt(") + modifier + ")";

    public string GetFunctionPointerType(MethodSignature<string> signature)
    {
        var conv = signature.Header.CallingConvention.ToString().ToLowerInvariant();
        var instance = signature.Header.IsInstance ? "instance " : "";
        return $"method {instance}{conv} {signature.ReturnType} *({string.Join(",", signature.ParameterTypes)})";
    }
}
