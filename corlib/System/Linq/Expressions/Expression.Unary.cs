// Factories of unary nodes: arithmetic and logical operators, conversions,
// type tests, quoting, throwing and increments.
using System.Reflection;

namespace System.Linq.Expressions
{
    public abstract partial class Expression
    {
        private static UnaryExpression UnaryOp(ExpressionType kind, string opName, Expression operand, MethodInfo method, Func<Type, bool> builtIn, Type resultType = null)
        {
            RequiresCanRead(operand, "expression");
            if (method == null)
            {
                if (builtIn(operand.Type)) return new UnaryExpression(kind, operand, resultType ?? operand.Type, null);
                method = TypeUtils.FindUnaryOperator(operand.Type, opName, operand.Type);
                if (method == null && TypeUtils.IsNullableType(operand.Type))
                {
                    Type nn = TypeUtils.GetNonNullableType(operand.Type);
                    MethodInfo m = TypeUtils.FindUnaryOperator(nn, opName, nn);
                    if (m != null && m.ReturnType.IsValueType && !TypeUtils.IsNullableType(m.ReturnType))
                        return new UnaryExpression(kind, operand, TypeUtils.GetNullableType(m.ReturnType), m);
                }
                if (method == null) throw UnaryNotDefined(kind, operand.Type);
            }
            ParameterInfo[] ps = method.GetParameters();
            if (!method.IsStatic) throw new ArgumentException("User-defined operator method '" + method.Name + "' must be static.", "method");
            if (ps.Length != 1) throw new ArgumentException("Incorrect number of arguments supplied for call to method '" + method + "'", "method");
            if (TypeUtils.AreReferenceAssignable(ps[0].ParameterType, operand.Type)) return new UnaryExpression(kind, operand, method.ReturnType, method);
            if (TypeUtils.IsNullableType(operand.Type) && ps[0].ParameterType == TypeUtils.GetNonNullableType(operand.Type) &&
                method.ReturnType.IsValueType && !TypeUtils.IsNullableType(method.ReturnType))
                return new UnaryExpression(kind, operand, TypeUtils.GetNullableType(method.ReturnType), method);
            throw new InvalidOperationException("The operand for operator '" + kind + "' does not match the parameter of method '" + method.Name + "'.");
        }

        private static bool SignedArithmetic(Type t) { return TypeUtils.IsArithmetic(t) && !TypeUtils.IsUnsignedInt(t); }

        public static UnaryExpression Negate(Expression expression) { return Negate(expression, null); }
        public static UnaryExpression Negate(Expression expression, MethodInfo method) { return UnaryOp(ExpressionType.Negate, "op_UnaryNegation", expression, method, SignedArithmetic); }
        public static UnaryExpression NegateChecked(Expression expression) { return NegateChecked(expression, null); }
        public static UnaryExpression NegateChecked(Expression expression, MethodInfo method) { return UnaryOp(ExpressionType.NegateChecked, "op_UnaryNegation", expression, method, SignedArithmetic); }
        public static UnaryExpression UnaryPlus(Expression expression) { return UnaryPlus(expression, null); }
        public static UnaryExpression UnaryPlus(Expression expression, MethodInfo method) { return UnaryOp(ExpressionType.UnaryPlus, "op_UnaryPlus", expression, method, TypeUtils.IsArithmetic); }
        public static UnaryExpression OnesComplement(Expression expression) { return OnesComplement(expression, null); }
        public static UnaryExpression OnesComplement(Expression expression, MethodInfo method) { return UnaryOp(ExpressionType.OnesComplement, "op_OnesComplement", expression, method, TypeUtils.IsInteger); }
        public static UnaryExpression Increment(Expression expression) { return Increment(expression, null); }
        public static UnaryExpression Increment(Expression expression, MethodInfo method) { return UnaryOp(ExpressionType.Increment, "op_Increment", expression, method, TypeUtils.IsArithmetic); }
        public static UnaryExpression Decrement(Expression expression) { return Decrement(expression, null); }
        public static UnaryExpression Decrement(Expression expression, MethodInfo method) { return UnaryOp(ExpressionType.Decrement, "op_Decrement", expression, method, TypeUtils.IsArithmetic); }
        public static UnaryExpression IsTrue(Expression expression) { return IsTrue(expression, null); }
        public static UnaryExpression IsTrue(Expression expression, MethodInfo method) { return UnaryOp(ExpressionType.IsTrue, "op_True", expression, method, TypeUtils.IsBool); }
        public static UnaryExpression IsFalse(Expression expression) { return IsFalse(expression, null); }
        public static UnaryExpression IsFalse(Expression expression, MethodInfo method) { return UnaryOp(ExpressionType.IsFalse, "op_False", expression, method, TypeUtils.IsBool); }

        public static UnaryExpression Not(Expression expression) { return Not(expression, null); }
        public static UnaryExpression Not(Expression expression, MethodInfo method)
        {
            RequiresCanRead(expression, "expression");
            if (method == null && !TypeUtils.IsIntegerOrBool(expression.Type) &&
                TypeUtils.FindUnaryOperator(expression.Type, "op_LogicalNot", expression.Type) == null)
                return UnaryOp(ExpressionType.Not, "op_OnesComplement", expression, null, TypeUtils.IsIntegerOrBool);
            return UnaryOp(ExpressionType.Not, "op_LogicalNot", expression, method, TypeUtils.IsIntegerOrBool);
        }

        private static UnaryExpression IncrementAssign(ExpressionType kind, Expression expression, MethodInfo method)
        {
            RequiresCanWrite(expression, "expression");
            UnaryExpression op = kind == ExpressionType.PreIncrementAssign || kind == ExpressionType.PostIncrementAssign
                ? Increment(expression, method) : Decrement(expression, method);
            return new UnaryExpression(kind, expression, expression.Type, op.Method);
        }

        public static UnaryExpression PreIncrementAssign(Expression expression) { return IncrementAssign(ExpressionType.PreIncrementAssign, expression, null); }
        public static UnaryExpression PreIncrementAssign(Expression expression, MethodInfo method) { return IncrementAssign(ExpressionType.PreIncrementAssign, expression, method); }
        public static UnaryExpression PreDecrementAssign(Expression expression) { return IncrementAssign(ExpressionType.PreDecrementAssign, expression, null); }
        public static UnaryExpression PreDecrementAssign(Expression expression, MethodInfo method) { return IncrementAssign(ExpressionType.PreDecrementAssign, expression, method); }
        public static UnaryExpression PostIncrementAssign(Expression expression) { return IncrementAssign(ExpressionType.PostIncrementAssign, expression, null); }
        public static UnaryExpression PostIncrementAssign(Expression expression, MethodInfo method) { return IncrementAssign(ExpressionType.PostIncrementAssign, expression, method); }
        public static UnaryExpression PostDecrementAssign(Expression expression) { return IncrementAssign(ExpressionType.PostDecrementAssign, expression, null); }
        public static UnaryExpression PostDecrementAssign(Expression expression, MethodInfo method) { return IncrementAssign(ExpressionType.PostDecrementAssign, expression, method); }

        public static UnaryExpression Convert(Expression expression, Type type) { return Convert(expression, type, null); }
        public static UnaryExpression Convert(Expression expression, Type type, MethodInfo method) { return Conversion(ExpressionType.Convert, expression, type, method); }
        public static UnaryExpression ConvertChecked(Expression expression, Type type) { return ConvertChecked(expression, type, null); }
        public static UnaryExpression ConvertChecked(Expression expression, Type type, MethodInfo method) { return Conversion(ExpressionType.ConvertChecked, expression, type, method); }

        private static UnaryExpression Conversion(ExpressionType kind, Expression expression, Type type, MethodInfo method)
        {
            RequiresCanRead(expression, "expression");
            if (type == null) throw new ArgumentNullException("type");
            if (method == null)
            {
                if (TypeUtils.HasIdentityPrimitiveOrNullableConversionTo(expression.Type, type) || TypeUtils.HasReferenceConversionTo(expression.Type, type))
                    return new UnaryExpression(kind, expression, type, null);
                method = TypeUtils.FindConversionOperator(expression.Type, type);
                if (method == null)
                    throw new InvalidOperationException("No coercion operator is defined between types '" + expression.Type + "' and '" + type + "'.");
                return new UnaryExpression(kind, expression, type, method);
            }
            ParameterInfo[] ps = method.GetParameters();
            if (ps.Length != 1) throw new ArgumentException("Incorrect number of arguments supplied for call to method '" + method + "'", "method");
            return new UnaryExpression(kind, expression, type, method);
        }

        public static UnaryExpression ArrayLength(Expression array)
        {
            RequiresCanRead(array, "array");
            if (!array.Type.IsArray || array.Type.GetArrayRank() != 1)
                throw new ArgumentException("Argument must be single-dimensional, zero-based array type", "array");
            return new UnaryExpression(ExpressionType.ArrayLength, array, typeof(int), null);
        }

        public static UnaryExpression Quote(Expression expression)
        {
            if (expression == null) throw new ArgumentNullException("expression");
            LambdaExpression l = expression as LambdaExpression;
            if (l == null) throw new ArgumentException("Quoted expression must be a lambda", "expression");
            return new UnaryExpression(ExpressionType.Quote, l, l.GetType(), null);
        }

        public static UnaryExpression TypeAs(Expression expression, Type type)
        {
            RequiresCanRead(expression, "expression");
            if (type == null) throw new ArgumentNullException("type");
            if (type.IsValueType && !TypeUtils.IsNullableType(type)) throw new ArgumentException("The type used in TypeAs Expression must be of reference or nullable type, " + type + " is neither");
            return new UnaryExpression(ExpressionType.TypeAs, expression, type, null);
        }

        public static UnaryExpression Unbox(Expression expression, Type type)
        {
            RequiresCanRead(expression, "expression");
            if (type == null) throw new ArgumentNullException("type");
            if (!expression.Type.IsInterface && expression.Type != typeof(object)) throw new ArgumentException("Can only unbox from an object or interface type to a value type.", "expression");
            if (!type.IsValueType) throw new ArgumentException("Can only unbox from an object or interface type to a value type.", "type");
            return new UnaryExpression(ExpressionType.Unbox, expression, type, null);
        }

        public static UnaryExpression Throw(Expression value) { return Throw(value, typeof(void)); }
        public static UnaryExpression Throw(Expression value, Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (value != null)
            {
                RequiresCanRead(value, "value");
                if (value.Type.IsValueType) throw new ArgumentException("Argument must not have a value type.", "value");
            }
            return new UnaryExpression(ExpressionType.Throw, value, type, null);
        }

        public static UnaryExpression Rethrow() { return Throw(null); }
        public static UnaryExpression Rethrow(Type type) { return Throw(null, type); }

        public static UnaryExpression MakeUnary(ExpressionType unaryType, Expression operand, Type type) { return MakeUnary(unaryType, operand, type, null); }
        public static UnaryExpression MakeUnary(ExpressionType unaryType, Expression operand, Type type, MethodInfo method)
        {
            switch (unaryType)
            {
                case ExpressionType.Negate: return Negate(operand, method);
                case ExpressionType.NegateChecked: return NegateChecked(operand, method);
                case ExpressionType.Not: return Not(operand, method);
                case ExpressionType.IsFalse: return IsFalse(operand, method);
                case ExpressionType.IsTrue: return IsTrue(operand, method);
                case ExpressionType.OnesComplement: return OnesComplement(operand, method);
                case ExpressionType.ArrayLength: return ArrayLength(operand);
                case ExpressionType.Convert: return Convert(operand, type, method);
                case ExpressionType.ConvertChecked: return ConvertChecked(operand, type, method);
                case ExpressionType.Throw: return Throw(operand, type);
                case ExpressionType.TypeAs: return TypeAs(operand, type);
                case ExpressionType.Quote: return Quote(operand);
                case ExpressionType.UnaryPlus: return UnaryPlus(operand, method);
                case ExpressionType.Unbox: return Unbox(operand, type);
                case ExpressionType.Increment: return Increment(operand, method);
                case ExpressionType.Decrement: return Decrement(operand, method);
                case ExpressionType.PreIncrementAssign: return PreIncrementAssign(operand, method);
                case ExpressionType.PostIncrementAssign: return PostIncrementAssign(operand, method);
                case ExpressionType.PreDecrementAssign: return PreDecrementAssign(operand, method);
                case ExpressionType.PostDecrementAssign: return PostDecrementAssign(operand, method);
            }
            throw new ArgumentException("Unhandled unary: " + unaryType, "unaryType");
        }

        public static TypeBinaryExpression TypeIs(Expression expression, Type type)
        {
            RequiresCanRead(expression, "expression");
            if (type == null) throw new ArgumentNullException("type");
            if (type.IsByRef) throw new ArgumentException("type must not be ByRef", "type");
            return new TypeBinaryExpression(expression, type, ExpressionType.TypeIs);
        }

        public static TypeBinaryExpression TypeEqual(Expression expression, Type type)
        {
            RequiresCanRead(expression, "expression");
            if (type == null) throw new ArgumentNullException("type");
            if (type.IsByRef) throw new ArgumentException("type must not be ByRef", "type");
            return new TypeBinaryExpression(expression, type, ExpressionType.TypeEqual);
        }
    }
}
