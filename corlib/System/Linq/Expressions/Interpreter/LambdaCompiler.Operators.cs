// Unary and binary operators for the expression interpreter: built-in
// arithmetic on boxed values, user-defined operator methods, lifting over
// null, short-circuit logic, coalescing and conversions.
using System.Reflection;

namespace System.Linq.Expressions.Interpreter
{
    internal sealed partial class LambdaCompiler
    {
        private Eval CompileUnary(UnaryExpression u)
        {
            if (u.NodeType == ExpressionType.Throw)
            {
                if (u.Operand == null) return CompileRethrow();
                Eval ex = Compile(u.Operand);
                return f => { object o = ex(f); if (o == null) throw new NullReferenceException(); throw (Exception)o; };
            }
            Eval operand = Compile(u.Operand);
            MethodInfo m = u.Method;
            Type type = u.Type, from = u.Operand.Type;
            bool liftable = TypeUtils.IsNullableType(from) || !from.IsValueType;
            if (m != null)
            {
                bool lifted = u.IsLifted;
                return f =>
                {
                    object v = operand(f);
                    if (v == null && lifted) return null;
                    return Invoke(m, null, new[] { v });
                };
            }
            switch (u.NodeType)
            {
                case ExpressionType.Convert: case ExpressionType.ConvertChecked:
                {
                    bool check = u.NodeType == ExpressionType.ConvertChecked;
                    Type nnTo = TypeUtils.GetNonNullableType(type);
                    bool primitive = TypeUtils.IsConvertible(from) && TypeUtils.IsConvertible(type) || (TypeUtils.GetNonNullableType(from) == typeof(decimal) || nnTo == typeof(decimal)) && (TypeUtils.IsConvertible(from) || TypeUtils.IsConvertible(type));
                    bool toNonNullableValue = type.IsValueType && !TypeUtils.IsNullableType(type);
                    return f =>
                    {
                        object v = operand(f);
                        if (v == null)
                        {
                            if (toNonNullableValue) { if (TypeUtils.IsNullableType(from)) throw new InvalidOperationException("Nullable object must have a value."); throw new NullReferenceException(); }
                            return null;
                        }
                        if (primitive && v.GetType() != nnTo) return Operators.ConvertPrimitive(v, type, check);
                        if (!nnTo.IsInstanceOfType(v) && type != typeof(object))
                            throw new InvalidCastException("Unable to cast object of type '" + v.GetType() + "' to type '" + nnTo + "'.");
                        return v;
                    };
                }
                case ExpressionType.TypeAs:
                {
                    Type nnTo = TypeUtils.GetNonNullableType(type);
                    return f => { object v = operand(f); return v != null && nnTo.IsInstanceOfType(v) ? v : null; };
                }
                case ExpressionType.Unbox:
                    return f =>
                    {
                        object v = operand(f);
                        if (v == null) { if (TypeUtils.IsNullableType(type)) return null; throw new NullReferenceException(); }
                        if (!TypeUtils.GetNonNullableType(type).IsInstanceOfType(v)) throw new InvalidCastException("Specified cast is not valid.");
                        return v;
                    };
                case ExpressionType.ArrayLength:
                    return f => { Array a = (Array)operand(f); if (a == null) throw new NullReferenceException(); return a.Length; };
                case ExpressionType.Negate: case ExpressionType.NegateChecked:
                {
                    bool check = u.NodeType == ExpressionType.NegateChecked;
                    return f => { object v = operand(f); return v == null ? null : Operators.Negate(type, v, check); };
                }
                case ExpressionType.UnaryPlus: return operand;
                case ExpressionType.Not: case ExpressionType.OnesComplement:
                    return f => { object v = operand(f); return v == null ? null : Operators.OnesComplement(type, v); };
                case ExpressionType.IsTrue: return f => { object v = operand(f); return v == null ? null : (object)(bool)v; };
                case ExpressionType.IsFalse: return f => { object v = operand(f); return v == null ? null : (object)!(bool)v; };
                case ExpressionType.Increment: return f => { object v = operand(f); return v == null ? null : Operators.Increment(type, v, 1); };
                case ExpressionType.Decrement: return f => { object v = operand(f); return v == null ? null : Operators.Increment(type, v, -1); };
            }
            throw new NotSupportedException("Unary operator " + u.NodeType + " cannot be compiled.");
        }

        private Eval CompileBinary(BinaryExpression b)
        {
            ExpressionType k = b.NodeType;
            Eval left = Compile(b.Left), right = Compile(b.Right);
            switch (k)
            {
                case ExpressionType.AndAlso: return CompileAndAlso(b, left, right);
                case ExpressionType.OrElse: return CompileOrElse(b, left, right);
                case ExpressionType.Coalesce: return CompileCoalesce(b, left, right);
                case ExpressionType.ArrayIndex:
                    return f =>
                    {
                        Array a = (Array)left(f);
                        if (a == null) throw new NullReferenceException();
                        return a.GetValue((int)right(f));
                    };
            }
            MethodInfo m = b.Method;
            bool liftToNull = b.LiftToNullFlag && TypeUtils.IsNullableType(b.Type);
            bool comparison = k == ExpressionType.Equal || k == ExpressionType.NotEqual || k == ExpressionType.LessThan ||
                k == ExpressionType.LessThanOrEqual || k == ExpressionType.GreaterThan || k == ExpressionType.GreaterThanOrEqual;
            Type operandType = b.Left.Type;
            if (m != null)
            {
                bool lifted = b.IsLifted;
                return f =>
                {
                    object l = left(f), r = right(f);
                    if (lifted && (l == null || r == null))
                    {
                        if (!comparison || liftToNull) return null;
                        if (k == ExpressionType.Equal) return l == null && r == null;
                        if (k == ExpressionType.NotEqual) return !(l == null && r == null);
                        return false;
                    }
                    return Invoke(m, null, new[] { l, r });
                };
            }
            if (k == ExpressionType.Equal || k == ExpressionType.NotEqual)
            {
                bool eq = k == ExpressionType.Equal;
                if (!operandType.IsValueType && !TypeUtils.IsNullableType(operandType))
                    return f => ReferenceEquals(left(f), right(f)) == eq;
                return f =>
                {
                    object l = left(f), r = right(f);
                    if ((l == null || r == null) && liftToNull) return null;
                    return Operators.Equal(l, r) == eq;
                };
            }
            if (comparison)
                return f =>
                {
                    object l = left(f), r = right(f);
                    if (l == null || r == null) return liftToNull ? null : (object)false;
                    int c = Operators.Compare(operandType, l, r);
                    if (c == int.MinValue) return false;
                    switch (k)
                    {
                        case ExpressionType.LessThan: return c < 0;
                        case ExpressionType.LessThanOrEqual: return c <= 0;
                        case ExpressionType.GreaterThan: return c > 0;
                        default: return c >= 0;
                    }
                };
            Type type = b.Type;
            if ((k == ExpressionType.And || k == ExpressionType.Or) && TypeUtils.IsNullableType(type) && TypeUtils.IsBool(type))
                return f =>
                {
                    object l = left(f), r = right(f);
                    if (k == ExpressionType.And)
                    {
                        if (l is bool && !(bool)l || r is bool && !(bool)r) return false;
                        return l == null || r == null ? null : (object)true;
                    }
                    if (l is bool && (bool)l || r is bool && (bool)r) return true;
                    return l == null || r == null ? null : (object)false;
                };
            return f =>
            {
                object l = left(f), r = right(f);
                if (l == null || r == null) return null;
                return Operators.Binary(k, type, l, r);
            };
        }

        private Eval CompileAndAlso(BinaryExpression b, Eval left, Eval right)
        {
            if (b.Method != null)
            {
                MethodInfo isFalse = TypeUtils.FindUnaryOperator(b.Left.Type, "op_False", b.Left.Type);
                MethodInfo m = b.Method;
                return f =>
                {
                    object l = left(f);
                    if (isFalse != null && (bool)Invoke(isFalse, null, new[] { l })) return l;
                    return Invoke(m, null, new[] { l, right(f) });
                };
            }
            return f =>
            {
                object l = left(f);
                if (l is bool && !(bool)l) return false;
                object r = right(f);
                if (l == null) return r is bool && !(bool)r ? (object)false : null;
                return r;
            };
        }

        private Eval CompileOrElse(BinaryExpression b, Eval left, Eval right)
        {
            if (b.Method != null)
            {
                MethodInfo isTrue = TypeUtils.FindUnaryOperator(b.Left.Type, "op_True", b.Left.Type);
                MethodInfo m = b.Method;
                return f =>
                {
                    object l = left(f);
                    if (isTrue != null && (bool)Invoke(isTrue, null, new[] { l })) return l;
                    return Invoke(m, null, new[] { l, right(f) });
                };
            }
            return f =>
            {
                object l = left(f);
                if (l is bool && (bool)l) return true;
                object r = right(f);
                if (l == null) return r is bool && (bool)r ? (object)true : null;
                return r;
            };
        }

        private Eval CompileCoalesce(BinaryExpression b, Eval left, Eval right)
        {
            Eval conversion = null;
            if (b.Conversion != null)
            {
                CompiledLambda c = CompileLambda(b.Conversion);
                conversion = f => null;
                return f =>
                {
                    object l = left(f);
                    return l != null ? c.Run(f, new[] { l }) : right(f);
                };
            }
            Type type = b.Type;
            bool convert = !TypeUtils.IsNullableType(b.Left.Type) && type != b.Left.Type && TypeUtils.IsConvertible(b.Left.Type) && TypeUtils.IsConvertible(type);
            return f =>
            {
                object l = left(f);
                if (l == null) return right(f);
                return convert ? Operators.ConvertPrimitive(l, type, false) : l;
            };
        }
    }
}
