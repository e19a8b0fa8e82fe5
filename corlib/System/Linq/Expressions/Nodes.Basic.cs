// Leaf and operator nodes: constants, parameters, defaults, unary and binary
// operators, conditionals and type tests.
using System.Reflection;

namespace System.Linq.Expressions
{
    public class ConstantExpression : Expression
    {
        private readonly object _value;
        private readonly Type _type;
        internal ConstantExpression(object value, Type type) { _value = value; _type = type; }
        public object Value { get { return _value; } }
        public sealed override Type Type { get { return _type; } }
        public sealed override ExpressionType NodeType { get { return ExpressionType.Constant; } }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitConstant(this); }
    }

    public class ParameterExpression : Expression
    {
        private readonly Type _type;
        private readonly string _name;
        private readonly bool _byRef;
        internal ParameterExpression(Type type, string name, bool byRef) { _type = type; _name = name; _byRef = byRef; }
        public string Name { get { return _name; } }
        public bool IsByRef { get { return _byRef; } }
        public sealed override Type Type { get { return _type; } }
        public sealed override ExpressionType NodeType { get { return ExpressionType.Parameter; } }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitParameter(this); }
    }

    public sealed class DefaultExpression : Expression
    {
        private readonly Type _type;
        internal DefaultExpression(Type type) { _type = type; }
        public sealed override Type Type { get { return _type; } }
        public sealed override ExpressionType NodeType { get { return ExpressionType.Default; } }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitDefault(this); }
    }

    public sealed class UnaryExpression : Expression
    {
        private readonly ExpressionType _kind;
        private readonly Expression _operand;
        private readonly Type _type;
        private readonly MethodInfo _method;
        internal UnaryExpression(ExpressionType kind, Expression operand, Type type, MethodInfo method)
        {
            _kind = kind; _operand = operand; _type = type; _method = method;
        }
        public Expression Operand { get { return _operand; } }
        public MethodInfo Method { get { return _method; } }
        public sealed override Type Type { get { return _type; } }
        public sealed override ExpressionType NodeType { get { return _kind; } }

        public bool IsLifted
        {
            get
            {
                if (_kind == ExpressionType.TypeAs || _kind == ExpressionType.Quote || _kind == ExpressionType.Throw) return false;
                bool operandNullable = TypeUtils.IsNullableType(_operand.Type);
                bool resultNullable = TypeUtils.IsNullableType(Type);
                if (_method != null)
                    return (operandNullable && !TypeUtils.AreEquivalent(_method.GetParameters()[0].ParameterType, _operand.Type)) ||
                           (resultNullable && !TypeUtils.AreEquivalent(_method.ReturnType, Type));
                return operandNullable || resultNullable;
            }
        }

        public bool IsLiftedToNull { get { return IsLifted && TypeUtils.IsNullableType(Type); } }

        public override bool CanReduce
        {
            get
            {
                switch (_kind)
                {
                    case ExpressionType.PreIncrementAssign: case ExpressionType.PreDecrementAssign:
                    case ExpressionType.PostIncrementAssign: case ExpressionType.PostDecrementAssign:
                        return true;
                }
                return false;
            }
        }

        public override Expression Reduce()
        {
            if (!CanReduce) return this;
            bool increment = _kind == ExpressionType.PreIncrementAssign || _kind == ExpressionType.PostIncrementAssign;
            bool prefix = _kind == ExpressionType.PreIncrementAssign || _kind == ExpressionType.PreDecrementAssign;
            ParameterExpression temp = Expression.Variable(_operand.Type, null);
            Expression op = increment ? Expression.Increment(temp, _method) : Expression.Decrement(temp, _method);
            if (_operand is ParameterExpression)
            {
                if (prefix) return Expression.Assign(_operand, Expression.Block(new[] { temp }, Expression.Assign(temp, _operand), op));
                return Expression.Block(new[] { temp }, Expression.Assign(temp, _operand), Expression.Assign(_operand, op), temp);
            }
            ParameterExpression result = Expression.Variable(_operand.Type, null);
            return Expression.Block(new[] { temp, result },
                Expression.Assign(temp, _operand),
                Expression.Assign(result, prefix ? op : temp),
                Expression.Assign(_operand, prefix ? (Expression)result : op),
                result);
        }

        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitUnary(this); }

        public UnaryExpression Update(Expression operand)
        {
            if (operand == _operand) return this;
            return Expression.MakeUnary(_kind, operand, Type, _method);
        }
    }

    public class BinaryExpression : Expression
    {
        private readonly ExpressionType _kind;
        private readonly Expression _left, _right;
        private readonly Type _type;
        private readonly MethodInfo _method;
        private readonly LambdaExpression _conversion;
        private readonly bool _liftToNull;

        internal BinaryExpression(ExpressionType kind, Expression left, Expression right, Type type, MethodInfo method, LambdaExpression conversion, bool liftToNull)
        {
            _kind = kind; _left = left; _right = right; _type = type; _method = method; _conversion = conversion; _liftToNull = liftToNull;
        }

        public Expression Left { get { return _left; } }
        public Expression Right { get { return _right; } }
        public MethodInfo Method { get { return _method; } }
        public LambdaExpression Conversion { get { return _conversion; } }
        public sealed override Type Type { get { return _type; } }
        public sealed override ExpressionType NodeType { get { return _kind; } }

        public bool IsLifted
        {
            get
            {
                if (_kind == ExpressionType.Coalesce || _kind == ExpressionType.Assign) return false;
                if (TypeUtils.IsNullableType(_left.Type))
                {
                    MethodInfo m = _method;
                    return m == null || !TypeUtils.AreEquivalent(m.GetParameters()[0].ParameterType, _left.Type);
                }
                return false;
            }
        }

        public bool IsLiftedToNull { get { return IsLifted && TypeUtils.IsNullableType(Type); } }

        internal bool LiftToNullFlag { get { return _liftToNull; } }

        public override bool CanReduce { get { return IsOpAssignment(_kind); } }

        internal static bool IsOpAssignment(ExpressionType k)
        {
            switch (k)
            {
                case ExpressionType.AddAssign: case ExpressionType.AddAssignChecked: case ExpressionType.AndAssign:
                case ExpressionType.DivideAssign: case ExpressionType.ExclusiveOrAssign: case ExpressionType.LeftShiftAssign:
                case ExpressionType.ModuloAssign: case ExpressionType.MultiplyAssign: case ExpressionType.MultiplyAssignChecked:
                case ExpressionType.OrAssign: case ExpressionType.PowerAssign: case ExpressionType.RightShiftAssign:
                case ExpressionType.SubtractAssign: case ExpressionType.SubtractAssignChecked:
                    return true;
            }
            return false;
        }

        internal static ExpressionType BinaryOfAssignment(ExpressionType k)
        {
            switch (k)
            {
                case ExpressionType.AddAssign: return ExpressionType.Add;
                case ExpressionType.AddAssignChecked: return ExpressionType.AddChecked;
                case ExpressionType.AndAssign: return ExpressionType.And;
                case ExpressionType.DivideAssign: return ExpressionType.Divide;
                case ExpressionType.ExclusiveOrAssign: return ExpressionType.ExclusiveOr;
                case ExpressionType.LeftShiftAssign: return ExpressionType.LeftShift;
                case ExpressionType.ModuloAssign: return ExpressionType.Modulo;
                case ExpressionType.MultiplyAssign: return ExpressionType.Multiply;
                case ExpressionType.MultiplyAssignChecked: return ExpressionType.MultiplyChecked;
                case ExpressionType.OrAssign: return ExpressionType.Or;
                case ExpressionType.PowerAssign: return ExpressionType.Power;
                case ExpressionType.RightShiftAssign: return ExpressionType.RightShift;
                case ExpressionType.SubtractAssign: return ExpressionType.Subtract;
                case ExpressionType.SubtractAssignChecked: return ExpressionType.SubtractChecked;
            }
            return k;
        }

        // x op= y as a block: the target's object and index are read once.
        public override Expression Reduce()
        {
            if (!CanReduce) return this;
            ExpressionType op = BinaryOfAssignment(_kind);
            Func<Expression, Expression> combine = target =>
            {
                Expression r = Expression.MakeBinary(op, target, _right, false, _method);
                if (_conversion != null) r = Expression.Invoke(_conversion, r);
                return r;
            };
            MemberExpression member = _left as MemberExpression;
            if (member != null && member.Expression != null)
            {
                ParameterExpression obj = Expression.Variable(member.Expression.Type, null);
                MemberExpression target = Expression.MakeMemberAccess(obj, member.Member);
                ParameterExpression value = Expression.Variable(_left.Type, null);
                return Expression.Block(new[] { obj, value },
                    Expression.Assign(obj, member.Expression),
                    Expression.Assign(value, combine(target)),
                    Expression.Assign(target, value));
            }
            IndexExpression index = _left as IndexExpression;
            if (index != null)
            {
                var vars = new System.Collections.Generic.List<ParameterExpression>();
                var body = new System.Collections.Generic.List<Expression>();
                ParameterExpression obj = null;
                if (index.Object != null)
                {
                    obj = Expression.Variable(index.Object.Type, null);
                    vars.Add(obj); body.Add(Expression.Assign(obj, index.Object));
                }
                var args = new System.Collections.Generic.List<Expression>();
                foreach (Expression a in index.Arguments)
                {
                    ParameterExpression t = Expression.Variable(a.Type, null);
                    vars.Add(t); body.Add(Expression.Assign(t, a)); args.Add(t);
                }
                IndexExpression target = Expression.MakeIndex(obj, index.Indexer, args);
                ParameterExpression value = Expression.Variable(_left.Type, null);
                vars.Add(value);
                body.Add(Expression.Assign(value, combine(target)));
                body.Add(Expression.Assign(target, value));
                return Expression.Block(vars, body);
            }
            return Expression.Assign(_left, combine(_left));
        }

        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitBinary(this); }

        public BinaryExpression Update(Expression left, LambdaExpression conversion, Expression right)
        {
            if (left == _left && right == _right && conversion == _conversion) return this;
            if (IsReferenceComparison()) return _kind == ExpressionType.Equal ? Expression.ReferenceEqual(left, right) : Expression.ReferenceNotEqual(left, right);
            return Expression.MakeBinary(_kind, left, right, IsLiftedToNull, _method, conversion);
        }

        private bool IsReferenceComparison()
        {
            return (_kind == ExpressionType.Equal || _kind == ExpressionType.NotEqual) && _method == null &&
                !_left.Type.IsValueType && !_right.Type.IsValueType;
        }
    }

    public class ConditionalExpression : Expression
    {
        private readonly Expression _test, _ifTrue, _ifFalse;
        private readonly Type _type;
        internal ConditionalExpression(Expression test, Expression ifTrue, Expression ifFalse, Type type)
        {
            _test = test; _ifTrue = ifTrue; _ifFalse = ifFalse; _type = type;
        }
        public Expression Test { get { return _test; } }
        public Expression IfTrue { get { return _ifTrue; } }
        public Expression IfFalse { get { return _ifFalse; } }
        public override Type Type { get { return _type; } }
        public sealed override ExpressionType NodeType { get { return ExpressionType.Conditional; } }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitConditional(this); }
        public ConditionalExpression Update(Expression test, Expression ifTrue, Expression ifFalse)
        {
            if (test == _test && ifTrue == _ifTrue && ifFalse == _ifFalse) return this;
            return Expression.Condition(test, ifTrue, ifFalse, Type);
        }
    }

    public sealed class TypeBinaryExpression : Expression
    {
        private readonly Expression _expression;
        private readonly Type _typeOperand;
        private readonly ExpressionType _kind;
        internal TypeBinaryExpression(Expression expression, Type typeOperand, ExpressionType kind)
        {
            _expression = expression; _typeOperand = typeOperand; _kind = kind;
        }
        public Expression Expression { get { return _expression; } }
        public Type TypeOperand { get { return _typeOperand; } }
        public sealed override Type Type { get { return typeof(bool); } }
        public sealed override ExpressionType NodeType { get { return _kind; } }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitTypeBinary(this); }
        public TypeBinaryExpression Update(Expression expression)
        {
            if (expression == _expression) return this;
            return _kind == ExpressionType.TypeIs ? Expression.TypeIs(expression, _typeOperand) : Expression.TypeEqual(expression, _typeOperand);
        }
    }
}
