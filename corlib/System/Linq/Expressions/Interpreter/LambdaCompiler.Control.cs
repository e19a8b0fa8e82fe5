// Control flow for the expression interpreter: blocks (with labels that
// gotos jump to), loops, switches, try/catch/finally/fault, quoting.
using System.Collections.Generic;
using System.Reflection;

namespace System.Linq.Expressions.Interpreter
{
    internal sealed partial class LambdaCompiler
    {
        private Eval CompileBlock(BlockExpression b)
        {
            var saved = new List<KeyValuePair<ParameterExpression, int>>();
            int[] varSlots = new int[b.Variables.Count];
            object[] defaults = new object[varSlots.Length];
            for (int i = 0; i < varSlots.Length; i++)
            {
                ParameterExpression v = b.Variables[i];
                int old;
                if (_scope.Slots.TryGetValue(v, out old)) saved.Add(new KeyValuePair<ParameterExpression, int>(v, old));
                varSlots[i] = Declare(v);
                defaults[i] = TypeUtils.DefaultValue(v.Type);
            }
            Eval[] items = CompileAll(b.Expressions);
            foreach (var kv in saved) _scope.Slots[kv.Key] = kv.Value;
            foreach (ParameterExpression v in b.Variables) { bool shadowed = false; foreach (var kv in saved) if (kv.Key == v) shadowed = true; if (!shadowed) _scope.Slots.Remove(v); }
            Dictionary<LabelTarget, int> labels = null;
            for (int i = 0; i < b.Expressions.Count; i++)
            {
                LabelExpression l = b.Expressions[i] as LabelExpression;
                if (l == null) continue;
                if (labels == null) labels = new Dictionary<LabelTarget, int>();
                labels[l.Target] = i;
            }
            bool isVoid = b.Type == typeof(void);
            return f =>
            {
                for (int i = 0; i < varSlots.Length; i++) f.Slots[varSlots[i]] = defaults[i];
                object last = null;
                int at = 0;
                while (true)
                {
                    try
                    {
                        for (; at < items.Length; at++) last = items[at](f);
                        return isVoid ? null : last;
                    }
                    catch (GotoSignal g) when (labels != null && labels.ContainsKey(g.Target))
                    {
                        at = labels[g.Target];
                        last = g.Value;
                        at++;
                    }
                }
            };
        }

        private Eval CompileLabel(LabelExpression l)
        {
            Eval def = l.DefaultValue == null ? null : Compile(l.DefaultValue);
            LabelTarget target = l.Target;
            return f =>
            {
                if (def == null) return null;
                try { return def(f); }
                catch (GotoSignal g) when (g.Target == target) { return g.Value; }
            };
        }

        private Eval CompileLoop(LoopExpression l)
        {
            Eval body = Compile(l.Body);
            LabelTarget brk = l.BreakLabel, cont = l.ContinueLabel;
            return f =>
            {
                while (true)
                {
                    try { body(f); }
                    catch (GotoSignal g) when (g.Target == brk) { return g.Value; }
                    catch (GotoSignal g) when (g.Target == cont) { }
                }
            };
        }

        private Eval CompileSwitch(SwitchExpression s)
        {
            Eval value = Compile(s.SwitchValue);
            Eval[][] tests = new Eval[s.Cases.Count][];
            Eval[] bodies = new Eval[s.Cases.Count];
            for (int i = 0; i < bodies.Length; i++)
            {
                tests[i] = CompileAll(s.Cases[i].TestValues);
                bodies[i] = Compile(s.Cases[i].Body);
            }
            Eval def = s.DefaultBody == null ? null : Compile(s.DefaultBody);
            MethodInfo cmp = s.Comparison;
            bool liftedValue = TypeUtils.IsNullableType(s.SwitchValue.Type) && cmp != null && !TypeUtils.IsNullableType(cmp.GetParameters()[0].ParameterType);
            bool isVoid = s.Type == typeof(void);
            return f =>
            {
                object v = value(f);
                for (int i = 0; i < tests.Length; i++)
                    foreach (Eval t in tests[i])
                    {
                        object tv = t(f);
                        bool match;
                        if (cmp == null) match = Operators.Equal(v, tv);
                        else if (liftedValue && (v == null || tv == null)) match = v == null && tv == null;
                        else match = (bool)Invoke(cmp, null, new[] { v, tv });
                        if (match) { object r = bodies[i](f); return isVoid ? null : r; }
                    }
                object d = def == null ? null : def(f);
                return isVoid ? null : d;
            };
        }

        private Eval CompileTry(TryExpression t)
        {
            Eval body = Compile(t.Body);
            Eval fin = t.Finally == null ? null : Compile(t.Finally);
            Eval fault = t.Fault == null ? null : Compile(t.Fault);
            int n = t.Handlers.Count;
            Type[] tests = new Type[n];
            int[] varSlots = new int[n];
            Eval[] filters = new Eval[n], handlers = new Eval[n];
            int caught = NewSlot();
            for (int i = 0; i < n; i++)
            {
                CatchBlock c = t.Handlers[i];
                tests[i] = c.Test;
                varSlots[i] = c.Variable == null ? -1 : Declare(c.Variable);
                filters[i] = c.Filter == null ? null : Compile(c.Filter);
                _caughtSlots.Add(caught);
                handlers[i] = Compile(c.Body);
                _caughtSlots.RemoveAt(_caughtSlots.Count - 1);
                if (c.Variable != null) _scope.Slots.Remove(c.Variable);
            }
            bool isVoid = t.Type == typeof(void);
            Func<Frame, Exception, int> pick = (f, e) =>
            {
                if (e is GotoSignal) return -1;
                for (int i = 0; i < n; i++)
                {
                    if (!tests[i].IsInstanceOfType(e)) continue;
                    if (varSlots[i] >= 0) f.Slots[varSlots[i]] = e;
                    if (filters[i] == null || (bool)filters[i](f)) return i;
                }
                return -1;
            };
            return f =>
            {
                int h = -1;
                try
                {
                    object r = body(f);
                    return isVoid ? null : r;
                }
                catch (Exception e) when (n > 0 && (h = pick(f, e)) >= 0)
                {
                    f.Slots[caught] = e;
                    if (varSlots[h] >= 0) f.Slots[varSlots[h]] = e;
                    object r = handlers[h](f);
                    return isVoid ? null : r;
                }
                catch (Exception e) when (fault != null && !(e is GotoSignal))
                {
                    fault(f);
                    throw;
                }
                finally
                {
                    if (fin != null) fin(f);
                }
            };
        }

        private Eval CompileRethrow()
        {
            if (_caughtSlots.Count == 0) throw new InvalidOperationException("Rethrow statement is valid only inside a Catch block.");
            int slot = _caughtSlots[_caughtSlots.Count - 1];
            return f => { throw (Exception)f.Slots[slot]; };
        }

        private Eval CompileRuntimeVariables(RuntimeVariablesExpression r)
        {
            int n = r.Variables.Count;
            int[] depths = new int[n], slots = new int[n];
            for (int i = 0; i < n; i++)
                if (!Resolve(r.Variables[i], out depths[i], out slots[i]))
                    throw new InvalidOperationException("variable '" + r.Variables[i].Name + "' of type '" + r.Variables[i].Type + "' referenced from scope '', but it is not defined");
            return f =>
            {
                Frame[] frames = new Frame[n];
                for (int i = 0; i < n; i++) frames[i] = FrameAt(f, depths[i]);
                return new RuntimeVariables(frames, slots);
            };
        }

        // A quoted lambda is returned as a tree, with the variables it uses from
        // enclosing lambdas replaced by their current values.
        private Eval CompileQuote(UnaryExpression q)
        {
            LambdaExpression lambda = (LambdaExpression)q.Operand;
            var free = new FreeVariables(this);
            free.Visit(lambda);
            if (free.Found.Count == 0) return f => lambda;
            var reads = new Dictionary<ParameterExpression, Eval>();
            foreach (ParameterExpression p in free.Found) reads[p] = Read(p);
            return f =>
            {
                var values = new Dictionary<ParameterExpression, Expression>();
                foreach (var kv in reads) values[kv.Key] = Boxed(kv.Key.Type, kv.Value(f));
                return new Substitute(values).Visit(lambda);
            };
        }

        // The variable's value in a StrongBox<T>, read through its Value field (as .NET hoists it).
        private static Expression Boxed(Type type, object value)
        {
            Type boxType = typeof(System.Runtime.CompilerServices.StrongBox<>).MakeGenericType(type);
            object box = Activator.CreateInstance(boxType);
            ((System.Runtime.CompilerServices.IStrongBox)box).Value = value;
            return Expression.Field(Expression.Constant(box, boxType), "Value");
        }

        private sealed class FreeVariables : ExpressionVisitor
        {
            private readonly LambdaCompiler _c;
            private readonly HashSet<ParameterExpression> _bound = new HashSet<ParameterExpression>();
            internal readonly HashSet<ParameterExpression> Found = new HashSet<ParameterExpression>();
            internal FreeVariables(LambdaCompiler c) { _c = c; }
            protected internal override Expression VisitLambda<T>(Expression<T> node)
            {
                foreach (ParameterExpression p in node.Parameters) _bound.Add(p);
                return base.VisitLambda(node);
            }
            protected internal override Expression VisitBlock(BlockExpression node)
            {
                foreach (ParameterExpression p in node.Variables) _bound.Add(p);
                return base.VisitBlock(node);
            }
            protected override CatchBlock VisitCatchBlock(CatchBlock node)
            {
                if (node.Variable != null) _bound.Add(node.Variable);
                return base.VisitCatchBlock(node);
            }
            protected internal override Expression VisitParameter(ParameterExpression node)
            {
                int d, s;
                if (!_bound.Contains(node) && _c.Resolve(node, out d, out s)) Found.Add(node);
                return node;
            }
        }

        private sealed class Substitute : ExpressionVisitor
        {
            private readonly Dictionary<ParameterExpression, Expression> _values;
            internal Substitute(Dictionary<ParameterExpression, Expression> values) { _values = values; }
            protected internal override Expression VisitParameter(ParameterExpression node)
            {
                Expression v;
                return _values.TryGetValue(node, out v) ? v : node;
            }
        }
    }
}
