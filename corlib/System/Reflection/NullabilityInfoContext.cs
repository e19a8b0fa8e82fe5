// NullabilityInfoContext (.NET 6): the nullable reference annotations the C#
// compiler records in metadata, read back for fields, properties, events and
// parameters. The compiler writes [Nullable(byte or byte[])] on a member (one
// byte per reference type position of its type, in pre-order: 0 oblivious,
// 1 not null, 2 nullable; a single byte stands for all positions) and
// [NullableContext(byte)] on a method or type for the default of everything
// inside; [NullablePublicOnly] on the module says private (and, unless its
// argument is true, internal) members carry no annotations. The
// System.Diagnostics.CodeAnalysis attributes ([MaybeNull], [AllowNull],
// [NotNull], [DisallowNull]) then refine the read and write states. Members of
// a constructed generic type are looked up on the generic type definition
// when their declared type mentions its type parameters. System.Text.Json
// reads this for every property and constructor parameter it serializes.
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace System.Reflection
{
    public enum NullabilityState
    {
        Unknown,
        NotNull,
        Nullable,
    }

    public sealed class NullabilityInfo
    {
        internal NullabilityInfo(Type type, NullabilityState readState, NullabilityState writeState,
                                 NullabilityInfo? elementType, NullabilityInfo[] typeArguments)
        {
            Type = type;
            ReadState = readState;
            WriteState = writeState;
            ElementType = elementType;
            GenericTypeArguments = typeArguments;
        }

        public Type Type { get; }
        public NullabilityState ReadState { get; internal set; }
        public NullabilityState WriteState { get; internal set; }
        public NullabilityInfo? ElementType { get; }
        public NullabilityInfo[] GenericTypeArguments { get; }
    }

    public sealed class NullabilityInfoContext
    {
        private const string CompilerServicesNamespace = "System.Runtime.CompilerServices";
        private readonly Dictionary<Type, bool?> _publicOnly = new Dictionary<Type, bool?>();
        private readonly Dictionary<MemberInfo, NullabilityState> _context = new Dictionary<MemberInfo, NullabilityState>();

        public NullabilityInfoContext() { }

        private static void EnsureIsSupported()
        {
            bool enabled;
            if (AppContext.TryGetSwitch("System.Reflection.NullabilityInfoContext.IsSupported", out enabled) && !enabled)
                throw new InvalidOperationException("NullabilityInfoContext is not supported in the current application because 'System.Reflection.NullabilityInfoContext.IsSupported' is set to false. Set the MSBuild Property 'NullabilityInfoContextSupport' to true in order to enable it.");
        }

        public NullabilityInfo Create(ParameterInfo parameterInfo)
        {
            if (parameterInfo == null) throw new ArgumentNullException("parameterInfo");
            EnsureIsSupported();
            IList<CustomAttributeData> attributes = parameterInfo.GetCustomAttributesData();
            NullableParser parser = parameterInfo.Member is MethodBase method && IsPrivateOrInternalMethodAndAnnotationDisabled(method)
                ? NullableParser.Unknown : CreateParser(attributes);
            NullabilityInfo nullability = GetNullabilityInfo(parameterInfo.Member, parameterInfo.ParameterType, parser);
            if (nullability.ReadState != NullabilityState.Unknown) CheckParameterMetadataType(parameterInfo, nullability);
            CheckNullabilityAttributes(nullability, attributes);
            return nullability;
        }

        public NullabilityInfo Create(PropertyInfo propertyInfo)
        {
            if (propertyInfo == null) throw new ArgumentNullException("propertyInfo");
            EnsureIsSupported();
            MethodInfo? getter = propertyInfo.GetGetMethod(true);
            MethodInfo? setter = propertyInfo.GetSetMethod(true);
            bool annotationsDisabled = (getter == null || IsPrivateOrInternalMethodAndAnnotationDisabled(getter))
                && (setter == null || IsPrivateOrInternalMethodAndAnnotationDisabled(setter));
            NullableParser parser = annotationsDisabled ? NullableParser.Unknown : CreateParser(propertyInfo.GetCustomAttributesData());
            NullabilityInfo nullability = GetNullabilityInfo(propertyInfo, propertyInfo.PropertyType, parser);
            if (getter != null) CheckNullabilityAttributes(nullability, getter.ReturnParameter.GetCustomAttributesData());
            else nullability.ReadState = NullabilityState.Unknown;
            if (setter != null)
            {
                ParameterInfo[] ps = setter.GetParameters();
                CheckNullabilityAttributes(nullability, ps[ps.Length - 1].GetCustomAttributesData());
            }
            else nullability.WriteState = NullabilityState.Unknown;
            return nullability;
        }

        public NullabilityInfo Create(EventInfo eventInfo)
        {
            if (eventInfo == null) throw new ArgumentNullException("eventInfo");
            EnsureIsSupported();
            return GetNullabilityInfo(eventInfo, eventInfo.EventHandlerType!, CreateParser(eventInfo.GetCustomAttributesData()));
        }

        public NullabilityInfo Create(FieldInfo fieldInfo)
        {
            if (fieldInfo == null) throw new ArgumentNullException("fieldInfo");
            EnsureIsSupported();
            IList<CustomAttributeData> attributes = fieldInfo.GetCustomAttributesData();
            NullableParser parser = IsPrivateOrInternalFieldAndAnnotationDisabled(fieldInfo) ? NullableParser.Unknown : CreateParser(attributes);
            NullabilityInfo nullability = GetNullabilityInfo(fieldInfo, fieldInfo.FieldType, parser);
            CheckNullabilityAttributes(nullability, attributes);
            return nullability;
        }

        // ---- annotations switched off for non-public members ----

        private bool IsPrivateOrInternalMethodAndAnnotationDisabled(MethodBase method)
        {
            return (method.IsPrivate || method.IsFamilyAndAssembly || method.IsAssembly)
                && IsPublicOnly(method.IsPrivate, method.IsFamilyAndAssembly, method.IsAssembly, method.DeclaringType);
        }

        private bool IsPrivateOrInternalFieldAndAnnotationDisabled(FieldInfo field)
        {
            return (field.IsPrivate || field.IsFamilyAndAssembly || field.IsAssembly)
                && IsPublicOnly(field.IsPrivate, field.IsFamilyAndAssembly, field.IsAssembly, field.DeclaringType);
        }

        // The module's [NullablePublicOnly(includesInternals)], found through a type it defines.
        private bool IsPublicOnly(bool isPrivate, bool isFamilyAndAssembly, bool isAssembly, Type? inModule)
        {
            if (inModule == null) return false;
            bool? includesInternals;
            if (!_publicOnly.TryGetValue(inModule, out includesInternals))
            {
                includesInternals = null;
                foreach (CustomAttributeData a in CustomAttributeReader.ModuleDataOf(inModule))
                {
                    if (a.AttributeType.Name == "NullablePublicOnlyAttribute" && a.AttributeType.Namespace == CompilerServicesNamespace
                        && a.ConstructorArguments.Count == 1 && a.ConstructorArguments[0].Value is bool b)
                    {
                        includesInternals = b;
                        break;
                    }
                }
                _publicOnly[inModule] = includesInternals;
            }
            if (includesInternals == null) return false;
            return isPrivate || isFamilyAndAssembly || (isAssembly && !includesInternals.Value);
        }

        // ---- [NullableContext] of the member or an enclosing type ----

        private NullabilityState? GetNullableContext(MemberInfo? member)
        {
            while (member != null)
            {
                NullabilityState state;
                if (_context.TryGetValue(member, out state)) return state;
                foreach (CustomAttributeData a in member.GetCustomAttributesData())
                {
                    if (a.AttributeType.Name == "NullableContextAttribute" && a.AttributeType.Namespace == CompilerServicesNamespace
                        && a.ConstructorArguments.Count == 1)
                    {
                        state = TranslateByte(a.ConstructorArguments[0].Value);
                        _context[member] = state;
                        return state;
                    }
                }
                member = member.DeclaringType;
            }
            return null;
        }

        // ---- the type's positions, in the compiler's order ----

        private NullabilityInfo GetNullabilityInfo(MemberInfo member, Type type, NullableParser parser)
        {
            int index = 0;
            NullabilityInfo nullability = GetNullabilityInfo(member, type, parser, ref index);
            if (nullability.ReadState != NullabilityState.Unknown) TryLoadGenericMetaTypeNullability(member, nullability);
            return nullability;
        }

        private NullabilityInfo GetNullabilityInfo(MemberInfo member, Type type, NullableParser parser, ref int index)
        {
            NullabilityState state = NullabilityState.Unknown;
            NullabilityInfo? elementState = null;
            NullabilityInfo[] argumentStates = Array.Empty<NullabilityInfo>();
            Type underlying = type;
            if (underlying.IsByRef || underlying.IsPointer) underlying = underlying.GetElementType()!;
            if (underlying.IsValueType)
            {
                Type? nullableOf = Nullable.GetUnderlyingType(underlying);
                if (nullableOf != null) { underlying = nullableOf; state = NullabilityState.Nullable; }
                else state = NullabilityState.NotNull;
                if (underlying.IsGenericType) ++index;
            }
            else
            {
                if (!parser.ParseNullableState(index++, ref state))
                {
                    NullabilityState? context = GetNullableContext(member);
                    if (context.HasValue) state = context.Value;
                }
                if (underlying.IsArray) elementState = GetNullabilityInfo(member, underlying.GetElementType()!, parser, ref index);
            }
            if (underlying.IsGenericType)
            {
                Type[] arguments = underlying.GetGenericArguments();
                argumentStates = new NullabilityInfo[arguments.Length];
                for (int i = 0; i < arguments.Length; i++) argumentStates[i] = GetNullabilityInfo(member, arguments[i], parser, ref index);
            }
            return new NullabilityInfo(type, state, state, elementState, argumentStates);
        }

        // ---- members of constructed generic types: the definition's declared type ----

        private void TryLoadGenericMetaTypeNullability(MemberInfo member, NullabilityInfo nullability)
        {
            MemberInfo? meta = GetMemberMetadataDefinition(member);
            Type? metaType = null;
            if (meta is FieldInfo field) metaType = field.FieldType;
            else if (meta is PropertyInfo property) metaType = GetPropertyMetaType(property);
            if (metaType != null) CheckGenericParameters(nullability, meta!, metaType, member.ReflectedType);
        }

        private static Type GetPropertyMetaType(PropertyInfo property)
        {
            MethodInfo? getter = property.GetGetMethod(true);
            if (getter != null) return getter.ReturnType;
            return property.GetSetMethod(true)!.GetParameters()[0].ParameterType;
        }

        private static MemberInfo GetMemberMetadataDefinition(MemberInfo member)
        {
            Type? type = member.DeclaringType;
            if (type != null && type.IsGenericType && !type.IsGenericTypeDefinition)
            {
                Type definition = type.GetGenericTypeDefinition();
                const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
                foreach (MemberInfo candidate in definition.GetMembers(all))
                    if (candidate.MemberType == member.MemberType && candidate.MetadataToken == member.MetadataToken && candidate.Name == member.Name)
                        return candidate;
            }
            return member;
        }

        private void CheckParameterMetadataType(ParameterInfo parameter, NullabilityInfo nullability)
        {
            MemberInfo metaMember;
            ParameterInfo? metaParameter;
            if (parameter.Member is ConstructorInfo ctor)
            {
                var metaCtor = (MethodBase)GetMemberMetadataDefinition(ctor);
                metaMember = metaCtor;
                metaParameter = GetMetaParameter(metaCtor, parameter);
            }
            else if (parameter.Member is MethodInfo method)
            {
                MethodInfo metaMethod = method.IsGenericMethod && !method.IsGenericMethodDefinition ? method.GetGenericMethodDefinition() : method;
                metaMethod = (MethodInfo)GetMemberMetadataDefinition(metaMethod);
                metaMember = metaMethod;
                metaParameter = parameter.Position < 0 ? metaMethod.ReturnParameter : GetMetaParameter(metaMethod, parameter);
            }
            else return;
            if (metaParameter != null) CheckGenericParameters(nullability, metaMember, metaParameter.ParameterType, parameter.Member.ReflectedType);
        }

        private static ParameterInfo? GetMetaParameter(MethodBase metaMethod, ParameterInfo parameter)
        {
            ParameterInfo[] ps = metaMethod.GetParameters();
            return parameter.Position >= 0 && parameter.Position < ps.Length ? ps[parameter.Position] : null;
        }

        private void CheckGenericParameters(NullabilityInfo nullability, MemberInfo metaMember, Type metaType, Type? reflectedType)
        {
            if (metaType.IsGenericParameter)
            {
                if (nullability.ReadState == NullabilityState.NotNull) TryUpdateGenericParameterNullability(nullability, metaType, reflectedType);
            }
            else if (metaType.ContainsGenericParameters)
            {
                if (nullability.GenericTypeArguments.Length > 0)
                {
                    Type[] metaArguments = metaType.GetGenericArguments();
                    for (int i = 0; i < metaArguments.Length && i < nullability.GenericTypeArguments.Length; i++)
                        CheckGenericParameters(nullability.GenericTypeArguments[i], metaMember, metaArguments[i], reflectedType);
                }
                else if (nullability.ElementType != null && metaType.IsArray)
                    CheckGenericParameters(nullability.ElementType, metaMember, metaType.GetElementType()!, reflectedType);
                else if (metaType.IsByRef)
                    CheckGenericParameters(nullability, metaMember, metaType.GetElementType()!, reflectedType);
            }
        }

        private bool TryUpdateGenericParameterNullability(NullabilityInfo nullability, Type genericParameter, Type? context)
        {
            if (context != null && genericParameter.DeclaringMethod == null
                && TryUpdateFromReflectedType(nullability, genericParameter, context, context))
                return true;
            if (IsValueTypeOrValueTypeByRef(nullability.Type)) return true;
            NullabilityState state = NullabilityState.Unknown;
            if (CreateParser(genericParameter.GetCustomAttributesData()).ParseNullableState(0, ref state))
            {
                nullability.ReadState = state;
                nullability.WriteState = state;
                return true;
            }
            NullabilityState? contextState = GetNullableContext(genericParameter);
            if (contextState.HasValue)
            {
                nullability.ReadState = contextState.Value;
                nullability.WriteState = contextState.Value;
                return true;
            }
            return false;
        }

        // A type parameter of a base class, given a type argument in a derived class's
        // `extends` clause: that clause's [Nullable] bytes know the argument's annotation.
        private bool TryUpdateFromReflectedType(NullabilityInfo nullability, Type genericParameter, Type context, Type reflectedType)
        {
            Type definition = context.IsGenericType && !context.IsGenericTypeDefinition ? context.GetGenericTypeDefinition() : context;
            if (genericParameter.DeclaringType == definition) return false;
            Type? baseType = definition.BaseType;
            if (baseType == null) return false;
            if (!baseType.IsGenericType || (baseType.IsGenericTypeDefinition ? baseType : baseType.GetGenericTypeDefinition()) != genericParameter.DeclaringType)
                return TryUpdateFromReflectedType(nullability, genericParameter, baseType, reflectedType);
            Type[] arguments = baseType.GetGenericArguments();
            Type argument = arguments[genericParameter.GenericParameterPosition];
            if (argument.IsGenericParameter) return TryUpdateGenericParameterNullability(nullability, argument, reflectedType);
            NullableParser parser = CreateParser(definition.GetCustomAttributesData());
            int index = 1;   // 0 is the base type itself
            for (int i = 0; i < genericParameter.GenericParameterPosition; i++) index += CountNullabilityStates(arguments[i]);
            return TryPopulateNullabilityInfo(nullability, parser, ref index);
        }

        private static int CountNullabilityStates(Type type)
        {
            Type underlying = Nullable.GetUnderlyingType(type) ?? type;
            if (underlying.IsGenericType)
            {
                int count = 1;
                foreach (Type argument in underlying.GetGenericArguments()) count += CountNullabilityStates(argument);
                return count;
            }
            if (underlying.HasElementType) return (underlying.IsArray ? 1 : 0) + CountNullabilityStates(underlying.GetElementType()!);
            return type.IsValueType ? 0 : 1;
        }

        private static bool TryPopulateNullabilityInfo(NullabilityInfo nullability, NullableParser parser, ref int index)
        {
            bool isValueType = IsValueTypeOrValueTypeByRef(nullability.Type);
            if (!isValueType)
            {
                NullabilityState state = NullabilityState.Unknown;
                if (!parser.ParseNullableState(index, ref state)) return false;
                nullability.ReadState = state;
                nullability.WriteState = state;
            }
            if (!isValueType || (Nullable.GetUnderlyingType(nullability.Type) ?? nullability.Type).IsGenericType) index++;
            if (nullability.GenericTypeArguments.Length > 0)
            {
                foreach (NullabilityInfo argument in nullability.GenericTypeArguments) TryPopulateNullabilityInfo(argument, parser, ref index);
            }
            else if (nullability.ElementType != null)
            {
                TryPopulateNullabilityInfo(nullability.ElementType, parser, ref index);
            }
            return true;
        }

        // ---- System.Diagnostics.CodeAnalysis attributes ----

        private static void CheckNullabilityAttributes(NullabilityInfo nullability, IList<CustomAttributeData> attributes)
        {
            NullabilityState readState = NullabilityState.Unknown, writeState = NullabilityState.Unknown;
            foreach (CustomAttributeData a in attributes)
            {
                if (a.AttributeType.Namespace != "System.Diagnostics.CodeAnalysis") continue;
                string name = a.AttributeType.Name;
                if (name == "NotNullAttribute") readState = NullabilityState.NotNull;
                else if ((name == "MaybeNullAttribute" || name == "MaybeNullWhenAttribute") && readState == NullabilityState.Unknown
                         && !IsValueTypeOrValueTypeByRef(nullability.Type))
                    readState = NullabilityState.Nullable;
                else if (name == "DisallowNullAttribute") writeState = NullabilityState.NotNull;
                else if (name == "AllowNullAttribute" && writeState == NullabilityState.Unknown && !IsValueTypeOrValueTypeByRef(nullability.Type))
                    writeState = NullabilityState.Nullable;
            }
            if (readState != NullabilityState.Unknown) nullability.ReadState = readState;
            if (writeState != NullabilityState.Unknown) nullability.WriteState = writeState;
        }

        private static bool IsValueTypeOrValueTypeByRef(Type type)
        {
            return type.IsValueType || ((type.IsByRef || type.IsPointer) && type.GetElementType()!.IsValueType);
        }

        private static NullabilityState TranslateByte(object? value)
        {
            return value is byte b ? TranslateByte(b) : NullabilityState.Unknown;
        }

        private static NullabilityState TranslateByte(byte b)
        {
            return b == 1 ? NullabilityState.NotNull : b == 2 ? NullabilityState.Nullable : NullabilityState.Unknown;
        }

        private static NullableParser CreateParser(IList<CustomAttributeData> attributes)
        {
            foreach (CustomAttributeData a in attributes)
            {
                if (a.AttributeType.Name == "NullableAttribute" && a.AttributeType.Namespace == CompilerServicesNamespace
                    && a.ConstructorArguments.Count == 1)
                    return new NullableParser(a.ConstructorArguments[0].Value);
            }
            return new NullableParser(null);
        }

        private readonly struct NullableParser
        {
            private readonly object? _argument;
            public NullableParser(object? argument) { _argument = argument; }
            public static NullableParser Unknown { get { return new NullableParser(null); } }

            public bool ParseNullableState(int index, ref NullabilityState state)
            {
                if (_argument is byte b) { state = TranslateByte(b); return true; }
                if (_argument is ReadOnlyCollection<CustomAttributeTypedArgument> args && index < args.Count && args[index].Value is byte element)
                {
                    state = TranslateByte(element);
                    return true;
                }
                return false;
            }
        }
    }
}
