// Factories of unary and binary operator nodes with .NET's rules: built-in
// operators on primitive types, user-defined operator methods (op_Addition
// ...), lifting over Nullable<T>, and the exceptions for undefined operators.
using System.Reflection;

namespace System.Linq.Expressions
{
    public abstract partial class Expression
    {
        internal static void RequiresCanRead(Expression e, string paramName)
        {
            if (e == null) throw new ArgumentNullException(paramName);
            MemberExpression m = e as MemberExpression;
            if (m != null && m.Member is PropertyInfo && !((PropertyInfo)m.Member).CanRead) throw new ArgumentException("Expression must be readable", paramName);
            IndexExpression ix = e as IndexExpression;
            if (ix != null && ix.Indexer != null && !ix.Indexer.CanRead) throw new ArgumentException("Expression must be readable", paramName);
        }

        private static InvalidOperationException BinaryNotDefined(ExpressionType kind, Type l, Type r)
        {
            return new InvalidOperationException("The binary operator " + kind + " is not defined for the types '" + l + "' and '" + r + "'.");
        }

        private static InvalidOperationException UnaryNotDefined(ExpressionType kind, Type t)
        {
            return new InvalidOperationException("The unary operator " + kind + " is not defined for the type '" + t + "'.");
        }

        private static string OperatorName(ExpressionType k)
        {
            switch (k)
            {
                case ExpressionType.Add: case ExpressionType.AddChecked: return "op_Addition";
                case ExpressionType.Subtract: case ExpressionType.SubtractChecked: return "op_Subtraction";
                case ExpressionType.Multiply: case ExpressionType.MultiplyChecked: return "op_Multiply";
                case ExpressionType.Divide: return "op_Division";
                case ExpressionType.Modulo: return "op_Modulus";
                case ExpressionType.And: return "op_BitwiseAnd";
                case ExpressionType.Or: return "op_BitwiseOr";
                case ExpressionType.ExclusiveOr: return "op_ExclusiveOr";
                case ExpressionType.LeftShift: return "op_LeftShift";
                case ExpressionType.RightShift: return "op_RightShift";
                case ExpressionType.Equal: return "op_Equality";
                case ExpressionType.NotEqual: return "op_Inequality";
                case ExpressionType.LessThan: return "op_LessThan";
                case ExpressionType.LessThanOrEqual: return "op_LessThanOrEqual";
                case ExpressionType.GreaterThan: return "op_GreaterThan";
                case ExpressionType.GreaterThanOrEqual: return "op_GreaterThanOrEqual";
                case ExpressionType.Power: return "op_Exponent";
                case ExpressionType.AndAlso: return "op_BitwiseAnd";
                case ExpressionType.OrElse: return "op_BitwiseOr";
            }
            return null;
        }

        // The user-defined operator of either operand type, lifted when both are nullable.
        private static BinaryExpression UserDefinedBinary(ExpressionType kind, Expression left, Expression right, bool liftToNull)
        {
            string name = OperatorName(kind);
            Type l = left.Type, r = right.Type;
            MethodInfo m = name == null ? null : TypeUtils.FindBinaryOperator(l, name, l, r) ?? TypeUtils.FindBinaryOperator(r, name, l, r);
            if (m != null) return MethodBinary(kind, left, right, m, liftToNull);
            if (name != null && TypeUtils.IsNullableType(l) && TypeUtils.IsNullableType(r))
            {
                Type nl = TypeUtils.GetNonNullableType(l), nr = TypeUtils.GetNonNullableType(r);
                m = TypeUtils.FindBinaryOperator(nl, name, nl, nr) ?? TypeUtils.FindBinaryOperator(nr, name, nl, nr);
                if (m != null && m.ReturnType.IsValueType && !TypeUtils.IsNullableType(m.ReturnType))
                {
                    Type type = IsComparison(kind) && (m.ReturnType == typeof(bool)) && !liftToNull ? typeof(bool) : TypeUtils.GetNullableType(m.ReturnType);
                    return new BinaryExpression(kind, left, right, type, m, null, liftToNull);
                }
            }
            return null;
        }

        private static bool IsComparison(ExpressionType k)
        {
            switch (k)
            {
                case ExpressionType.Equal: case ExpressionType.NotEqual: case ExpressionType.LessThan: case ExpressionType.LessThanOrEqual:
                case ExpressionType.GreaterThan: case ExpressionType.GreaterThanOrEqual:
                    return true;
            }
            return false;
        }

        private static BinaryExpression MethodBinary(ExpressionType kind, Expression left, Expression right, MethodInfo method, bool liftToNull)
        {
            ParameterInfo[] ps = method.GetParameters();
            if (ps.Length != 2) throw new ArgumentException("Incorrect number of arguments supplied for call to method '" + method + "'", "method");
            if (!method.IsStatic) throw new ArgumentException("User-defined operator method '" + method.Name + "' must be static.", "method");
            Type p0 = ps[0].ParameterType, p1 = ps[1].ParameterType;
            if (TypeUtils.AreReferenceAssignable(p0, left.Type) && TypeUtils.AreReferenceAssignable(p1, right.Type))
                return new BinaryExpression(kind, left, right, method.ReturnType, method, null, liftToNull);
            if (TypeUtils.IsNullableType(left.Type) && TypeUtils.IsNullableType(right.Type) &&
                TypeUtils.GetNonNullableType(left.Type) == p0 && TypeUtils.GetNonNullableType(right.Type) == p1 &&
                method.ReturnType.IsValueType && !TypeUtils.IsNullableType(method.ReturnType))
            {
                Type type = IsComparison(kind) && method.ReturnType == typeof(bool) && !liftToNull ? typeof(bool) : TypeUtils.GetNullableType(method.ReturnType);
                return new BinaryExpression(kind, left, right, type, method, null, liftToNull);
            }
            throw new InvalidOperationException("The operands for operator '" + kind + "' do not match the parameters of method '" + method.Name + "'.");
        }

        private static void CheckOperands(Expression left, Expression right)
        {
            RequiresCanRead(left, "left");
            RequiresCanRead(right, "right");
        }

        private static BinaryExpression Arithmetic(ExpressionType kind, Expression left, Expression right, MethodInfo method, Func<Type, bool> builtIn)
        {
            CheckOperands(left, right);
            if (method != null) return MethodBinary(kind, left, right, method, true);
            if (left.Type == right.Type && builtIn(left.Type)) return new BinaryExpression(kind, left, right, left.Type, null, null, true);
            BinaryExpression b = UserDefinedBinary(kind, left, right, true);
            if (b == null) throw BinaryNotDefined(kind, left.Type, right.Type);
            return b;
        }

        public static BinaryExpression Add(Expression left, Expression right) { return Add(left, right, null); }
        public static BinaryExpression Add(Expression left, Expression right, MethodInfo method) { return Arithmetic(ExpressionType.Add, left, right, method, TypeUtils.IsArithmetic); }
        public static BinaryExpression AddChecked(Expression left, Expression right) { return AddChecked(left, right, null); }
        public static BinaryExpression AddChecked(Expression left, Expression right, MethodInfo method) { return Arithmetic(ExpressionType.AddChecked, left, right, method, TypeUtils.IsArithmetic); }
        public static BinaryExpression Subtract(Expression left, Expression right) { return Subtract(left, right, null); }
        public static BinaryExpression Subtract(Expression left, Expression right, MethodInfo method) { return Arithmetic(ExpressionType.Subtract, left, right, method, TypeUtils.IsArithmetic); }
        public static BinaryExpression SubtractChecked(Expression left, Expression right) { return SubtractChecked(left, right, null); }
        public static BinaryExpression SubtractChecked(Expression left, Expression right, MethodInfo method) { return Arithmetic(ExpressionType.SubtractChecked, left, right, method, TypeUtils.IsArithmetic); }
        public static BinaryExpression Multiply(Expression left, Expression right) { return Multiply(left, right, null); }
        public static BinaryExpression Multiply(Expression left, Expression right, MethodInfo method) { return Arithmetic(ExpressionType.Multiply, left, right, method, TypeUtils.IsArithmetic); }
        public static BinaryExpression MultiplyChecked(Expression left, Expression right) { return MultiplyChecked(left, right, null); }
        public static BinaryExpression MultiplyChecked(Expression left, Expression right, MethodInfo method) { return Arithmetic(ExpressionType.MultiplyChecked, left, right, method, TypeUtils.IsArithmetic); }
        public static BinaryExpression Divide(Expression left, Expression right) { return Divide(left, right, null); }
        public static BinaryExpression Divide(Expression left, Expression right, MethodInfo method) { return Arithmetic(ExpressionType.Divide, left, right, method, TypeUtils.IsArithmetic); }
        public static BinaryExpression Modulo(Expression left, Expression right) { return Modulo(left, right, null); }
        public static BinaryExpression Modulo(Expression left, Expression right, MethodInfo method) { return Arithmetic(ExpressionType.Modulo, left, right, method, TypeUtils.IsArithmetic); }
        public static BinaryExpression And(Expression left, Expression right) { return And(left, right, null); }
        public static BinaryExpression And(Expression left, Expression right, MethodInfo method) { return Arithmetic(ExpressionType.And, left, right, method, TypeUtils.IsIntegerOrBool); }
        public static BinaryExpression Or(Expression left, Expression right) { return Or(left, right, null); }
        public static BinaryExpression Or(Expression left, Expression right, MethodInfo method) { return Arithmetic(ExpressionType.Or, left, right, method, TypeUtils.IsIntegerOrBool); }
        public static BinaryExpression ExclusiveOr(Expression left, Expression right) { return ExclusiveOr(left, right, null); }
        public static BinaryExpression ExclusiveOr(Expression left, Expression right, MethodInfo method) { return Arithmetic(ExpressionType.ExclusiveOr, left, right, method, TypeUtils.IsIntegerOrBool); }

        public static BinaryExpression Power(Expression left, Expression right) { return Power(left, right, null); }
        public static BinaryExpression Power(Expression left, Expression right, MethodInfo method)
        {
            CheckOperands(left, right);
            if (method == null)
            {
                BinaryExpression b = UserDefinedBinary(ExpressionType.Power, left, right, true);
                if (b != null) return b;
                if (TypeUtils.GetNonNullableType(left.Type) != typeof(double) || left.Type != right.Type)
                    throw BinaryNotDefined(ExpressionType.Power, left.Type, right.Type);
                method = typeof(Math).GetMethod("Pow", new[] { typeof(double), typeof(double) });
            }
            return MethodBinary(ExpressionType.Power, left, right, method, true);
        }

        private static BinaryExpression Shift(ExpressionType kind, Expression left, Expression right, MethodInfo method)
        {
            CheckOperands(left, right);
            if (method != null) return MethodBinary(kind, left, right, method, true);
            if (TypeUtils.IsInteger(left.Type) && TypeUtils.GetNonNullableType(right.Type) == typeof(int))
            {
                Type type = TypeUtils.IsNullableType(right.Type) ? TypeUtils.GetNullableType(left.Type) : left.Type;
                return new BinaryExpression(kind, left, right, type, null, null, true);
            }
            BinaryExpression b = UserDefinedBinary(kind, left, right, true);
            if (b == null) throw BinaryNotDefined(kind, left.Type, right.Type);
            return b;
        }

        public static BinaryExpression LeftShift(Expression left, Expression right) { return Shift(ExpressionType.LeftShift, left, right, null); }
        public static BinaryExpression LeftShift(Expression left, Expression right, MethodInfo method) { return Shift(ExpressionType.LeftShift, left, right, method); }
        public static BinaryExpression RightShift(Expression left, Expression right) { return Shift(ExpressionType.RightShift, left, right, null); }
        public static BinaryExpression RightShift(Expression left, Expression right, MethodInfo method) { return Shift(ExpressionType.RightShift, left, right, method); }

        private static BinaryExpression Logical(ExpressionType kind, Expression left, Expression right, MethodInfo method)
        {
            CheckOperands(left, right);
            if (method != null) return MethodBinary(kind, left, right, method, true);
            if (left.Type == right.Type && TypeUtils.IsBool(left.Type)) return new BinaryExpression(kind, left, right, left.Type, null, null, true);
            BinaryExpression b = UserDefinedBinary(kind, left, right, true);
            if (b == null) throw BinaryNotDefined(kind, left.Type, right.Type);
            return b;
        }

        public static BinaryExpression AndAlso(Expression left, Expression right) { return Logical(ExpressionType.AndAlso, left, right, null); }
        public static BinaryExpression AndAlso(Expression left, Expression right, MethodInfo method) { return Logical(ExpressionType.AndAlso, left, right, method); }
        public static BinaryExpression OrElse(Expression left, Expression right) { return Logical(ExpressionType.OrElse, left, right, null); }
        public static BinaryExpression OrElse(Expression left, Expression right, MethodInfo method) { return Logical(ExpressionType.OrElse, left, right, method); }

        private static BinaryExpression Comparison(ExpressionType kind, Expression left, Expression right, bool liftToNull, MethodInfo method, bool equality)
        {
            CheckOperands(left, right);
            if (method != null) return MethodBinary(kind, left, right, method, liftToNull);
            bool builtIn = equality
                ? TypeUtils.IsNumeric(left.Type) || left.Type == typeof(object) || TypeUtils.IsBool(left.Type) || TypeUtils.GetNonNullableType(left.Type).IsEnum
                : TypeUtils.IsNumeric(left.Type);
            if (left.Type == right.Type && builtIn)
            {
                Type type = TypeUtils.IsNullableType(left.Type) && liftToNull ? typeof(bool?) : typeof(bool);
                return new BinaryExpression(kind, left, right, type, null, null, liftToNull);
            }
            BinaryExpression b = UserDefinedBinary(kind, left, right, liftToNull);
            if (b != null) return b;
            if (equality && (TypeUtils.AreReferenceAssignable(left.Type, right.Type) || TypeUtils.AreReferenceAssignable(right.Type, left.Type)) &&
                !left.Type.IsValueType && !right.Type.IsValueType)
                return new BinaryExpression(kind, left, right, typeof(bool), null, null, liftToNull);
            if (equality && (left.Type.IsInterface || right.Type.IsInterface) && !left.Type.IsValueType && !right.Type.IsValueType)
                return new BinaryExpression(kind, left, right, typeof(bool), null, null, liftToNull);
            throw BinaryNotDefined(kind, left.Type, right.Type);
        }

        public static BinaryExpression Equal(Expression left, Expression right) { return Comparison(ExpressionType.Equal, left, right, false, null, true); }
        public static BinaryExpression Equal(Expression left, Expression right, bool liftToNull, MethodInfo method) { return Comparison(ExpressionType.Equal, left, right, liftToNull, method, true); }
        public static BinaryExpression NotEqual(Expression left, Expression right) { return Comparison(ExpressionType.NotEqual, left, right, false, null, true); }
        public static BinaryExpression NotEqual(Expression left, Expression right, bool liftToNull, MethodInfo method) { return Comparison(ExpressionType.NotEqual, left, right, liftToNull, method, true); }
        public static BinaryExpression LessThan(Expression left, Expression right) { return Comparison(ExpressionType.LessThan, left, right, false, null, false); }
        public static BinaryExpression LessThan(Expression left, Expression right, bool liftToNull, MethodInfo method) { return Comparison(ExpressionType.LessThan, left, right, liftToNull, method, false); }
        public static BinaryExpression LessThanOrEqual(Expression left, Expression right) { return Comparison(ExpressionType.LessThanOrEqual, left, right, false, null, false); }
        public static BinaryExpression LessThanOrEqual(Expression left, Expression right, bool liftToNull, MethodInfo method) { return Comparison(ExpressionType.LessThanOrEqual, left, right, liftToNull, method, false); }
        public static BinaryExpression GreaterThan(Expression left, Expression right) { return Comparison(ExpressionType.GreaterThan, left, right, false, null, false); }
        public static BinaryExpression GreaterThan(Expression left, Expression right, bool liftToNull, MethodInfo method) { return Comparison(ExpressionType.GreaterThan, left, right, liftToNull, method, false); }
        public static BinaryExpression GreaterThanOrEqual(Expression left, Expression right) { return Comparison(ExpressionType.GreaterThanOrEqual, left, right, false, null, false); }
        public static BinaryExpression GreaterThanOrEqual(Expression left, Expression right, bool liftToNull, MethodInfo method) { return Comparison(ExpressionType.GreaterThanOrEqual, left, right, liftToNull, method, false); }

        public static BinaryExpression ReferenceEqual(Expression left, Expression right)
        {
            CheckOperands(left, right);
            if (left.Type.IsValueType || right.Type.IsValueType) throw BinaryNotDefined(ExpressionType.Equal, left.Type, right.Type);
            return new BinaryExpression(ExpressionType.Equal, left, right, typeof(bool), null, null, false);
        }

        public static BinaryExpression ReferenceNotEqual(Expression left, Expression right)
        {
            CheckOperands(left, right);
            if (left.Type.IsValueType || right.Type.IsValueType) throw BinaryNotDefined(ExpressionType.NotEqual, left.Type, right.Type);
            return new BinaryExpression(ExpressionType.NotEqual, left, right, typeof(bool), null, null, false);
        }

        public static BinaryExpression Coalesce(Expression left, Expression right) { return Coalesce(left, right, null); }
        public static BinaryExpression Coalesce(Expression left, Expression right, LambdaExpression conversion)
        {
            CheckOperands(left, right);
            if (conversion == null)
            {
                Type l = left.Type, r = right.Type, nl = TypeUtils.GetNonNullableType(l);
                Type type;
                if (l.IsValueType && !TypeUtils.IsNullableType(l)) throw new InvalidOperationException("Coalesce used with type that cannot be null");
                if (TypeUtils.IsNullableType(l) && TypeUtils.IsImplicitlyConvertibleTo(r, nl)) type = nl;
                else if (TypeUtils.IsImplicitlyConvertibleTo(r, l)) type = l;
                else if (TypeUtils.IsImplicitlyConvertibleTo(nl, r)) type = r;
                else throw new ArgumentException("Argument types do not match");
                return new BinaryExpression(ExpressionType.Coalesce, left, right, type, null, null, false);
            }
            if (conversion.Parameters.Count != 1) throw new ArgumentException("Incorrect number of arguments supplied for lambda invocation", "conversion");
            return new BinaryExpression(ExpressionType.Coalesce, left, right, conversion.ReturnType, null, conversion, false);
        }

        public static BinaryExpression ArrayIndex(Expression array, Expression index)
        {
            RequiresCanRead(array, "array");
            RequiresCanRead(index, "index");
            if (index.Type != typeof(int)) throw new ArgumentException("Argument for array index must be of type Int32", "index");
            if (!array.Type.IsArray) throw new ArgumentException("Argument must be array", "array");
            if (array.Type.GetArrayRank() != 1) throw new ArgumentException("Incorrect number of indexes");
            return new BinaryExpression(ExpressionType.ArrayIndex, array, index, array.Type.GetElementType(), null, null, false);
        }

        public static BinaryExpression Assign(Expression left, Expression right)
        {
            RequiresCanWrite(left, "left");
            RequiresCanRead(right, "right");
            if (!TypeUtils.AreReferenceAssignable(left.Type, right.Type))
                throw new ArgumentException("Expression of type '" + right.Type + "' cannot be used for assignment to type '" + left.Type + "'");
            return new BinaryExpression(ExpressionType.Assign, left, right, left.Type, null, null, false);
        }

        internal static void RequiresCanWrite(Expression e, string paramName)
        {
            if (e == null) throw new ArgumentNullException(paramName);
            switch (e.NodeType)
            {
                case ExpressionType.Parameter: return;
                case ExpressionType.Index:
                    IndexExpression ix = (IndexExpression)e;
                    if (ix.Indexer == null || ix.Indexer.CanWrite) return;
                    break;
                case ExpressionType.MemberAccess:
                    MemberInfo m = ((MemberExpression)e).Member;
                    PropertyInfo p = m as PropertyInfo;
                    if (p != null) { if (p.CanWrite) return; break; }
                    FieldInfo f = (FieldInfo)m;
                    if (!f.IsInitOnly && !f.IsLiteral) return;
                    break;
            }
            throw new ArgumentException("Expression must be writeable", paramName);
        }

        private static BinaryExpression OpAssign(ExpressionType kind, Expression left, Expression right, MethodInfo method, LambdaExpression conversion)
        {
            RequiresCanWrite(left, "left");
            BinaryExpression op = MakeBinary(BinaryExpression.BinaryOfAssignment(kind), left, right, false, method);
            if (conversion == null && !TypeUtils.AreReferenceAssignable(left.Type, op.Type))
                throw new ArgumentException("The user-defined operator method '" + (op.Method == null ? kind.ToString() : op.Method.Name) + "' for operator '" + kind + "' must return the same type as its parameter or a derived type.");
            return new BinaryExpression(kind, left, right, left.Type, op.Method, conversion, false);
        }

        public static BinaryExpression AddAssign(Expression left, Expression right) { return OpAssign(ExpressionType.AddAssign, left, right, null, null); }
        public static BinaryExpression AddAssign(Expression left, Expression right, MethodInfo method) { return OpAssign(ExpressionType.AddAssign, left, right, method, null); }
        public static BinaryExpression AddAssign(Expression left, Expression right, MethodInfo method, LambdaExpression conversion) { return OpAssign(ExpressionType.AddAssign, left, right, method, conversion); }
        public static BinaryExpression AddAssignChecked(Expression left, Expression right) { return OpAssign(ExpressionType.AddAssignChecked, left, right, null, null); }
        public static BinaryExpression AddAssignChecked(Expression left, Expression right, MethodInfo method) { return OpAssign(ExpressionType.AddAssignChecked, left, right, method, null); }
        public static BinaryExpression AddAssignChecked(Expression left, Expression right, MethodInfo method, LambdaExpression conversion) { return OpAssign(ExpressionType.AddAssignChecked, left, right, method, conversion); }
        public static BinaryExpression SubtractAssign(Expression left, Expression right) { return OpAssign(ExpressionType.SubtractAssign, left, right, null, null); }
        public static BinaryExpression SubtractAssign(Expression left, Expression right, MethodInfo method) { return OpAssign(ExpressionType.SubtractAssign, left, right, method, null); }
        public static BinaryExpression SubtractAssign(Expression left, Expression right, MethodInfo method, LambdaExpression conversion) { return OpAssign(ExpressionType.SubtractAssign, left, right, method, conversion); }
        public static BinaryExpression SubtractAssignChecked(Expression left, Expression right) { return OpAssign(ExpressionType.SubtractAssignChecked, left, right, null, null); }
        public static BinaryExpression SubtractAssignChecked(Expression left, Expression right, MethodInfo method) { return OpAssign(ExpressionType.SubtractAssignChecked, left, right, method, null); }
        public static BinaryExpression SubtractAssignChecked(Expression left, Expression right, MethodInfo method, LambdaExpression conversion) { return OpAssign(ExpressionType.SubtractAssignChecked, left, right, method, conversion); }
        public static BinaryExpression MultiplyAssign(Expression left, Expression right) { return OpAssign(ExpressionType.MultiplyAssign, left, right, null, null); }
        public static BinaryExpression MultiplyAssign(Expression left, Expression right, MethodInfo method) { return OpAssign(ExpressionType.MultiplyAssign, left, right, method, null); }
        public static BinaryExpression MultiplyAssign(Expression left, Expression right, MethodInfo method, LambdaExpression conversion) { return OpAssign(ExpressionType.MultiplyAssign, left, right, method, conversion); }
        public static BinaryExpression MultiplyAssignChecked(Expression left, Expression right) { return OpAssign(ExpressionType.MultiplyAssignChecked, left, right, null, null); }
        public static BinaryExpression MultiplyAssignChecked(Expression left, Expression right, MethodInfo method) { return OpAssign(ExpressionType.MultiplyAssignChecked, left, right, method, null); }
        public static BinaryExpression MultiplyAssignChecked(Expression left, Expression right, MethodInfo method, LambdaExpression conversion) { return OpAssign(ExpressionType.MultiplyAssignChecked, left, right, method, conversion); }
        public static BinaryExpression DivideAssign(Expression left, Expression right) { return OpAssign(ExpressionType.DivideAssign, left, right, null, null); }
        public static BinaryExpression DivideAssign(Expression left, Expression right, MethodInfo method) { return OpAssign(ExpressionType.DivideAssign, left, right, method, null); }
        public static BinaryExpression DivideAssign(Expression left, Expression right, MethodInfo method, LambdaExpression conversion) { return OpAssign(ExpressionType.DivideAssign, left, right, method, conversion); }
        public static BinaryExpression ModuloAssign(Expression left, Expression right) { return OpAssign(ExpressionType.ModuloAssign, left, right, null, null); }
        public static BinaryExpression ModuloAssign(Expression left, Expression right, MethodInfo method) { return OpAssign(ExpressionType.ModuloAssign, left, right, method, null); }
        public static BinaryExpression ModuloAssign(Expression left, Expression right, MethodInfo method, LambdaExpression conversion) { return OpAssign(ExpressionType.ModuloAssign, left, right, method, conversion); }
        public static BinaryExpression AndAssign(Expression left, Expression right) { return OpAssign(ExpressionType.AndAssign, left, right, null, null); }
        public static BinaryExpression AndAssign(Expression left, Expression right, MethodInfo method) { return OpAssign(ExpressionType.AndAssign, left, right, method, null); }
        public static BinaryExpression AndAssign(Expression left, Expression right, MethodInfo method, LambdaExpression conversion) { return OpAssign(ExpressionType.AndAssign, left, right, method, conversion); }
        public static BinaryExpression OrAssign(Expression left, Expression right) { return OpAssign(ExpressionType.OrAssign, left, right, null, null); }
        public static BinaryExpression OrAssign(Expression left, Expression right, MethodInfo method) { return OpAssign(ExpressionType.OrAssign, left, right, method, null); }
        public static BinaryExpression OrAssign(Expression left, Expression right, MethodInfo method, LambdaExpression conversion) { return OpAssign(ExpressionType.OrAssign, left, right, method, conversion); }
        public static BinaryExpression ExclusiveOrAssign(Expression left, Expression right) { return OpAssign(ExpressionType.ExclusiveOrAssign, left, right, null, null); }
        public static BinaryExpression ExclusiveOrAssign(Expression left, Expression right, MethodInfo method) { return OpAssign(ExpressionType.ExclusiveOrAssign, left, right, method, null); }
        public static BinaryExpression ExclusiveOrAssign(Expression left, Expression right, MethodInfo method, LambdaExpression conversion) { return OpAssign(ExpressionType.ExclusiveOrAssign, left, right, method, conversion); }
        public static BinaryExpression LeftShiftAssign(Expression left, Expression right) { return OpAssign(ExpressionType.LeftShiftAssign, left, right, null, null); }
        public static BinaryExpression LeftShiftAssign(Expression left, Expression right, MethodInfo method) { return OpAssign(ExpressionType.LeftShiftAssign, left, right, method, null); }
        public static BinaryExpression LeftShiftAssign(Expression left, Expression right, MethodInfo method, LambdaExpression conversion) { return OpAssign(ExpressionType.LeftShiftAssign, left, right, method, conversion); }
        public static BinaryExpression RightShiftAssign(Expression left, Expression right) { return OpAssign(ExpressionType.RightShiftAssign, left, right, null, null); }
        public static BinaryExpression RightShiftAssign(Expression left, Expression right, MethodInfo method) { return OpAssign(ExpressionType.RightShiftAssign, left, right, method, null); }
        public static BinaryExpression RightShiftAssign(Expression left, Expression right, MethodInfo method, LambdaExpression conversion) { return OpAssign(ExpressionType.RightShiftAssign, left, right, method, conversion); }
        public static BinaryExpression PowerAssign(Expression left, Expression right) { return OpAssign(ExpressionType.PowerAssign, left, right, null, null); }
        public static BinaryExpression PowerAssign(Expression left, Expression right, MethodInfo method) { return OpAssign(ExpressionType.PowerAssign, left, right, method, null); }
        public static BinaryExpression PowerAssign(Expression left, Expression right, MethodInfo method, LambdaExpression conversion) { return OpAssign(ExpressionType.PowerAssign, left, right, method, conversion); }

        public static BinaryExpression MakeBinary(ExpressionType binaryType, Expression left, Expression right) { return MakeBinary(binaryType, left, right, false, null, null); }
        public static BinaryExpression MakeBinary(ExpressionType binaryType, Expression left, Expression right, bool liftToNull, MethodInfo method) { return MakeBinary(binaryType, left, right, liftToNull, method, null); }
        public static BinaryExpression MakeBinary(ExpressionType binaryType, Expression left, Expression right, bool liftToNull, MethodInfo method, LambdaExpression conversion)
        {
            switch (binaryType)
            {
                case ExpressionType.Add: return Add(left, right, method);
                case ExpressionType.AddChecked: return AddChecked(left, right, method);
                case ExpressionType.Subtract: return Subtract(left, right, method);
                case ExpressionType.SubtractChecked: return SubtractChecked(left, right, method);
                case ExpressionType.Multiply: return Multiply(left, right, method);
                case ExpressionType.MultiplyChecked: return MultiplyChecked(left, right, method);
                case ExpressionType.Divide: return Divide(left, right, method);
                case ExpressionType.Modulo: return Modulo(left, right, method);
                case ExpressionType.Power: return Power(left, right, method);
                case ExpressionType.And: return And(left, right, method);
                case ExpressionType.AndAlso: return AndAlso(left, right, method);
                case ExpressionType.Or: return Or(left, right, method);
                case ExpressionType.OrElse: return OrElse(left, right, method);
                case ExpressionType.LessThan: return LessThan(left, right, liftToNull, method);
                case ExpressionType.LessThanOrEqual: return LessThanOrEqual(left, right, liftToNull, method);
                case ExpressionType.GreaterThan: return GreaterThan(left, right, liftToNull, method);
                case ExpressionType.GreaterThanOrEqual: return GreaterThanOrEqual(left, right, liftToNull, method);
                case ExpressionType.Equal: return Equal(left, right, liftToNull, method);
                case ExpressionType.NotEqual: return NotEqual(left, right, liftToNull, method);
                case ExpressionType.ExclusiveOr: return ExclusiveOr(left, right, method);
                case ExpressionType.Coalesce: return Coalesce(left, right, conversion);
                case ExpressionType.ArrayIndex: return ArrayIndex(left, right);
                case ExpressionType.RightShift: return RightShift(left, right, method);
                case ExpressionType.LeftShift: return LeftShift(left, right, method);
                case ExpressionType.Assign: return Assign(left, right);
            }
            if (BinaryExpression.IsOpAssignment(binaryType)) return OpAssign(binaryType, left, right, method, conversion);
            throw new ArgumentException("Unhandled binary: " + binaryType, "binaryType");
        }
    }
}
