// EnumerableQuery<T>: the IQueryable that AsQueryable returns. Its provider
// runs a query by rewriting Queryable calls into the Enumerable operators of
// the same name and signature (quoted lambdas become delegates), compiling
// the result and running it.
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq.Expressions;
using System.Reflection;

namespace System.Linq
{
    public abstract class EnumerableQuery
    {
        internal EnumerableQuery() { }

        internal abstract Expression QueryExpression { get; }
        internal abstract IEnumerable Enumerable { get; }

        internal static IQueryable Create(Type elementType, IEnumerable sequence)
        {
            Type t = typeof(EnumerableQuery<>).MakeGenericType(elementType);
            return (IQueryable)Activator.CreateInstance(t, sequence);
        }

        internal static IQueryable Create(Type elementType, Expression expression)
        {
            Type t = typeof(EnumerableQuery<>).MakeGenericType(elementType);
            return (IQueryable)Activator.CreateInstance(t, expression);
        }

        // T for a type that is or implements IEnumerable<T> (arrays, generic collections).
        internal static Type FindElementType(Type seqType)
        {
            if (seqType.IsArray) return seqType.GetElementType();
            for (Type t = seqType; t != null && t != typeof(object); t = t.BaseType)
            {
                if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>)) return t.GetGenericArguments()[0];
                if (!t.IsGenericType) continue;
                foreach (Type arg in t.GetGenericArguments())
                    if (typeof(IEnumerable<>).MakeGenericType(arg).IsAssignableFrom(seqType)) return arg;
            }
            return null;
        }
    }

    public class EnumerableQuery<T> : EnumerableQuery, IOrderedQueryable<T>, IQueryProvider
    {
        private readonly Expression _expression;
        private IEnumerable<T> _enumerable;

        public EnumerableQuery(IEnumerable<T> enumerable)
        {
            _enumerable = enumerable;
            _expression = Expression.Constant(this);
        }

        public EnumerableQuery(Expression expression)
        {
            _expression = expression;
        }

        internal override Expression QueryExpression { get { return _expression; } }
        internal override IEnumerable Enumerable { get { return _enumerable; } }

        Expression IQueryable.Expression { get { return _expression; } }
        Type IQueryable.ElementType { get { return typeof(T); } }
        IQueryProvider IQueryable.Provider { get { return this; } }

        IQueryable IQueryProvider.CreateQuery(Expression expression)
        {
            if (expression == null) throw new ArgumentNullException(nameof(expression));
            Type element = FindElementType(expression.Type);
            if (element == null) throw new ArgumentException("Argument expression is not valid", nameof(expression));
            return Create(element, expression);
        }

        IQueryable<TElement> IQueryProvider.CreateQuery<TElement>(Expression expression)
        {
            if (expression == null) throw new ArgumentNullException(nameof(expression));
            if (!typeof(IQueryable<TElement>).IsAssignableFrom(expression.Type)) throw new ArgumentException("Argument expression is not valid", nameof(expression));
            return new EnumerableQuery<TElement>(expression);
        }

        object IQueryProvider.Execute(Expression expression)
        {
            if (expression == null) throw new ArgumentNullException(nameof(expression));
            Expression body = new EnumerableRewriter().Visit(expression);
            return Expression.Lambda(Expression.Convert(body, typeof(object))).Compile().DynamicInvoke();
        }

        TResult IQueryProvider.Execute<TResult>(Expression expression)
        {
            if (expression == null) throw new ArgumentNullException(nameof(expression));
            if (!typeof(TResult).IsAssignableFrom(expression.Type)) throw new ArgumentException("Argument expression is not valid", nameof(expression));
            Expression body = new EnumerableRewriter().Visit(expression);
            if (body.Type != typeof(TResult)) body = Expression.Convert(body, typeof(TResult));
            return Expression.Lambda<Func<TResult>>(body).Compile()();
        }

        private IEnumerator<T> Run()
        {
            if (_enumerable == null)
            {
                Expression body = new EnumerableRewriter().Visit(_expression);
                if (body.Type != typeof(IEnumerable<T>)) body = Expression.Convert(body, typeof(IEnumerable<T>));
                IEnumerable<T> result = Expression.Lambda<Func<IEnumerable<T>>>(body).Compile()();
                if (result == this) throw new InvalidOperationException("Enumeration did not produce an enumerable");
                _enumerable = result;
            }
            return _enumerable.GetEnumerator();
        }

        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return Run(); }
        IEnumerator IEnumerable.GetEnumerator() { return Run(); }

        public override string ToString()
        {
            ConstantExpression c = _expression as ConstantExpression;
            if (c != null && c.Value == this)
                return _enumerable != null ? _enumerable.ToString() : "null";
            return _expression.ToString();
        }
    }

    // Queryable.M(source.Expression, Quote(lambda), ...) => Enumerable.M(source, lambda, ...).
    internal sealed class EnumerableRewriter : ExpressionVisitor
    {
        protected internal override Expression VisitConstant(ConstantExpression node)
        {
            EnumerableQuery q = node.Value as EnumerableQuery;
            if (q == null) return node;
            if (q.Enumerable != null)
            {
                Type element = EnumerableQuery.FindElementType(node.Type);
                return Expression.Constant(q.Enumerable, element != null ? typeof(IEnumerable<>).MakeGenericType(element) : q.Enumerable.GetType());
            }
            return Visit(q.QueryExpression);
        }

        protected internal override Expression VisitUnary(UnaryExpression node)
        {
            if (node.NodeType == ExpressionType.Quote) return Visit(node.Operand);
            return base.VisitUnary(node);
        }

        protected internal override Expression VisitMethodCall(MethodCallExpression node)
        {
            Expression obj = Visit(node.Object);
            ReadOnlyCollection<Expression> args = Visit(node.Arguments);
            MethodInfo m = node.Method;
            if (m.DeclaringType != typeof(Queryable))
            {
                if (obj == node.Object && args == node.Arguments) return node;
                return Expression.Call(obj, m, FixArguments(m.GetParameters(), args));
            }
            MethodInfo target = FindEnumerableMethod(m, args);
            return Expression.Call(null, target, FixArguments(target.GetParameters(), args));
        }

        private static IEnumerable<Expression> FixArguments(ParameterInfo[] ps, ReadOnlyCollection<Expression> args)
        {
            Expression[] r = new Expression[args.Count];
            for (int i = 0; i < r.Length; i++)
            {
                Expression a = args[i];
                Type p = ps[i].ParameterType;
                if (!TypeUtils.AreReferenceAssignable(p, a.Type))
                {
                    if (typeof(LambdaExpression).IsAssignableFrom(p) && a is LambdaExpression) a = Expression.Quote(a);
                    else if (p.IsAssignableFrom(a.Type) || a.Type.IsAssignableFrom(p)) a = Expression.Convert(a, p);
                }
                r[i] = a;
            }
            return r;
        }

        private static MethodInfo FindEnumerableMethod(MethodInfo queryMethod, ReadOnlyCollection<Expression> args)
        {
            Type[] typeArgs = queryMethod.IsGenericMethod ? queryMethod.GetGenericArguments() : null;
            foreach (MethodInfo candidate in typeof(Enumerable).GetMethods(BindingFlags.Public | BindingFlags.Static))
            {
                if (candidate.Name != queryMethod.Name) continue;
                MethodInfo m = candidate;
                if (typeArgs != null)
                {
                    if (!m.IsGenericMethodDefinition || m.GetGenericArguments().Length != typeArgs.Length) continue;
                    try { m = m.MakeGenericMethod(typeArgs); }
                    catch (ArgumentException) { continue; }
                }
                else if (m.IsGenericMethodDefinition) continue;
                ParameterInfo[] ps = m.GetParameters();
                if (ps.Length != args.Count) continue;
                bool ok = true;
                for (int i = 0; i < ps.Length && ok; i++)
                {
                    Type p = ps[i].ParameterType, a = args[i].Type;
                    ok = p.IsAssignableFrom(a) || (args[i] is LambdaExpression && p == args[i].Type);
                }
                if (ok) return m;
            }
            throw new InvalidOperationException("There is no method '" + queryMethod.Name + "' on type 'System.Linq.Enumerable' that matches the specified arguments");
        }
    }
}
