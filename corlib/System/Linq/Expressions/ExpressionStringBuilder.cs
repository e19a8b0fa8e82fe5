// Expression.ToString(): the same text .NET prints, e.g. `x => (x + 1)`,
// `Convert(x, Int64)`, `value(Program+<>c)`, `new Foo() {A = 1}`.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Reflection;
using System.Text;

namespace System.Linq.Expressions
{
    internal sealed class ExpressionStringBuilder : ExpressionVisitor
    {
        private readonly StringBuilder _out = new StringBuilder();
        private Dictionary<object, int> _ids;

        internal static string ExpressionToString(Expression node) { var b = new ExpressionStringBuilder(); b.Visit(node); return b._out.ToString(); }
        internal static string MemberBindingToString(MemberBinding node) { var b = new ExpressionStringBuilder(); b.VisitMemberBinding(node); return b._out.ToString(); }
        internal static string ElementInitToString(ElementInit node) { var b = new ExpressionStringBuilder(); b.VisitElementInit(node); return b._out.ToString(); }
        internal static string SwitchCaseToString(SwitchCase node) { var b = new ExpressionStringBuilder(); b.VisitSwitchCase(node); return b._out.ToString(); }
        internal static string CatchBlockToString(CatchBlock node) { var b = new ExpressionStringBuilder(); b.VisitCatchBlock(node); return b._out.ToString(); }

        private void Out(string s) { _out.Append(s); }
        private void Out(char c) { _out.Append(c); }

        private int GetId(object o)
        {
            if (_ids == null) _ids = new Dictionary<object, int>();
            int id;
            if (!_ids.TryGetValue(o, out id)) { id = _ids.Count; _ids.Add(o, id); }
            return id;
        }

        private void VisitExpressions<T>(char open, ReadOnlyCollection<T> items, char close, string separator = ", ") where T : Expression
        {
            Out(open);
            bool first = true;
            foreach (T e in items)
            {
                if (!first) Out(separator);
                first = false;
                Visit(e);
            }
            Out(close);
        }

        private void DumpLabel(LabelTarget target)
        {
            if (!string.IsNullOrEmpty(target.Name)) Out(target.Name);
            else Out("UnamedLabel_" + GetId(target));
        }

        protected internal override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType == ExpressionType.ArrayIndex)
            {
                Visit(node.Left); Out('['); Visit(node.Right); Out(']');
                return node;
            }
            string op;
            bool isBool = node.Type == typeof(bool) || node.Type == typeof(bool?);
            switch (node.NodeType)
            {
                case ExpressionType.AndAlso: op = "AndAlso"; break;
                case ExpressionType.OrElse: op = "OrElse"; break;
                case ExpressionType.Assign: op = "="; break;
                case ExpressionType.Equal: op = "=="; break;
                case ExpressionType.NotEqual: op = "!="; break;
                case ExpressionType.GreaterThan: op = ">"; break;
                case ExpressionType.LessThan: op = "<"; break;
                case ExpressionType.GreaterThanOrEqual: op = ">="; break;
                case ExpressionType.LessThanOrEqual: op = "<="; break;
                case ExpressionType.Add: case ExpressionType.AddChecked: op = "+"; break;
                case ExpressionType.AddAssign: case ExpressionType.AddAssignChecked: op = "+="; break;
                case ExpressionType.Subtract: case ExpressionType.SubtractChecked: op = "-"; break;
                case ExpressionType.SubtractAssign: case ExpressionType.SubtractAssignChecked: op = "-="; break;
                case ExpressionType.Divide: op = "/"; break;
                case ExpressionType.DivideAssign: op = "/="; break;
                case ExpressionType.Modulo: op = "%"; break;
                case ExpressionType.ModuloAssign: op = "%="; break;
                case ExpressionType.Multiply: case ExpressionType.MultiplyChecked: op = "*"; break;
                case ExpressionType.MultiplyAssign: case ExpressionType.MultiplyAssignChecked: op = "*="; break;
                case ExpressionType.LeftShift: op = "<<"; break;
                case ExpressionType.LeftShiftAssign: op = "<<="; break;
                case ExpressionType.RightShift: op = ">>"; break;
                case ExpressionType.RightShiftAssign: op = ">>="; break;
                case ExpressionType.And: op = isBool ? "And" : "&"; break;
                case ExpressionType.AndAssign: op = isBool ? "&&=" : "&="; break;
                case ExpressionType.Or: op = isBool ? "Or" : "|"; break;
                case ExpressionType.OrAssign: op = isBool ? "||=" : "|="; break;
                case ExpressionType.ExclusiveOr: op = "^"; break;
                case ExpressionType.ExclusiveOrAssign: op = "^="; break;
                case ExpressionType.Power: op = "**"; break;
                case ExpressionType.PowerAssign: op = "**="; break;
                case ExpressionType.Coalesce: op = "??"; break;
                default: throw new InvalidOperationException();
            }
            Out('('); Visit(node.Left); Out(' '); Out(op); Out(' '); Visit(node.Right); Out(')');
            return node;
        }

        protected internal override Expression VisitParameter(ParameterExpression node)
        {
            if (node.IsByRef) Out("ref ");
            if (string.IsNullOrEmpty(node.Name)) Out("Param_" + GetId(node));
            else Out(node.Name);
            return node;
        }

        protected internal override Expression VisitLambda<T>(Expression<T> node)
        {
            if (node.Parameters.Count == 1) Visit(node.Parameters[0]);
            else VisitExpressions('(', node.Parameters, ')');
            Out(" => ");
            Visit(node.Body);
            return node;
        }

        protected internal override Expression VisitListInit(ListInitExpression node)
        {
            Visit(node.NewExpression);
            Out(" {");
            for (int i = 0; i < node.Initializers.Count; i++)
            {
                if (i > 0) Out(", ");
                VisitElementInit(node.Initializers[i]);
            }
            Out('}');
            return node;
        }

        protected internal override Expression VisitConditional(ConditionalExpression node)
        {
            Out("IIF("); Visit(node.Test); Out(", "); Visit(node.IfTrue); Out(", "); Visit(node.IfFalse); Out(')');
            return node;
        }

        protected internal override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value == null) { Out("null"); return node; }
            string s = node.Value.ToString();
            if (node.Value is string) Out("\"" + s + "\"");
            else if (s == node.Value.GetType().ToString()) Out("value(" + s + ")");
            else Out(s);
            return node;
        }

        protected internal override Expression VisitDebugInfo(DebugInfoExpression node)
        {
            Out("<DebugInfo(" + node.Document.FileName + ": " + node.StartLine + ", " + node.StartColumn + ", " + node.EndLine + ", " + node.EndColumn + ")>");
            return node;
        }

        protected internal override Expression VisitRuntimeVariables(RuntimeVariablesExpression node)
        {
            VisitExpressions('(', node.Variables, ')');
            return node;
        }

        protected internal override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression != null) Visit(node.Expression);
            else Out(node.Member.DeclaringType.Name);
            Out('.'); Out(node.Member.Name);
            return node;
        }

        protected internal override Expression VisitMemberInit(MemberInitExpression node)
        {
            if (node.NewExpression.Arguments.Count == 0 && node.NewExpression.Type.Name.Contains('<')) Out("new");
            else Visit(node.NewExpression);
            Out(" {");
            for (int i = 0; i < node.Bindings.Count; i++)
            {
                if (i > 0) Out(", ");
                VisitMemberBinding(node.Bindings[i]);
            }
            Out('}');
            return node;
        }

        protected override MemberAssignment VisitMemberAssignment(MemberAssignment assignment)
        {
            Out(assignment.Member.Name); Out(" = "); Visit(assignment.Expression);
            return assignment;
        }

        protected override MemberListBinding VisitMemberListBinding(MemberListBinding binding)
        {
            Out(binding.Member.Name); Out(" = {");
            for (int i = 0; i < binding.Initializers.Count; i++)
            {
                if (i > 0) Out(", ");
                VisitElementInit(binding.Initializers[i]);
            }
            Out('}');
            return binding;
        }

        protected override MemberMemberBinding VisitMemberMemberBinding(MemberMemberBinding binding)
        {
            Out(binding.Member.Name); Out(" = {");
            for (int i = 0; i < binding.Bindings.Count; i++)
            {
                if (i > 0) Out(", ");
                VisitMemberBinding(binding.Bindings[i]);
            }
            Out('}');
            return binding;
        }

        protected override ElementInit VisitElementInit(ElementInit initializer)
        {
            Out(initializer.AddMethod.ToString());
            VisitExpressions('(', initializer.Arguments, ')');
            return initializer;
        }

        protected internal override Expression VisitInvocation(InvocationExpression node)
        {
            Out("Invoke(");
            Visit(node.Expression);
            for (int i = 0; i < node.Arguments.Count; i++) { Out(", "); Visit(node.Arguments[i]); }
            Out(')');
            return node;
        }

        protected internal override Expression VisitMethodCall(MethodCallExpression node)
        {
            int start = 0;
            Expression ob = node.Object;
            RuntimeMethodInfo rm = node.Method as RuntimeMethodInfo;
            if (rm != null && rm.IsStatic && node.Arguments.Count > 0 && rm.IsExtensionMethod) { start = 1; ob = node.Arguments[0]; }
            if (ob != null) { Visit(ob); Out('.'); }
            Out(node.Method.Name); Out('(');
            for (int i = start; i < node.Arguments.Count; i++)
            {
                if (i > start) Out(", ");
                Visit(node.Arguments[i]);
            }
            Out(')');
            return node;
        }

        protected internal override Expression VisitNewArray(NewArrayExpression node)
        {
            if (node.NodeType == ExpressionType.NewArrayBounds)
            {
                Out("new "); Out(node.Type.ToString()); VisitExpressions('(', node.Expressions, ')');
            }
            else
            {
                Out("new [] "); VisitExpressions('{', node.Expressions, '}');
            }
            return node;
        }

        protected internal override Expression VisitNew(NewExpression node)
        {
            Out("new "); Out(node.Type.Name); Out('(');
            for (int i = 0; i < node.Arguments.Count; i++)
            {
                if (i > 0) Out(", ");
                if (node.Members != null) { Out(node.Members[i].Name); Out(" = "); }
                Visit(node.Arguments[i]);
            }
            Out(')');
            return node;
        }

        protected internal override Expression VisitTypeBinary(TypeBinaryExpression node)
        {
            Out('('); Visit(node.Expression);
            Out(node.NodeType == ExpressionType.TypeIs ? " Is " : " TypeEqual ");
            Out(node.TypeOperand.Name); Out(')');
            return node;
        }

        protected internal override Expression VisitUnary(UnaryExpression node)
        {
            switch (node.NodeType)
            {
                case ExpressionType.Negate: case ExpressionType.NegateChecked: Out('-'); break;
                case ExpressionType.Not: Out("Not("); break;
                case ExpressionType.IsFalse: Out("IsFalse("); break;
                case ExpressionType.IsTrue: Out("IsTrue("); break;
                case ExpressionType.OnesComplement: Out("~("); break;
                case ExpressionType.ArrayLength: Out("ArrayLength("); break;
                case ExpressionType.Convert: Out("Convert("); break;
                case ExpressionType.ConvertChecked: Out("ConvertChecked("); break;
                case ExpressionType.Throw: Out("throw("); break;
                case ExpressionType.TypeAs: Out('('); break;
                case ExpressionType.UnaryPlus: Out('+'); break;
                case ExpressionType.Unbox: Out("Unbox("); break;
                case ExpressionType.Increment: Out("Increment("); break;
                case ExpressionType.Decrement: Out("Decrement("); break;
                case ExpressionType.PreIncrementAssign: Out("++"); break;
                case ExpressionType.PreDecrementAssign: Out("--"); break;
                case ExpressionType.Quote: case ExpressionType.PostIncrementAssign: case ExpressionType.PostDecrementAssign: break;
                default: throw new InvalidOperationException();
            }
            Visit(node.Operand);
            switch (node.NodeType)
            {
                case ExpressionType.Negate: case ExpressionType.NegateChecked: case ExpressionType.UnaryPlus:
                case ExpressionType.PreDecrementAssign: case ExpressionType.PreIncrementAssign: case ExpressionType.Quote:
                    break;
                case ExpressionType.TypeAs: Out(" As "); Out(node.Type.Name); Out(')'); break;
                case ExpressionType.Convert: case ExpressionType.ConvertChecked: Out(", "); Out(node.Type.Name); Out(')'); break;
                case ExpressionType.PostIncrementAssign: Out("++"); break;
                case ExpressionType.PostDecrementAssign: Out("--"); break;
                default: Out(')'); break;
            }
            return node;
        }

        protected internal override Expression VisitBlock(BlockExpression node)
        {
            Out('{');
            foreach (ParameterExpression v in node.Variables) { Out("var "); Visit(v); Out(';'); }
            Out(" ... }");
            return node;
        }

        protected internal override Expression VisitDefault(DefaultExpression node)
        {
            Out("default("); Out(node.Type.Name); Out(')');
            return node;
        }

        protected internal override Expression VisitLabel(LabelExpression node)
        {
            Out("{ ... } "); DumpLabel(node.Target); Out(':');
            return node;
        }

        protected internal override Expression VisitGoto(GotoExpression node)
        {
            string op;
            switch (node.Kind)
            {
                case GotoExpressionKind.Goto: op = "goto"; break;
                case GotoExpressionKind.Break: op = "break"; break;
                case GotoExpressionKind.Continue: op = "continue"; break;
                default: op = "return"; break;
            }
            Out(op); Out(' '); DumpLabel(node.Target);
            if (node.Value != null) { Out(" ("); Visit(node.Value); Out(")"); }
            return node;
        }

        protected internal override Expression VisitLoop(LoopExpression node) { Out("loop { ... }"); return node; }

        protected override SwitchCase VisitSwitchCase(SwitchCase node)
        {
            Out("case ");
            VisitExpressions('(', node.TestValues, ')');
            Out(": ...");
            return node;
        }

        protected internal override Expression VisitSwitch(SwitchExpression node)
        {
            Out("switch "); Out('('); Visit(node.SwitchValue); Out(") { ... }");
            return node;
        }

        protected override CatchBlock VisitCatchBlock(CatchBlock node)
        {
            Out("catch ("); Out(node.Test.Name);
            if (node.Variable != null && !string.IsNullOrEmpty(node.Variable.Name)) { Out(' '); Out(node.Variable.Name); }
            Out(") { ... }");
            return node;
        }

        protected internal override Expression VisitTry(TryExpression node) { Out("try { ... }"); return node; }

        protected internal override Expression VisitIndex(IndexExpression node)
        {
            if (node.Object != null) Visit(node.Object);
            else Out(node.Indexer.DeclaringType.Name);
            if (node.Indexer != null) { Out('.'); Out(node.Indexer.Name); }
            VisitExpressions('[', node.Arguments, ']');
            return node;
        }

        protected internal override Expression VisitExtension(Expression node)
        {
            MethodInfo toString = node.GetType().GetMethod("ToString", Type.EmptyTypes);
            if (toString != null && toString.DeclaringType != typeof(Expression) && !toString.IsStatic)
            {
                Out(node.ToString());
                return node;
            }
            Out('[');
            Out(node.NodeType == ExpressionType.Extension ? node.GetType().FullName : node.NodeType.ToString());
            Out(']');
            return node;
        }
    }
}
