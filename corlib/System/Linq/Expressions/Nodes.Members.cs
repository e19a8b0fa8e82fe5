// Nodes over members and objects: member access, calls, invocation, object
// and array creation, initializers and indexers.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Reflection;

namespace System.Linq.Expressions
{
    public interface IArgumentProvider
    {
        int ArgumentCount { get; }
        Expression GetArgument(int index);
    }

    public class MemberExpression : Expression
    {
        private readonly Expression _expression;
        private readonly MemberInfo _member;
        internal MemberExpression(Expression expression, MemberInfo member) { _expression = expression; _member = member; }
        public MemberInfo Member { get { return _member; } }
        public Expression Expression { get { return _expression; } }
        public sealed override ExpressionType NodeType { get { return ExpressionType.MemberAccess; } }
        public override Type Type
        {
            get
            {
                FieldInfo f = _member as FieldInfo;
                return f != null ? f.FieldType : ((PropertyInfo)_member).PropertyType;
            }
        }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitMember(this); }
        public MemberExpression Update(Expression expression)
        {
            if (expression == _expression) return this;
            return Expression.MakeMemberAccess(expression, _member);
        }
    }

    public class MethodCallExpression : Expression, IArgumentProvider
    {
        private readonly MethodInfo _method;
        private readonly Expression _object;
        private readonly ReadOnlyCollection<Expression> _arguments;
        internal MethodCallExpression(MethodInfo method, Expression obj, ReadOnlyCollection<Expression> arguments)
        {
            _method = method; _object = obj; _arguments = arguments;
        }
        public MethodInfo Method { get { return _method; } }
        public Expression Object { get { return _object; } }
        public ReadOnlyCollection<Expression> Arguments { get { return _arguments; } }
        public int ArgumentCount { get { return _arguments.Count; } }
        public Expression GetArgument(int index) { return _arguments[index]; }
        public sealed override ExpressionType NodeType { get { return ExpressionType.Call; } }
        public sealed override Type Type { get { return _method.ReturnType; } }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitMethodCall(this); }
        public MethodCallExpression Update(Expression @object, IEnumerable<Expression> arguments)
        {
            if (@object == _object && arguments != null && SameElements(arguments as ICollection<Expression> ?? new List<Expression>(arguments), _arguments)) return this;
            return Expression.Call(@object, _method, arguments);
        }
    }

    public sealed class InvocationExpression : Expression, IArgumentProvider
    {
        private readonly Expression _expression;
        private readonly ReadOnlyCollection<Expression> _arguments;
        private readonly Type _type;
        internal InvocationExpression(Expression expression, ReadOnlyCollection<Expression> arguments, Type type)
        {
            _expression = expression; _arguments = arguments; _type = type;
        }
        public Expression Expression { get { return _expression; } }
        public ReadOnlyCollection<Expression> Arguments { get { return _arguments; } }
        public int ArgumentCount { get { return _arguments.Count; } }
        public Expression GetArgument(int index) { return _arguments[index]; }
        public sealed override Type Type { get { return _type; } }
        public sealed override ExpressionType NodeType { get { return ExpressionType.Invoke; } }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitInvocation(this); }
        public InvocationExpression Update(Expression expression, IEnumerable<Expression> arguments)
        {
            if (expression == _expression && arguments != null && SameElements(arguments as ICollection<Expression> ?? new List<Expression>(arguments), _arguments)) return this;
            return Expression.Invoke(expression, arguments);
        }
    }

    public class NewExpression : Expression, IArgumentProvider
    {
        private readonly ConstructorInfo _constructor;
        private readonly ReadOnlyCollection<Expression> _arguments;
        private readonly ReadOnlyCollection<MemberInfo> _members;
        private readonly Type _type;
        internal NewExpression(ConstructorInfo constructor, ReadOnlyCollection<Expression> arguments, ReadOnlyCollection<MemberInfo> members, Type type)
        {
            _constructor = constructor; _arguments = arguments; _members = members; _type = type;
        }
        public ConstructorInfo Constructor { get { return _constructor; } }
        public ReadOnlyCollection<Expression> Arguments { get { return _arguments; } }
        public ReadOnlyCollection<MemberInfo> Members { get { return _members; } }
        public int ArgumentCount { get { return _arguments.Count; } }
        public Expression GetArgument(int index) { return _arguments[index]; }
        public override Type Type { get { return _type; } }
        public sealed override ExpressionType NodeType { get { return ExpressionType.New; } }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitNew(this); }
        public NewExpression Update(IEnumerable<Expression> arguments)
        {
            if (arguments != null && SameElements(arguments as ICollection<Expression> ?? new List<Expression>(arguments), _arguments)) return this;
            if (_constructor == null) return this;
            return _members != null ? Expression.New(_constructor, arguments, _members) : Expression.New(_constructor, arguments);
        }
    }

    public abstract class MemberBinding
    {
        private readonly MemberBindingType _type;
        private readonly MemberInfo _member;
        [Obsolete("Do not use this constructor. It will be removed in future releases.")]
        protected MemberBinding(MemberBindingType type, MemberInfo member) { _type = type; _member = member; }
        internal MemberBinding(MemberInfo member, MemberBindingType type) { _type = type; _member = member; }
        public MemberBindingType BindingType { get { return _type; } }
        public MemberInfo Member { get { return _member; } }
        public override string ToString() { return ExpressionStringBuilder.MemberBindingToString(this); }
    }

    public sealed class MemberAssignment : MemberBinding
    {
        private readonly Expression _expression;
        internal MemberAssignment(MemberInfo member, Expression expression) : base(member, MemberBindingType.Assignment) { _expression = expression; }
        public Expression Expression { get { return _expression; } }
        public MemberAssignment Update(Expression expression)
        {
            if (expression == _expression) return this;
            return Expression.Bind(Member, expression);
        }
    }

    public sealed class MemberMemberBinding : MemberBinding
    {
        private readonly ReadOnlyCollection<MemberBinding> _bindings;
        internal MemberMemberBinding(MemberInfo member, ReadOnlyCollection<MemberBinding> bindings) : base(member, MemberBindingType.MemberBinding) { _bindings = bindings; }
        public ReadOnlyCollection<MemberBinding> Bindings { get { return _bindings; } }
        public MemberMemberBinding Update(IEnumerable<MemberBinding> bindings)
        {
            if (bindings != null && Expression.SameElements(bindings as ICollection<MemberBinding> ?? new List<MemberBinding>(bindings), _bindings)) return this;
            return Expression.MemberBind(Member, bindings);
        }
    }

    public sealed class MemberListBinding : MemberBinding
    {
        private readonly ReadOnlyCollection<ElementInit> _initializers;
        internal MemberListBinding(MemberInfo member, ReadOnlyCollection<ElementInit> initializers) : base(member, MemberBindingType.ListBinding) { _initializers = initializers; }
        public ReadOnlyCollection<ElementInit> Initializers { get { return _initializers; } }
        public MemberListBinding Update(IEnumerable<ElementInit> initializers)
        {
            if (initializers != null && Expression.SameElements(initializers as ICollection<ElementInit> ?? new List<ElementInit>(initializers), _initializers)) return this;
            return Expression.ListBind(Member, initializers);
        }
    }

    public sealed class MemberInitExpression : Expression
    {
        private readonly NewExpression _newExpression;
        private readonly ReadOnlyCollection<MemberBinding> _bindings;
        internal MemberInitExpression(NewExpression newExpression, ReadOnlyCollection<MemberBinding> bindings) { _newExpression = newExpression; _bindings = bindings; }
        public NewExpression NewExpression { get { return _newExpression; } }
        public ReadOnlyCollection<MemberBinding> Bindings { get { return _bindings; } }
        public sealed override Type Type { get { return _newExpression.Type; } }
        public sealed override ExpressionType NodeType { get { return ExpressionType.MemberInit; } }
        public override bool CanReduce { get { return true; } }
        public override Expression Reduce() { return Lowering.MemberInit(this); }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitMemberInit(this); }
        public MemberInitExpression Update(NewExpression newExpression, IEnumerable<MemberBinding> bindings)
        {
            if (newExpression == _newExpression && bindings != null && SameElements(bindings as ICollection<MemberBinding> ?? new List<MemberBinding>(bindings), _bindings)) return this;
            return Expression.MemberInit(newExpression, bindings);
        }
    }

    public sealed class ElementInit : IArgumentProvider
    {
        private readonly MethodInfo _addMethod;
        private readonly ReadOnlyCollection<Expression> _arguments;
        internal ElementInit(MethodInfo addMethod, ReadOnlyCollection<Expression> arguments) { _addMethod = addMethod; _arguments = arguments; }
        public MethodInfo AddMethod { get { return _addMethod; } }
        public ReadOnlyCollection<Expression> Arguments { get { return _arguments; } }
        public int ArgumentCount { get { return _arguments.Count; } }
        public Expression GetArgument(int index) { return _arguments[index]; }
        public override string ToString() { return ExpressionStringBuilder.ElementInitToString(this); }
        public ElementInit Update(IEnumerable<Expression> arguments)
        {
            if (arguments != null && Expression.SameElements(arguments as ICollection<Expression> ?? new List<Expression>(arguments), _arguments)) return this;
            return Expression.ElementInit(_addMethod, arguments);
        }
    }

    public sealed class ListInitExpression : Expression
    {
        private readonly NewExpression _newExpression;
        private readonly ReadOnlyCollection<ElementInit> _initializers;
        internal ListInitExpression(NewExpression newExpression, ReadOnlyCollection<ElementInit> initializers) { _newExpression = newExpression; _initializers = initializers; }
        public NewExpression NewExpression { get { return _newExpression; } }
        public ReadOnlyCollection<ElementInit> Initializers { get { return _initializers; } }
        public sealed override Type Type { get { return _newExpression.Type; } }
        public sealed override ExpressionType NodeType { get { return ExpressionType.ListInit; } }
        public override bool CanReduce { get { return true; } }
        public override Expression Reduce() { return Lowering.ListInit(this); }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitListInit(this); }
        public ListInitExpression Update(NewExpression newExpression, IEnumerable<ElementInit> initializers)
        {
            if (newExpression == _newExpression && initializers != null && SameElements(initializers as ICollection<ElementInit> ?? new List<ElementInit>(initializers), _initializers)) return this;
            return Expression.ListInit(newExpression, initializers);
        }
    }

    public class NewArrayExpression : Expression
    {
        private readonly ExpressionType _kind;
        private readonly ReadOnlyCollection<Expression> _expressions;
        private readonly Type _type;
        internal NewArrayExpression(ExpressionType kind, Type type, ReadOnlyCollection<Expression> expressions) { _kind = kind; _type = type; _expressions = expressions; }
        public ReadOnlyCollection<Expression> Expressions { get { return _expressions; } }
        public sealed override Type Type { get { return _type; } }
        public sealed override ExpressionType NodeType { get { return _kind; } }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitNewArray(this); }
        public NewArrayExpression Update(IEnumerable<Expression> expressions)
        {
            if (expressions != null && SameElements(expressions as ICollection<Expression> ?? new List<Expression>(expressions), _expressions)) return this;
            return _kind == ExpressionType.NewArrayInit ? Expression.NewArrayInit(_type.GetElementType(), expressions) : Expression.NewArrayBounds(_type.GetElementType(), expressions);
        }
    }

    public sealed class IndexExpression : Expression, IArgumentProvider
    {
        private readonly Expression _object;
        private readonly PropertyInfo _indexer;
        private readonly ReadOnlyCollection<Expression> _arguments;
        internal IndexExpression(Expression instance, PropertyInfo indexer, ReadOnlyCollection<Expression> arguments)
        {
            _object = instance; _indexer = indexer; _arguments = arguments;
        }
        public Expression Object { get { return _object; } }
        public PropertyInfo Indexer { get { return _indexer; } }
        public ReadOnlyCollection<Expression> Arguments { get { return _arguments; } }
        public int ArgumentCount { get { return _arguments.Count; } }
        public Expression GetArgument(int index) { return _arguments[index]; }
        public sealed override ExpressionType NodeType { get { return ExpressionType.Index; } }
        public sealed override Type Type { get { return _indexer != null ? _indexer.PropertyType : _object.Type.GetElementType(); } }
        protected internal override Expression Accept(ExpressionVisitor visitor) { return visitor.VisitIndex(this); }
        public IndexExpression Update(Expression @object, IEnumerable<Expression> arguments)
        {
            if (@object == _object && arguments != null && SameElements(arguments as ICollection<Expression> ?? new List<Expression>(arguments), _arguments)) return this;
            return Expression.MakeIndex(@object, _indexer, arguments);
        }
    }
}
