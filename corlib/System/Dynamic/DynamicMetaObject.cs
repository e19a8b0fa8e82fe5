// The System.Dynamic shapes that libraries test for: serializers and mappers
// ask `value is IDynamicMetaObjectProvider` to find dynamic objects. There is
// no C# runtime binder here, so nothing produces such objects for `dynamic`
// call sites; a class that implements the interface itself still works with
// the libraries that use it directly.
using System.Linq.Expressions;

namespace System.Dynamic
{
    public interface IDynamicMetaObjectProvider
    {
        DynamicMetaObject GetMetaObject(Expression parameter);
    }

    public class DynamicMetaObject
    {
        public static readonly DynamicMetaObject[] EmptyMetaObjects = new DynamicMetaObject[0];
        private readonly object _value;
        private readonly bool _hasValue;

        public DynamicMetaObject(Expression expression, BindingRestrictions restrictions)
        {
            if (expression == null) throw new ArgumentNullException("expression");
            if (restrictions == null) throw new ArgumentNullException("restrictions");
            Expression = expression;
            Restrictions = restrictions;
        }

        public DynamicMetaObject(Expression expression, BindingRestrictions restrictions, object value)
            : this(expression, restrictions)
        {
            _value = value;
            _hasValue = true;
        }

        public Expression Expression { get; }
        public BindingRestrictions Restrictions { get; }
        public object Value { get { return _value; } }
        public bool HasValue { get { return _hasValue; } }

        public Type RuntimeType
        {
            get
            {
                if (!_hasValue) return null;
                Type st = Expression.Type;
                if (st.IsValueType) return st;
                return _value == null ? null : _value.GetType();
            }
        }

        public Type LimitType { get { return RuntimeType ?? Expression.Type; } }

        public virtual System.Collections.Generic.IEnumerable<string> GetDynamicMemberNames() { return new string[0]; }

        public static DynamicMetaObject Create(object value, Expression expression)
        {
            if (expression == null) throw new ArgumentNullException("expression");
            IDynamicMetaObjectProvider ido = value as IDynamicMetaObjectProvider;
            if (ido != null)
            {
                DynamicMetaObject meta = ido.GetMetaObject(expression);
                if (meta == null || !meta.HasValue || meta.Value == null || (object)meta.Expression != expression)
                    throw new InvalidOperationException("An IDynamicMetaObjectProvider " + ido.GetType() + " created an invalid DynamicMetaObject instance.");
                return meta;
            }
            return new DynamicMetaObject(expression, BindingRestrictions.Empty, value);
        }
    }

    public abstract class BindingRestrictions
    {
        public static readonly BindingRestrictions Empty = new TestRestriction(System.Linq.Expressions.Expression.Constant(true));

        private protected BindingRestrictions() { }

        internal abstract Expression Test { get; }

        public BindingRestrictions Merge(BindingRestrictions restrictions)
        {
            if (restrictions == null) throw new ArgumentNullException("restrictions");
            if (this == Empty) return restrictions;
            if (restrictions == Empty) return this;
            return new TestRestriction(System.Linq.Expressions.Expression.AndAlso(Test, restrictions.Test));
        }

        public static BindingRestrictions GetTypeRestriction(Expression expression, Type type)
        {
            if (expression == null) throw new ArgumentNullException("expression");
            if (type == null) throw new ArgumentNullException("type");
            return new TestRestriction(System.Linq.Expressions.Expression.TypeEqual(expression, type));
        }

        public static BindingRestrictions GetInstanceRestriction(Expression expression, object instance)
        {
            if (expression == null) throw new ArgumentNullException("expression");
            Expression same = instance == null
                ? (Expression)System.Linq.Expressions.Expression.Equal(System.Linq.Expressions.Expression.Convert(expression, typeof(object)), System.Linq.Expressions.Expression.Constant(null))
                : System.Linq.Expressions.Expression.ReferenceEqual(System.Linq.Expressions.Expression.Convert(expression, typeof(object)), System.Linq.Expressions.Expression.Constant(instance, typeof(object)));
            return new TestRestriction(same);
        }

        public static BindingRestrictions GetExpressionRestriction(Expression expression)
        {
            if (expression == null) throw new ArgumentNullException("expression");
            if (expression.Type != typeof(bool)) throw new ArgumentException("Argument must be boolean", "expression");
            return new TestRestriction(expression);
        }

        public static BindingRestrictions Combine(System.Collections.Generic.IList<DynamicMetaObject> contributingObjects)
        {
            BindingRestrictions result = Empty;
            if (contributingObjects == null) return result;
            foreach (DynamicMetaObject mo in contributingObjects)
                if (mo != null) result = result.Merge(mo.Restrictions);
            return result;
        }

        public Expression ToExpression() { return Test; }

        private sealed class TestRestriction : BindingRestrictions
        {
            private readonly Expression _test;
            internal TestRestriction(Expression test) { _test = test; }
            internal override Expression Test { get { return _test; } }
        }
    }
}
