// Reduce() of MemberInit and ListInit: a block that creates the object, then
// assigns members and calls Add for each element.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Reflection;

namespace System.Linq.Expressions
{
    internal static class Lowering
    {
        internal static Expression MemberInit(MemberInitExpression node)
        {
            ParameterExpression obj = Expression.Variable(node.Type, null);
            List<Expression> body = new List<Expression>();
            body.Add(Expression.Assign(obj, node.NewExpression));
            AddBindings(obj, node.Bindings, body);
            body.Add(obj);
            return Expression.Block(new[] { obj }, body);
        }

        internal static Expression ListInit(ListInitExpression node)
        {
            ParameterExpression obj = Expression.Variable(node.Type, null);
            List<Expression> body = new List<Expression>();
            body.Add(Expression.Assign(obj, node.NewExpression));
            foreach (ElementInit e in node.Initializers) body.Add(Expression.Call(obj, e.AddMethod, e.Arguments));
            body.Add(obj);
            return Expression.Block(new[] { obj }, body);
        }

        private static void AddBindings(Expression obj, ReadOnlyCollection<MemberBinding> bindings, List<Expression> body)
        {
            foreach (MemberBinding b in bindings)
            {
                MemberExpression member = Expression.MakeMemberAccess(obj, b.Member);
                switch (b.BindingType)
                {
                    case MemberBindingType.Assignment:
                        body.Add(Expression.Assign(member, ((MemberAssignment)b).Expression));
                        break;
                    case MemberBindingType.MemberBinding:
                        AddBindings(member, ((MemberMemberBinding)b).Bindings, body);
                        break;
                    case MemberBindingType.ListBinding:
                        foreach (ElementInit e in ((MemberListBinding)b).Initializers) body.Add(Expression.Call(member, e.AddMethod, e.Arguments));
                        break;
                }
            }
        }
    }
}
