// Factories of object and array creation, member and list initializers,
// and indexers.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Reflection;

namespace System.Linq.Expressions
{
    public abstract partial class Expression
    {
        public static NewExpression New(ConstructorInfo constructor) { return New(constructor, (IEnumerable<Expression>)null); }
        public static NewExpression New(ConstructorInfo constructor, params Expression[] arguments) { return New(constructor, (IEnumerable<Expression>)arguments); }
        public static NewExpression New(ConstructorInfo constructor, IEnumerable<Expression> arguments)
        {
            if (constructor == null) throw new ArgumentNullException("constructor");
            if (constructor.DeclaringType.IsAbstract) throw new ArgumentException("Cannot create instance of abstract class", "constructor");
            ReadOnlyCollection<Expression> args = ValidateArguments(constructor, constructor.GetParameters(), arguments, "constructor parameter");
            return new NewExpression(constructor, args, null, constructor.DeclaringType);
        }

        public static NewExpression New(ConstructorInfo constructor, IEnumerable<Expression> arguments, params MemberInfo[] members) { return New(constructor, arguments, (IEnumerable<MemberInfo>)members); }
        public static NewExpression New(ConstructorInfo constructor, IEnumerable<Expression> arguments, IEnumerable<MemberInfo> members)
        {
            NewExpression n = New(constructor, arguments);
            List<MemberInfo> list = new List<MemberInfo>();
            if (members != null)
                foreach (MemberInfo m in members)
                {
                    if (m == null) throw new ArgumentNullException("members");
                    list.Add(m is MethodInfo ? PropertyOfAccessor((MethodInfo)m) : m);
                }
            ReadOnlyCollection<MemberInfo> ms = new ReadOnlyCollection<MemberInfo>(list.ToArray());
            if (ms.Count != n.Arguments.Count) throw new ArgumentException("Incorrect number of members for constructor");
            return new NewExpression(constructor, n.Arguments, ms, n.Type);
        }

        public static NewExpression New(Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (type == typeof(void)) throw new ArgumentException("Type System.Void cannot be used here.", "type");
            if (type.IsValueType) return new NewExpression(null, ReadOnly<Expression>(null), null, type);
            ConstructorInfo ci = type.GetConstructor(Type.EmptyTypes);
            if (ci == null) throw new ArgumentException("Type '" + type + "' does not have a default constructor", "type");
            return New(ci);
        }

        private static Type MemberType(MemberInfo member, string paramName)
        {
            FieldInfo f = member as FieldInfo;
            if (f != null) return f.FieldType;
            PropertyInfo p = member as PropertyInfo;
            if (p != null) return p.PropertyType;
            MethodInfo m = member as MethodInfo;
            if (m != null) return PropertyOfAccessor(m).PropertyType;
            throw new ArgumentException("Argument must be either a FieldInfo or PropertyInfo", paramName);
        }

        public static MemberAssignment Bind(MemberInfo member, Expression expression)
        {
            if (member == null) throw new ArgumentNullException("member");
            RequiresCanRead(expression, "expression");
            if (member is MethodInfo) member = PropertyOfAccessor((MethodInfo)member);
            Type mt = MemberType(member, "member");
            if (!TypeUtils.AreReferenceAssignable(mt, expression.Type)) throw new ArgumentException("Argument types do not match");
            return new MemberAssignment(member, expression);
        }

        public static MemberAssignment Bind(MethodInfo propertyAccessor, Expression expression)
        {
            if (propertyAccessor == null) throw new ArgumentNullException("propertyAccessor");
            return Bind((MemberInfo)PropertyOfAccessor(propertyAccessor), expression);
        }

        public static MemberMemberBinding MemberBind(MemberInfo member, params MemberBinding[] bindings) { return MemberBind(member, (IEnumerable<MemberBinding>)bindings); }
        public static MemberMemberBinding MemberBind(MemberInfo member, IEnumerable<MemberBinding> bindings)
        {
            if (member == null) throw new ArgumentNullException("member");
            if (bindings == null) throw new ArgumentNullException("bindings");
            MemberType(member, "member");
            return new MemberMemberBinding(member, ReadOnly(bindings));
        }
        public static MemberMemberBinding MemberBind(MethodInfo propertyAccessor, params MemberBinding[] bindings) { return MemberBind((MemberInfo)PropertyOfAccessor(propertyAccessor), bindings); }
        public static MemberMemberBinding MemberBind(MethodInfo propertyAccessor, IEnumerable<MemberBinding> bindings) { return MemberBind((MemberInfo)PropertyOfAccessor(propertyAccessor), bindings); }

        public static MemberListBinding ListBind(MemberInfo member, params ElementInit[] initializers) { return ListBind(member, (IEnumerable<ElementInit>)initializers); }
        public static MemberListBinding ListBind(MemberInfo member, IEnumerable<ElementInit> initializers)
        {
            if (member == null) throw new ArgumentNullException("member");
            if (initializers == null) throw new ArgumentNullException("initializers");
            MemberType(member, "member");
            return new MemberListBinding(member, ReadOnly(initializers));
        }
        public static MemberListBinding ListBind(MethodInfo propertyAccessor, params ElementInit[] initializers) { return ListBind((MemberInfo)PropertyOfAccessor(propertyAccessor), initializers); }
        public static MemberListBinding ListBind(MethodInfo propertyAccessor, IEnumerable<ElementInit> initializers) { return ListBind((MemberInfo)PropertyOfAccessor(propertyAccessor), initializers); }

        public static MemberInitExpression MemberInit(NewExpression newExpression, params MemberBinding[] bindings) { return MemberInit(newExpression, (IEnumerable<MemberBinding>)bindings); }
        public static MemberInitExpression MemberInit(NewExpression newExpression, IEnumerable<MemberBinding> bindings)
        {
            if (newExpression == null) throw new ArgumentNullException("newExpression");
            if (bindings == null) throw new ArgumentNullException("bindings");
            ReadOnlyCollection<MemberBinding> bs = ReadOnly(bindings);
            foreach (MemberBinding b in bs)
                if (!b.Member.DeclaringType.IsAssignableFrom(newExpression.Type))
                    throw new ArgumentException("'" + b.Member.Name + "' is not a member of type '" + newExpression.Type + "'", "bindings");
            return new MemberInitExpression(newExpression, bs);
        }

        public static ElementInit ElementInit(MethodInfo addMethod, params Expression[] arguments) { return ElementInit(addMethod, (IEnumerable<Expression>)arguments); }
        public static ElementInit ElementInit(MethodInfo addMethod, IEnumerable<Expression> arguments)
        {
            if (addMethod == null) throw new ArgumentNullException("addMethod");
            if (arguments == null) throw new ArgumentNullException("arguments");
            if (!string.Equals(addMethod.Name, "Add", StringComparison.OrdinalIgnoreCase)) throw new ArgumentException("Element initializer method must be named 'Add'", "addMethod");
            if (addMethod.IsStatic) throw new ArgumentException("Element initializer method must be an instance method", "addMethod");
            ReadOnlyCollection<Expression> args = ValidateArguments(addMethod, addMethod.GetParameters(), arguments, "parameter");
            return new ElementInit(addMethod, args);
        }

        public static ListInitExpression ListInit(NewExpression newExpression, params Expression[] initializers) { return ListInit(newExpression, (IEnumerable<Expression>)initializers); }
        public static ListInitExpression ListInit(NewExpression newExpression, IEnumerable<Expression> initializers)
        {
            if (newExpression == null) throw new ArgumentNullException("newExpression");
            if (initializers == null) throw new ArgumentNullException("initializers");
            List<Expression> items = new List<Expression>(initializers);
            if (items.Count == 0) throw new ArgumentException("List initializers must contain at least one initializer", "initializers");
            MethodInfo add = null;
            foreach (MethodInfo m in newExpression.Type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
                if (m.Name == "Add" && m.GetParameters().Length == 1 && TypeUtils.AreReferenceAssignable(m.GetParameters()[0].ParameterType, items[0].Type)) { add = m; break; }
            if (add == null) throw new InvalidOperationException("No method 'Add' on type '" + newExpression.Type + "' is compatible with the supplied arguments.");
            return ListInit(newExpression, add, items);
        }

        public static ListInitExpression ListInit(NewExpression newExpression, MethodInfo addMethod, params Expression[] initializers) { return ListInit(newExpression, addMethod, (IEnumerable<Expression>)initializers); }
        public static ListInitExpression ListInit(NewExpression newExpression, MethodInfo addMethod, IEnumerable<Expression> initializers)
        {
            if (addMethod == null) return ListInit(newExpression, initializers);
            if (newExpression == null) throw new ArgumentNullException("newExpression");
            if (initializers == null) throw new ArgumentNullException("initializers");
            List<ElementInit> inits = new List<ElementInit>();
            foreach (Expression e in initializers) inits.Add(ElementInit(addMethod, e));
            return ListInit(newExpression, inits);
        }

        public static ListInitExpression ListInit(NewExpression newExpression, params ElementInit[] initializers) { return ListInit(newExpression, (IEnumerable<ElementInit>)initializers); }
        public static ListInitExpression ListInit(NewExpression newExpression, IEnumerable<ElementInit> initializers)
        {
            if (newExpression == null) throw new ArgumentNullException("newExpression");
            if (initializers == null) throw new ArgumentNullException("initializers");
            ReadOnlyCollection<ElementInit> inits = ReadOnly(initializers);
            if (inits.Count == 0) throw new ArgumentException("List initializers must contain at least one initializer", "initializers");
            if (!typeof(System.Collections.IEnumerable).IsAssignableFrom(newExpression.Type))
                throw new ArgumentException("Type '" + newExpression.Type + "' is not IEnumerable", "newExpression");
            return new ListInitExpression(newExpression, inits);
        }

        public static NewArrayExpression NewArrayInit(Type type, params Expression[] initializers) { return NewArrayInit(type, (IEnumerable<Expression>)initializers); }
        public static NewArrayExpression NewArrayInit(Type type, IEnumerable<Expression> initializers)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (initializers == null) throw new ArgumentNullException("initializers");
            if (type == typeof(void)) throw new ArgumentException("Argument type cannot be System.Void.", "type");
            Expression[] items = new List<Expression>(initializers).ToArray();
            for (int i = 0; i < items.Length; i++)
            {
                RequiresCanRead(items[i], "initializers[" + i + "]");
                if (!TypeUtils.AreReferenceAssignable(type, items[i].Type))
                {
                    if (typeof(LambdaExpression).IsAssignableFrom(type) && type.IsInstanceOfType(items[i])) items[i] = Quote(items[i]);
                    else throw new InvalidOperationException("An expression of type '" + items[i].Type + "' cannot be used to initialize an array of type '" + type + "'");
                }
            }
            return new NewArrayExpression(ExpressionType.NewArrayInit, type.MakeArrayType(), new ReadOnlyCollection<Expression>(items));
        }

        public static NewArrayExpression NewArrayBounds(Type type, params Expression[] bounds) { return NewArrayBounds(type, (IEnumerable<Expression>)bounds); }
        public static NewArrayExpression NewArrayBounds(Type type, IEnumerable<Expression> bounds)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (bounds == null) throw new ArgumentNullException("bounds");
            if (type == typeof(void)) throw new ArgumentException("Argument type cannot be System.Void.", "type");
            ReadOnlyCollection<Expression> bs = ReadOnly(bounds);
            if (bs.Count == 0) throw new ArgumentException("Bounds count cannot be less than 1", "bounds");
            for (int i = 0; i < bs.Count; i++)
            {
                RequiresCanRead(bs[i], "bounds[" + i + "]");
                if (!TypeUtils.IsInteger(bs[i].Type)) throw new ArgumentException("Argument must be of an integer type", "bounds[" + i + "]");
            }
            Type arrayType = bs.Count == 1 ? type.MakeArrayType() : RuntimeType.InternalMakeArrayType(((RuntimeType)type)._impl, bs.Count);
            return new NewArrayExpression(ExpressionType.NewArrayBounds, arrayType, bs);
        }

        public static IndexExpression ArrayAccess(Expression array, params Expression[] indexes) { return ArrayAccess(array, (IEnumerable<Expression>)indexes); }
        public static IndexExpression ArrayAccess(Expression array, IEnumerable<Expression> indexes)
        {
            RequiresCanRead(array, "array");
            if (!array.Type.IsArray) throw new ArgumentException("Argument must be array", "array");
            ReadOnlyCollection<Expression> idx = ReadOnly(indexes);
            if (array.Type.GetArrayRank() != idx.Count) throw new ArgumentException("Incorrect number of indexes");
            for (int i = 0; i < idx.Count; i++)
            {
                RequiresCanRead(idx[i], "indexes[" + i + "]");
                if (idx[i].Type != typeof(int)) throw new ArgumentException("Argument for array index must be of type Int32", "indexes[" + i + "]");
            }
            return new IndexExpression(array, null, idx);
        }

        public static IndexExpression MakeIndex(Expression instance, PropertyInfo indexer, IEnumerable<Expression> arguments)
        {
            if (indexer != null) return Property(instance, indexer, arguments);
            return ArrayAccess(instance, arguments);
        }

        public static IndexExpression Property(Expression instance, string propertyName, params Expression[] arguments)
        {
            RequiresCanRead(instance, "instance");
            if (propertyName == null) throw new ArgumentNullException("propertyName");
            int n = arguments == null ? 0 : arguments.Length;
            foreach (PropertyInfo p in instance.Type.GetProperties(AnyInstance))
            {
                if (!string.Equals(p.Name, propertyName, StringComparison.OrdinalIgnoreCase)) continue;
                ParameterInfo[] ps = p.GetIndexParameters();
                if (ps.Length != n) continue;
                bool ok = true;
                for (int i = 0; i < n && ok; i++) ok = TypeUtils.AreReferenceAssignable(ps[i].ParameterType, arguments[i].Type);
                if (ok) return Property(instance, p, arguments);
            }
            throw new InvalidOperationException("No indexed property '" + propertyName + "' of type '" + instance.Type + "' has the specified number and types of arguments");
        }

        public static IndexExpression Property(Expression instance, PropertyInfo indexer, params Expression[] arguments) { return Property(instance, indexer, (IEnumerable<Expression>)arguments); }
        public static IndexExpression Property(Expression instance, PropertyInfo indexer, IEnumerable<Expression> arguments)
        {
            if (indexer == null) throw new ArgumentNullException("indexer");
            ParameterInfo[] ps = indexer.GetIndexParameters();
            if (ps.Length == 0) throw new ArgumentException("Incorrect number of arguments supplied for call to method '" + indexer.Name + "'", "indexer");
            MethodInfo accessor = indexer.GetGetMethod() ?? indexer.GetSetMethod();
            if (!accessor.IsStatic) RequiresCanRead(instance, "instance");
            ReadOnlyCollection<Expression> args = ValidateArguments(accessor, ps, arguments, "parameter");
            return new IndexExpression(instance, indexer, args);
        }
    }
}
