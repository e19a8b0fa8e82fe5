// IQueryable over expression trees: the query interfaces, AsQueryable, and
// the helpers of the generated operators (Queryable.Generated.cs).
using System.Collections;
using System.Collections.Generic;
using System.Linq.Expressions;

namespace System.Linq
{
    public interface IQueryable : IEnumerable
    {
        Type ElementType { get; }
        Expression Expression { get; }
        IQueryProvider Provider { get; }
    }

    public interface IQueryable<out T> : IEnumerable<T>, IQueryable { }

    public interface IQueryProvider
    {
        IQueryable CreateQuery(Expression expression);
        IQueryable<TElement> CreateQuery<TElement>(Expression expression);
        object Execute(Expression expression);
        TResult Execute<TResult>(Expression expression);
    }

    public interface IOrderedQueryable : IQueryable { }

    public interface IOrderedQueryable<out T> : IQueryable<T>, IOrderedQueryable { }

    public static partial class Queryable
    {
        public static IQueryable<TElement> AsQueryable<TElement>(this IEnumerable<TElement> source)
        {
            if (source == null) throw new ArgumentNullException(nameof(source));
            return source as IQueryable<TElement> ?? new EnumerableQuery<TElement>(source);
        }

        public static IQueryable AsQueryable(this IEnumerable source)
        {
            if (source == null) throw new ArgumentNullException(nameof(source));
            IQueryable q = source as IQueryable;
            if (q != null) return q;
            Type element = EnumerableQuery.FindElementType(source.GetType());
            if (element == null) throw new ArgumentException("Source is not IEnumerable<>", nameof(source));
            return EnumerableQuery.Create(element, source);
        }

        private static Expression SourceExpression<TSource>(IEnumerable<TSource> source)
        {
            if (source == null) throw new ArgumentNullException("source2");
            IQueryable q = source as IQueryable;
            return q != null ? q.Expression : Expression.Constant(source, typeof(IEnumerable<TSource>));
        }
    }
}
