// Factories of constants, parameters, member access, calls, invocation,
// conditionals and lambdas, with .NET's argument validation.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Reflection;

namespace System.Linq.Expressions
{
    public abstract partial class Expression
    {
        private const BindingFlags AnyInstance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.FlattenHierarchy;
        private const BindingFlags AnyStatic = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.FlattenHierarchy;

        public static ConstantExpression Constant(object value) { return new ConstantExpression(value, value == null ? typeof(object) : value.GetType()); }

        public static ConstantExpression Constant(object value, Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (value == null ? type.IsValueType && !TypeUtils.IsNullableType(type) : !TypeUtils.GetNonNullableType(type).IsInstanceOfType(value) && !type.IsInstanceOfType(value))
                throw new ArgumentException("Argument types do not match");
            return new ConstantExpression(value, type);
        }

        public static ParameterExpression Parameter(Type type) { return Parameter(type, null); }
        public static ParameterExpression Parameter(Type type, string name)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (type == typeof(void)) throw new ArgumentException("Argument type cannot be System.Void.", "type");
            if (type.IsByRef) return new ParameterExpression(type.GetElementType(), name, true);
            return new ParameterExpression(type, name, false);
        }

        public static ParameterExpression Variable(Type type) { return Variable(type, null); }
        public static ParameterExpression Variable(Type type, string name)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (type == typeof(void)) throw new ArgumentException("Argument type cannot be System.Void.", "type");
            if (type.IsByRef) throw new ArgumentException("Type must not be ByRef", "type");
            return new ParameterExpression(type, name, false);
        }

        public static DefaultExpression Default(Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            return new DefaultExpression(type);
        }

        public static DefaultExpression Empty() { return new DefaultExpression(typeof(void)); }

        // ---- members ----

        public static MemberExpression Field(Expression expression, FieldInfo field)
        {
            if (field == null) throw new ArgumentNullException("field");
            if (field.IsStatic) { if (expression != null) throw new ArgumentException("Static field requires null instance, non-static field requires non-null instance.", "expression"); }
            else
            {
                if (expression == null) throw new ArgumentException("Static field requires null instance, non-static field requires non-null instance.", "field");
                RequiresCanRead(expression, "expression");
                if (!TypeUtils.AreReferenceAssignable(field.DeclaringType, expression.Type) && !field.DeclaringType.IsAssignableFrom(expression.Type))
                    throw new ArgumentException("Field '" + field.DeclaringType + "." + field.Name + "' is not defined for type '" + expression.Type + "'");
            }
            return new MemberExpression(expression, field);
        }

        public static MemberExpression Field(Expression expression, string fieldName)
        {
            RequiresCanRead(expression, "expression");
            if (fieldName == null) throw new ArgumentNullException("fieldName");
            FieldInfo fi = FindField(expression.Type, fieldName, AnyInstance);
            if (fi == null) throw new ArgumentException("Instance field '" + fieldName + "' is not defined for type '" + expression.Type + "'");
            return Field(expression, fi);
        }

        public static MemberExpression Field(Expression expression, Type type, string fieldName)
        {
            if (type == null) throw new ArgumentNullException("type");
            FieldInfo fi = FindField(type, fieldName, expression == null ? AnyStatic : AnyInstance);
            if (fi == null) throw new ArgumentException((expression == null ? "Static" : "Instance") + " field '" + fieldName + "' is not defined for type '" + type + "'");
            return Field(expression, fi);
        }

        private static FieldInfo FindField(Type type, string name, BindingFlags flags)
        {
            return type.GetField(name, flags) ?? type.GetField(name, flags | BindingFlags.IgnoreCase);
        }

        private static PropertyInfo FindProperty(Type type, string name, BindingFlags flags)
        {
            foreach (PropertyInfo p in type.GetProperties(flags)) if (p.Name == name && p.GetIndexParameters().Length == 0) return p;
            foreach (PropertyInfo p in type.GetProperties(flags)) if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.GetIndexParameters().Length == 0) return p;
            return null;
        }

        public static MemberExpression Property(Expression expression, string propertyName)
        {
            RequiresCanRead(expression, "expression");
            if (propertyName == null) throw new ArgumentNullException("propertyName");
            PropertyInfo pi = FindProperty(expression.Type, propertyName, AnyInstance);
            if (pi == null) throw new ArgumentException("Instance property '" + propertyName + "' is not defined for type '" + expression.Type + "'", "propertyName");
            return Property(expression, pi);
        }

        public static MemberExpression Property(Expression expression, Type type, string propertyName)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (propertyName == null) throw new ArgumentNullException("propertyName");
            PropertyInfo pi = FindProperty(type, propertyName, expression == null ? AnyStatic : AnyInstance);
            if (pi == null) throw new ArgumentException((expression == null ? "Static" : "Instance") + " property '" + propertyName + "' is not defined for type '" + type + "'", "propertyName");
            return Property(expression, pi);
        }

        public static MemberExpression Property(Expression expression, PropertyInfo property)
        {
            if (property == null) throw new ArgumentNullException("property");
            MethodInfo accessor = property.GetGetMethod() ?? property.GetSetMethod();
            if (accessor == null) throw new ArgumentException("Property '" + property + "' has no 'get' accessor", "property");
            if (property.GetIndexParameters().Length != 0) throw new ArgumentException("Incorrect number of arguments supplied for call to method '" + accessor + "'", "property");
            if (accessor.IsStatic) { if (expression != null) throw new ArgumentException("Static property requires null instance, non-static property requires non-null instance.", "expression"); }
            else
            {
                if (expression == null) throw new ArgumentException("Static property requires null instance, non-static property requires non-null instance.", "property");
                RequiresCanRead(expression, "expression");
                if (!property.DeclaringType.IsAssignableFrom(expression.Type))
                    throw new ArgumentException("Property '" + property + "' is not defined for type '" + expression.Type + "'", "property");
            }
            return new MemberExpression(expression, property);
        }

        public static MemberExpression Property(Expression expression, MethodInfo propertyAccessor)
        {
            if (propertyAccessor == null) throw new ArgumentNullException("propertyAccessor");
            return Property(expression, PropertyOfAccessor(propertyAccessor));
        }

        private static PropertyInfo PropertyOfAccessor(MethodInfo accessor)
        {
            BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | (accessor.IsStatic ? BindingFlags.Static : BindingFlags.Instance);
            foreach (PropertyInfo p in accessor.DeclaringType.GetProperties(flags))
            {
                if (p.CanRead && accessor.Equals(p.GetGetMethod())) return p;
                if (p.CanWrite && accessor.Equals(p.GetSetMethod())) return p;
            }
            throw new ArgumentException("The method '" + accessor.DeclaringType + "." + accessor.Name + "' is not a property accessor", "propertyAccessor");
        }

        public static MemberExpression PropertyOrField(Expression expression, string propertyOrFieldName)
        {
            RequiresCanRead(expression, "expression");
            PropertyInfo pi = FindProperty(expression.Type, propertyOrFieldName, AnyInstance);
            if (pi != null) return Property(expression, pi);
            FieldInfo fi = FindField(expression.Type, propertyOrFieldName, AnyInstance);
            if (fi != null) return Field(expression, fi);
            throw new ArgumentException("'" + propertyOrFieldName + "' is not a member of type '" + expression.Type + "'", "propertyOrFieldName");
        }

        public static MemberExpression MakeMemberAccess(Expression expression, MemberInfo member)
        {
            if (member == null) throw new ArgumentNullException("member");
            FieldInfo fi = member as FieldInfo;
            if (fi != null) return Field(expression, fi);
            PropertyInfo pi = member as PropertyInfo;
            if (pi != null) return Property(expression, pi);
            throw new ArgumentException("Member '" + member + "' not field or property", "member");
        }

        // ---- arguments ----

        // An argument for a parameter: as it is, quoted when a lambda goes to an Expression parameter, or an error.
        internal static Expression ValidateArgument(Type parameterType, Expression arg, string what, string paramName)
        {
            RequiresCanRead(arg, paramName);
            Type pType = parameterType.IsByRef ? parameterType.GetElementType() : parameterType;
            if (TypeUtils.AreReferenceAssignable(pType, arg.Type)) return arg;
            if (typeof(LambdaExpression).IsAssignableFrom(pType) && pType.IsInstanceOfType(arg)) return Quote(arg);
            if (typeof(LambdaExpression).IsAssignableFrom(pType) && arg is LambdaExpression && pType.IsAssignableFrom(arg.GetType())) return Quote(arg);
            throw new ArgumentException("Expression of type '" + arg.Type + "' cannot be used for " + what + " of type '" + pType + "'", paramName);
        }

        private static ReadOnlyCollection<Expression> ValidateArguments(MethodBase method, ParameterInfo[] ps, IEnumerable<Expression> arguments, string what)
        {
            Expression[] args = arguments == null ? new Expression[0] : new List<Expression>(arguments).ToArray();
            if (args.Length != ps.Length)
                throw new ArgumentException(what == "constructor parameter" ? "Incorrect number of arguments for constructor" : "Incorrect number of arguments supplied for call to method '" + method + "'", what == "constructor parameter" ? null : "method");
            for (int i = 0; i < args.Length; i++)
                args[i] = ValidateArgument(ps[i].ParameterType, args[i], what == "constructor parameter" ? what : "parameter", "arguments[" + i + "]");
            return new ReadOnlyCollection<Expression>(args);
        }

        // ---- calls ----

        public static MethodCallExpression Call(MethodInfo method, Expression arg0) { return CallCore(null, method, new[] { arg0 }, true); }
        public static MethodCallExpression Call(MethodInfo method, Expression arg0, Expression arg1) { return CallCore(null, method, new[] { arg0, arg1 }, true); }
        public static MethodCallExpression Call(MethodInfo method, Expression arg0, Expression arg1, Expression arg2) { return CallCore(null, method, new[] { arg0, arg1, arg2 }, true); }
        public static MethodCallExpression Call(MethodInfo method, Expression arg0, Expression arg1, Expression arg2, Expression arg3) { return CallCore(null, method, new[] { arg0, arg1, arg2, arg3 }, true); }
        public static MethodCallExpression Call(MethodInfo method, Expression arg0, Expression arg1, Expression arg2, Expression arg3, Expression arg4) { return CallCore(null, method, new[] { arg0, arg1, arg2, arg3, arg4 }, true); }
        public static MethodCallExpression Call(MethodInfo method, params Expression[] arguments) { return Call(null, method, (IEnumerable<Expression>)arguments); }
        public static MethodCallExpression Call(MethodInfo method, IEnumerable<Expression> arguments) { return Call(null, method, arguments); }
        public static MethodCallExpression Call(Expression instance, MethodInfo method) { return Call(instance, method, (IEnumerable<Expression>)null); }
        public static MethodCallExpression Call(Expression instance, MethodInfo method, Expression arg0, Expression arg1) { return CallCore(instance, method, new[] { arg0, arg1 }, true); }
        public static MethodCallExpression Call(Expression instance, MethodInfo method, Expression arg0, Expression arg1, Expression arg2) { return CallCore(instance, method, new[] { arg0, arg1, arg2 }, true); }
        public static MethodCallExpression Call(Expression instance, MethodInfo method, params Expression[] arguments) { return Call(instance, method, (IEnumerable<Expression>)arguments); }

        public static MethodCallExpression Call(Expression instance, MethodInfo method, IEnumerable<Expression> arguments) { return CallCore(instance, method, arguments, false); }

        private static MethodCallExpression CallCore(Expression instance, MethodInfo method, IEnumerable<Expression> arguments, bool fixedArity)
        {
            if (method == null) throw new ArgumentNullException("method");
            if (method.ContainsGenericParameters) throw new ArgumentException("Method " + method + " contains generic parameters", "method");
            if (method.IsStatic)
            {
                if (instance != null) throw new ArgumentException("Static method requires null instance, non-static method requires non-null instance.", "instance");
            }
            else
            {
                if (instance == null) throw new ArgumentException("Static method requires null instance, non-static method requires non-null instance.", "method");
                RequiresCanRead(instance, "instance");
                Type dt = method.DeclaringType;
                if (!dt.IsAssignableFrom(instance.Type) && !(dt == typeof(object) && instance.Type.IsValueType) &&
                    !(instance.Type.IsValueType && dt.IsAssignableFrom(instance.Type)))
                    throw new ArgumentException("Expression of type '" + instance.Type + "' cannot be used for parameter of type '" + dt + "' of method '" + method + "'", "instance");
            }
            ParameterInfo[] ps = method.GetParameters();
            Expression[] args = arguments == null ? new Expression[0] : new List<Expression>(arguments).ToArray();
            if (args.Length != ps.Length) throw new ArgumentException("Incorrect number of arguments supplied for call to method '" + method + "'", "method");
            for (int i = 0; i < args.Length; i++)
            {
                RequiresCanRead(args[i], "arguments[" + i + "]");
                Type pType = ps[i].ParameterType.IsByRef ? ps[i].ParameterType.GetElementType() : ps[i].ParameterType;
                if (TypeUtils.AreReferenceAssignable(pType, args[i].Type)) continue;
                if (typeof(LambdaExpression).IsAssignableFrom(pType) && args[i] is LambdaExpression && pType.IsAssignableFrom(args[i].GetType())) { args[i] = Quote(args[i]); continue; }
                throw new ArgumentException("Expression of type '" + args[i].Type + "' cannot be used for parameter of type '" + pType + "' of method '" + method + "'", fixedArity ? "arg" + i : "arguments[" + i + "]");
            }
            return new MethodCallExpression(method, instance, new ReadOnlyCollection<Expression>(args));
        }

        public static MethodCallExpression Call(Expression instance, string methodName, Type[] typeArguments, params Expression[] arguments)
        {
            if (instance == null) throw new ArgumentNullException("instance");
            if (methodName == null) throw new ArgumentNullException("methodName");
            return Call(instance, FindMethod(instance.Type, methodName, typeArguments, arguments, AnyInstance), arguments);
        }

        public static MethodCallExpression Call(Type type, string methodName, Type[] typeArguments, params Expression[] arguments)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (methodName == null) throw new ArgumentNullException("methodName");
            return Call(null, FindMethod(type, methodName, typeArguments, arguments, AnyStatic), arguments);
        }

        private static MethodInfo FindMethod(Type type, string name, Type[] typeArgs, Expression[] args, BindingFlags flags)
        {
            if (args == null) args = new Expression[0];
            int targs = typeArgs == null ? 0 : typeArgs.Length;
            MethodInfo found = null;
            int count = 0;
            foreach (MethodInfo m0 in type.GetMethods(flags))
            {
                if (!string.Equals(m0.Name, name, StringComparison.OrdinalIgnoreCase)) continue;
                MethodInfo m = m0;
                if (targs > 0)
                {
                    if (!m.IsGenericMethodDefinition || m.GetGenericArguments().Length != targs) continue;
                    m = m.MakeGenericMethod(typeArgs);
                }
                else if (m.IsGenericMethodDefinition) continue;
                ParameterInfo[] ps = m.GetParameters();
                if (ps.Length != args.Length) continue;
                bool ok = true;
                for (int i = 0; i < ps.Length && ok; i++)
                {
                    Type pt = ps[i].ParameterType.IsByRef ? ps[i].ParameterType.GetElementType() : ps[i].ParameterType;
                    ok = args[i] != null && (TypeUtils.AreReferenceAssignable(pt, args[i].Type) ||
                        (typeof(LambdaExpression).IsAssignableFrom(pt) && pt.IsInstanceOfType(args[i])));
                }
                if (!ok) continue;
                if (found == null || !found.Equals(m)) { found = m; count++; }
            }
            if (count == 0)
            {
                if (targs > 0) throw new InvalidOperationException("No generic method '" + name + "' on type '" + type + "' is compatible with the supplied type arguments and arguments. No type arguments should be provided if the method is non-generic. ");
                throw new InvalidOperationException("No method '" + name + "' on type '" + type + "' is compatible with the supplied arguments.");
            }
            if (count > 1) throw new InvalidOperationException("More than one method '" + name + "' on type '" + type + "' is compatible with the supplied arguments.");
            return found;
        }

        public static MethodCallExpression ArrayIndex(Expression array, params Expression[] indexes) { return ArrayIndex(array, (IEnumerable<Expression>)indexes); }
        public static MethodCallExpression ArrayIndex(Expression array, IEnumerable<Expression> indexes)
        {
            RequiresCanRead(array, "array");
            if (!array.Type.IsArray) throw new ArgumentException("Argument must be array", "array");
            Expression[] idx = new List<Expression>(indexes).ToArray();
            if (array.Type.GetArrayRank() != idx.Length) throw new ArgumentException("Incorrect number of indexes");
            foreach (Expression e in idx)
            {
                RequiresCanRead(e, "indexes");
                if (e.Type != typeof(int)) throw new ArgumentException("Argument for array index must be of type Int32", "indexes");
            }
            return Call(array, array.Type.GetMethod("Get"), idx);
        }

        public static InvocationExpression Invoke(Expression expression, params Expression[] arguments) { return Invoke(expression, (IEnumerable<Expression>)arguments); }
        public static InvocationExpression Invoke(Expression expression, IEnumerable<Expression> arguments)
        {
            RequiresCanRead(expression, "expression");
            Type dt = expression.Type;
            if (dt == typeof(Delegate) || !typeof(Delegate).IsAssignableFrom(dt))
            {
                if (!typeof(LambdaExpression).IsAssignableFrom(dt)) throw new ArgumentException("Expression of type '" + dt + "' cannot be invoked", "expression");
                dt = dt.GetGenericArguments()[0];
            }
            MethodInfo invoke = dt.GetMethod("Invoke");
            ParameterInfo[] ps = invoke.GetParameters();
            Expression[] args = arguments == null ? new Expression[0] : new List<Expression>(arguments).ToArray();
            if (args.Length != ps.Length) throw new InvalidOperationException("Incorrect number of arguments supplied for lambda invocation");
            for (int i = 0; i < args.Length; i++) args[i] = ValidateArgument(ps[i].ParameterType, args[i], "parameter", "arguments[" + i + "]");
            return new InvocationExpression(expression, new ReadOnlyCollection<Expression>(args), invoke.ReturnType);
        }

        // ---- conditionals ----

        public static ConditionalExpression Condition(Expression test, Expression ifTrue, Expression ifFalse)
        {
            RequiresCanRead(test, "test");
            RequiresCanRead(ifTrue, "ifTrue");
            RequiresCanRead(ifFalse, "ifFalse");
            if (test.Type != typeof(bool)) throw new ArgumentException("Argument must be boolean", "test");
            if (ifTrue.Type != ifFalse.Type) throw new ArgumentException("Argument types do not match");
            return new ConditionalExpression(test, ifTrue, ifFalse, ifTrue.Type);
        }

        public static ConditionalExpression Condition(Expression test, Expression ifTrue, Expression ifFalse, Type type)
        {
            RequiresCanRead(test, "test");
            if (ifTrue == null) throw new ArgumentNullException("ifTrue");
            if (ifFalse == null) throw new ArgumentNullException("ifFalse");
            if (type == null) throw new ArgumentNullException("type");
            if (test.Type != typeof(bool)) throw new ArgumentException("Argument must be boolean", "test");
            if (type != typeof(void) && (!TypeUtils.AreReferenceAssignable(type, ifTrue.Type) || !TypeUtils.AreReferenceAssignable(type, ifFalse.Type)))
                throw new ArgumentException("Argument types do not match");
            return new ConditionalExpression(test, ifTrue, ifFalse, type);
        }

        public static ConditionalExpression IfThen(Expression test, Expression ifTrue) { return Condition(test, ifTrue, Empty(), typeof(void)); }
        public static ConditionalExpression IfThenElse(Expression test, Expression ifTrue, Expression ifFalse) { return Condition(test, ifTrue, ifFalse, typeof(void)); }
    }
}
