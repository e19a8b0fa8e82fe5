// Walks and rewrites expression trees: each Visit* visits the children and
// rebuilds the node (through Update) only when a child changed.
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace System.Linq.Expressions
{
    public abstract class ExpressionVisitor
    {
        protected ExpressionVisitor() { }

        public virtual Expression Visit(Expression node) { return node == null ? null : node.Accept(this); }

        public ReadOnlyCollection<Expression> Visit(ReadOnlyCollection<Expression> nodes) { return Visit(nodes, Visit); }

        public static ReadOnlyCollection<T> Visit<T>(ReadOnlyCollection<T> nodes, Func<T, T> elementVisitor)
        {
            if (nodes == null) throw new ArgumentNullException("nodes");
            if (elementVisitor == null) throw new ArgumentNullException("elementVisitor");
            T[] changed = null;
            for (int i = 0; i < nodes.Count; i++)
            {
                T n = elementVisitor(nodes[i]);
                if (changed != null) changed[i] = n;
                else if (!ReferenceEquals(n, nodes[i]))
                {
                    changed = new T[nodes.Count];
                    for (int j = 0; j < i; j++) changed[j] = nodes[j];
                    changed[i] = n;
                }
            }
            return changed == null ? nodes : new ReadOnlyCollection<T>(changed);
        }

        public T VisitAndConvert<T>(T node, string callerName) where T : Expression
        {
            if (node == null) return null;
            T r = Visit(node) as T;
            if (r == null) throw new InvalidOperationException("When called from '" + callerName + "', rewriting a node of type '" + typeof(T) + "' must return a non-null value of the same type. Alternatively, override '" + callerName + "' and change it to not visit children of this type.");
            return r;
        }

        public ReadOnlyCollection<T> VisitAndConvert<T>(ReadOnlyCollection<T> nodes, string callerName) where T : Expression
        {
            return Visit(nodes, n => VisitAndConvert(n, callerName));
        }

        protected internal virtual Expression VisitBinary(BinaryExpression node)
        {
            return node.Update(Visit(node.Left), VisitAndConvert(node.Conversion, "VisitBinary"), Visit(node.Right));
        }

        protected internal virtual Expression VisitBlock(BlockExpression node)
        {
            return node.Update(VisitAndConvert(node.Variables, "VisitBlock"), Visit(node.Expressions));
        }

        protected internal virtual Expression VisitConditional(ConditionalExpression node) { return node.Update(Visit(node.Test), Visit(node.IfTrue), Visit(node.IfFalse)); }
        protected internal virtual Expression VisitConstant(ConstantExpression node) { return node; }
        protected internal virtual Expression VisitDebugInfo(DebugInfoExpression node) { return node; }
        protected internal virtual Expression VisitDefault(DefaultExpression node) { return node; }
        protected internal virtual Expression VisitExtension(Expression node) { return node.VisitChildren(this); }
        protected internal virtual Expression VisitGoto(GotoExpression node) { return node.Update(VisitLabelTarget(node.Target), Visit(node.Value)); }
        protected internal virtual Expression VisitInvocation(InvocationExpression node) { return node.Update(Visit(node.Expression), Visit(node.Arguments)); }
        protected virtual LabelTarget VisitLabelTarget(LabelTarget node) { return node; }
        protected internal virtual Expression VisitLabel(LabelExpression node) { return node.Update(VisitLabelTarget(node.Target), Visit(node.DefaultValue)); }

        protected internal virtual Expression VisitLambda<T>(Expression<T> node)
        {
            return node.Update(Visit(node.Body), VisitAndConvert(node.Parameters, "VisitLambda"));
        }

        protected internal virtual Expression VisitLoop(LoopExpression node) { return node.Update(VisitLabelTarget(node.BreakLabel), VisitLabelTarget(node.ContinueLabel), Visit(node.Body)); }
        protected internal virtual Expression VisitMember(MemberExpression node) { return node.Update(Visit(node.Expression)); }
        protected internal virtual Expression VisitIndex(IndexExpression node) { return node.Update(Visit(node.Object), Visit(node.Arguments)); }
        protected internal virtual Expression VisitMethodCall(MethodCallExpression node) { return node.Update(Visit(node.Object), Visit(node.Arguments)); }
        protected internal virtual Expression VisitNewArray(NewArrayExpression node) { return node.Update(Visit(node.Expressions)); }
        protected internal virtual Expression VisitNew(NewExpression node) { return node.Update(Visit(node.Arguments)); }
        protected internal virtual Expression VisitParameter(ParameterExpression node) { return node; }
        protected internal virtual Expression VisitRuntimeVariables(RuntimeVariablesExpression node) { return node.Update(VisitAndConvert(node.Variables, "VisitRuntimeVariables")); }
        protected virtual SwitchCase VisitSwitchCase(SwitchCase node) { return node.Update(Visit(node.TestValues), Visit(node.Body)); }
        protected internal virtual Expression VisitSwitch(SwitchExpression node) { return node.Update(Visit(node.SwitchValue), Visit(node.Cases, VisitSwitchCase), Visit(node.DefaultBody)); }
        protected virtual CatchBlock VisitCatchBlock(CatchBlock node) { return node.Update(VisitAndConvert(node.Variable, "VisitCatchBlock"), Visit(node.Filter), Visit(node.Body)); }
        protected internal virtual Expression VisitTry(TryExpression node) { return node.Update(Visit(node.Body), Visit(node.Handlers, VisitCatchBlock), Visit(node.Finally), Visit(node.Fault)); }
        protected internal virtual Expression VisitTypeBinary(TypeBinaryExpression node) { return node.Update(Visit(node.Expression)); }
        protected internal virtual Expression VisitUnary(UnaryExpression node) { return node.Update(Visit(node.Operand)); }
        protected internal virtual Expression VisitMemberInit(MemberInitExpression node) { return node.Update(VisitAndConvert(node.NewExpression, "VisitMemberInit"), Visit(node.Bindings, VisitMemberBinding)); }
        protected internal virtual Expression VisitListInit(ListInitExpression node) { return node.Update(VisitAndConvert(node.NewExpression, "VisitListInit"), Visit(node.Initializers, VisitElementInit)); }
        protected virtual ElementInit VisitElementInit(ElementInit node) { return node.Update(Visit(node.Arguments)); }

        protected virtual MemberBinding VisitMemberBinding(MemberBinding node)
        {
            switch (node.BindingType)
            {
                case MemberBindingType.Assignment: return VisitMemberAssignment((MemberAssignment)node);
                case MemberBindingType.MemberBinding: return VisitMemberMemberBinding((MemberMemberBinding)node);
                case MemberBindingType.ListBinding: return VisitMemberListBinding((MemberListBinding)node);
            }
            throw new ArgumentException("Unhandled binding type '" + node.BindingType + "'");
        }

        protected virtual MemberAssignment VisitMemberAssignment(MemberAssignment node) { return node.Update(Visit(node.Expression)); }
        protected virtual MemberMemberBinding VisitMemberMemberBinding(MemberMemberBinding node) { return node.Update(Visit(node.Bindings, VisitMemberBinding)); }
        protected virtual MemberListBinding VisitMemberListBinding(MemberListBinding node) { return node.Update(Visit(node.Initializers, VisitElementInit)); }
    }
}
