// Factories of lambdas and the Func/Action delegate types they default to.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Reflection;

namespace System.Linq.Expressions
{
    public abstract partial class Expression
    {
        private static readonly Type[] s_funcs = { typeof(Func<>), typeof(Func<,>), typeof(Func<,,>), typeof(Func<,,,>), typeof(Func<,,,,>), typeof(Func<,,,,,>), typeof(Func<,,,,,,>), typeof(Func<,,,,,,,>), typeof(Func<,,,,,,,,>) };
        private static readonly Type[] s_actions = { typeof(Action), typeof(Action<>), typeof(Action<,>), typeof(Action<,,>), typeof(Action<,,,>), typeof(Action<,,,,>), typeof(Action<,,,,,>), typeof(Action<,,,,,,>), typeof(Action<,,,,,,,>) };

        public static Type GetFuncType(params Type[] typeArgs)
        {
            Type t;
            if (!TryGetFuncType(typeArgs, out t)) throw new ArgumentException("An incorrect number of type arguments were specified for the declaration of a Func type.", "typeArgs");
            return t;
        }

        public static bool TryGetFuncType(Type[] typeArgs, out Type funcType)
        {
            if (typeArgs == null) throw new ArgumentNullException("typeArgs");
            funcType = null;
            if (typeArgs.Length < 1 || typeArgs.Length > s_funcs.Length) return false;
            foreach (Type a in typeArgs) if (a == null || a.IsByRef || a == typeof(void)) return false;
            funcType = s_funcs[typeArgs.Length - 1].MakeGenericType(typeArgs);
            return true;
        }

        public static Type GetActionType(params Type[] typeArgs)
        {
            Type t;
            if (!TryGetActionType(typeArgs, out t)) throw new ArgumentException("An incorrect number of type arguments were specified for the declaration of an Action type.", "typeArgs");
            return t;
        }

        public static bool TryGetActionType(Type[] typeArgs, out Type actionType)
        {
            if (typeArgs == null) throw new ArgumentNullException("typeArgs");
            actionType = null;
            if (typeArgs.Length >= s_actions.Length) return false;
            foreach (Type a in typeArgs) if (a == null || a.IsByRef || a == typeof(void)) return false;
            actionType = typeArgs.Length == 0 ? typeof(Action) : s_actions[typeArgs.Length].MakeGenericType(typeArgs);
            return true;
        }

        public static Type GetDelegateType(params Type[] typeArgs)
        {
            if (typeArgs == null) throw new ArgumentNullException("typeArgs");
            if (typeArgs.Length == 0) throw new ArgumentException("Collection must not be empty.", "typeArgs");
            Type last = typeArgs[typeArgs.Length - 1];
            Type t;
            if (last == typeof(void))
            {
                Type[] args = new Type[typeArgs.Length - 1];
                Array.Copy(typeArgs, args, args.Length);
                if (TryGetActionType(args, out t)) return t;
            }
            else if (TryGetFuncType(typeArgs, out t)) return t;
            throw new NotSupportedException("Delegate types with by-ref parameters or more than " + (s_funcs.Length - 1) + " parameters need a declared delegate type (no code generation).");
        }

        public static Expression<TDelegate> Lambda<TDelegate>(Expression body, params ParameterExpression[] parameters) { return Lambda<TDelegate>(body, null, false, parameters); }
        public static Expression<TDelegate> Lambda<TDelegate>(Expression body, bool tailCall, params ParameterExpression[] parameters) { return Lambda<TDelegate>(body, null, tailCall, parameters); }
        public static Expression<TDelegate> Lambda<TDelegate>(Expression body, IEnumerable<ParameterExpression> parameters) { return Lambda<TDelegate>(body, null, false, parameters); }
        public static Expression<TDelegate> Lambda<TDelegate>(Expression body, bool tailCall, IEnumerable<ParameterExpression> parameters) { return Lambda<TDelegate>(body, null, tailCall, parameters); }
        public static Expression<TDelegate> Lambda<TDelegate>(Expression body, string name, IEnumerable<ParameterExpression> parameters) { return Lambda<TDelegate>(body, name, false, parameters); }
        public static Expression<TDelegate> Lambda<TDelegate>(Expression body, string name, bool tailCall, IEnumerable<ParameterExpression> parameters)
        {
            ReadOnlyCollection<ParameterExpression> ps = ReadOnly(parameters);
            ValidateLambda(typeof(TDelegate), ref body, ps);
            return new Expression<TDelegate>(body, name, tailCall, ps);
        }

        public static LambdaExpression Lambda(Expression body, params ParameterExpression[] parameters) { return Lambda(body, null, false, (IEnumerable<ParameterExpression>)parameters); }
        public static LambdaExpression Lambda(Expression body, bool tailCall, params ParameterExpression[] parameters) { return Lambda(body, null, tailCall, (IEnumerable<ParameterExpression>)parameters); }
        public static LambdaExpression Lambda(Expression body, IEnumerable<ParameterExpression> parameters) { return Lambda(body, null, false, parameters); }
        public static LambdaExpression Lambda(Expression body, bool tailCall, IEnumerable<ParameterExpression> parameters) { return Lambda(body, null, tailCall, parameters); }
        public static LambdaExpression Lambda(Expression body, string name, IEnumerable<ParameterExpression> parameters) { return Lambda(body, name, false, parameters); }
        public static LambdaExpression Lambda(Expression body, string name, bool tailCall, IEnumerable<ParameterExpression> parameters)
        {
            if (body == null) throw new ArgumentNullException("body");
            ReadOnlyCollection<ParameterExpression> ps = ReadOnly(parameters);
            Type[] types = new Type[ps.Count + 1];
            for (int i = 0; i < ps.Count; i++)
            {
                if (ps[i] == null) throw new ArgumentNullException("parameters[" + i + "]");
                if (ps[i].IsByRef) throw new NotSupportedException("A lambda with by-ref parameter '" + ps[i].Name + "' needs an explicit delegate type.");
                types[i] = ps[i].Type;
            }
            types[ps.Count] = body.Type;
            return Lambda(GetDelegateType(types), body, name, tailCall, ps);
        }

        public static LambdaExpression Lambda(Type delegateType, Expression body, params ParameterExpression[] parameters) { return Lambda(delegateType, body, null, false, parameters); }
        public static LambdaExpression Lambda(Type delegateType, Expression body, bool tailCall, params ParameterExpression[] parameters) { return Lambda(delegateType, body, null, tailCall, parameters); }
        public static LambdaExpression Lambda(Type delegateType, Expression body, IEnumerable<ParameterExpression> parameters) { return Lambda(delegateType, body, null, false, parameters); }
        public static LambdaExpression Lambda(Type delegateType, Expression body, bool tailCall, IEnumerable<ParameterExpression> parameters) { return Lambda(delegateType, body, null, tailCall, parameters); }
        public static LambdaExpression Lambda(Type delegateType, Expression body, string name, IEnumerable<ParameterExpression> parameters) { return Lambda(delegateType, body, name, false, parameters); }
        public static LambdaExpression Lambda(Type delegateType, Expression body, string name, bool tailCall, IEnumerable<ParameterExpression> parameters)
        {
            ReadOnlyCollection<ParameterExpression> ps = ReadOnly(parameters);
            ValidateLambda(delegateType, ref body, ps);
            return LambdaExpression.Create(delegateType, body, name, tailCall, ps);
        }

        private static void ValidateLambda(Type delegateType, ref Expression body, ReadOnlyCollection<ParameterExpression> parameters)
        {
            if (delegateType == null) throw new ArgumentNullException("delegateType");
            RequiresCanRead(body, "body");
            if (!typeof(MulticastDelegate).IsAssignableFrom(delegateType) || delegateType == typeof(MulticastDelegate))
                throw new ArgumentException("Lambda type parameter must be derived from System.MulticastDelegate");
            MethodInfo invoke = delegateType.GetMethod("Invoke");
            ParameterInfo[] pis = invoke.GetParameters();
            if (pis.Length != parameters.Count) throw new ArgumentException("Incorrect number of parameters supplied for lambda declaration");
            var seen = new HashSet<ParameterExpression>();
            for (int i = 0; i < pis.Length; i++)
            {
                ParameterExpression pex = parameters[i];
                if (pex == null) throw new ArgumentNullException("parameters[" + i + "]");
                Type pType = pis[i].ParameterType;
                if (pex.IsByRef)
                {
                    if (!pType.IsByRef) throw new ArgumentException("ParameterExpression of type '" + pex.Type + "&" + "' cannot be used for delegate parameter of type '" + pType + "'");
                    pType = pType.GetElementType();
                }
                if (!TypeUtils.AreReferenceAssignable(pex.Type, pType))
                    throw new ArgumentException("ParameterExpression of type '" + pex.Type + "' cannot be used for delegate parameter of type '" + pType + "'");
                if (!seen.Add(pex))
                    throw new ArgumentException("Found duplicate parameter '" + pex.Name + "'. Each ParameterExpression in the list must be a unique object.", "parameters[" + i + "]");
            }
            Type ret = invoke.ReturnType;
            if (ret != typeof(void) && !TypeUtils.AreReferenceAssignable(ret, body.Type))
            {
                if (typeof(LambdaExpression).IsAssignableFrom(ret) && ret.IsInstanceOfType(body)) body = Quote(body);
                else throw new ArgumentException("Expression of type '" + body.Type + "' cannot be used for return type '" + ret + "'");
            }
        }
    }
}
