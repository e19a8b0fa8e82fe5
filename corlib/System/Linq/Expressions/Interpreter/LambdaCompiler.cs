// Turns an expression tree into a tree of Eval closures over frames (the
// expression interpreter: there is no Reflection.Emit). Variables resolve at
// compile time to (lambda depth, slot); nested lambdas capture the frame.
using System.Collections.Generic;
using System.Reflection;

namespace System.Linq.Expressions.Interpreter
{
    internal sealed partial class LambdaCompiler
    {
        private sealed class Scope
        {
            internal readonly Dictionary<ParameterExpression, int> Slots = new Dictionary<ParameterExpression, int>();
            internal readonly Scope Parent;
            internal int Count;
            internal Scope(Scope parent) { Parent = parent; }
        }

        private Scope _scope;
        private readonly List<int> _caughtSlots = new List<int>();   // innermost catch last: where Rethrow finds the exception

        internal static Delegate Compile(LambdaExpression lambda)
        {
            return new LambdaCompiler().CompileLambda(lambda).CreateDelegate(null);
        }

        private CompiledLambda CompileLambda(LambdaExpression lambda)
        {
            Scope saved = _scope;
            List<int> savedCatches = new List<int>(_caughtSlots);
            _caughtSlots.Clear();
            _scope = new Scope(saved);
            CompiledLambda c = new CompiledLambda();
            c.Lambda = lambda;
            c.ParameterSlots = new int[lambda.Parameters.Count];
            for (int i = 0; i < c.ParameterSlots.Length; i++) c.ParameterSlots[i] = Declare(lambda.Parameters[i]);
            c.Body = Compile(lambda.Body);
            c.SlotCount = _scope.Count;
            _scope = saved;
            _caughtSlots.AddRange(savedCatches);
            return c;
        }

        private int Declare(ParameterExpression p)
        {
            int slot = _scope.Count++;
            _scope.Slots[p] = slot;
            return slot;
        }

        private int NewSlot() { return _scope.Count++; }

        private bool Resolve(ParameterExpression p, out int depth, out int slot)
        {
            depth = 0;
            for (Scope s = _scope; s != null; s = s.Parent, depth++)
                if (s.Slots.TryGetValue(p, out slot)) return true;
            slot = -1;
            return false;
        }

        private static Frame FrameAt(Frame f, int depth)
        {
            while (depth-- > 0) f = f.Parent;
            return f;
        }

        private Eval Read(ParameterExpression p)
        {
            int depth, slot;
            if (!Resolve(p, out depth, out slot))
                throw new InvalidOperationException("variable '" + p.Name + "' of type '" + p.Type + "' referenced from scope '', but it is not defined");
            if (depth == 0) return f => f.Slots[slot];
            if (depth == 1) return f => f.Parent.Slots[slot];
            return f => FrameAt(f, depth).Slots[slot];
        }

        private Action<Frame, object> Write(ParameterExpression p)
        {
            int depth, slot;
            if (!Resolve(p, out depth, out slot))
                throw new InvalidOperationException("variable '" + p.Name + "' of type '" + p.Type + "' referenced from scope '', but it is not defined");
            return (f, v) => FrameAt(f, depth).Slots[slot] = v;
        }

        private Eval[] CompileAll(IList<Expression> es)
        {
            Eval[] r = new Eval[es.Count];
            for (int i = 0; i < r.Length; i++) r[i] = Compile(es[i]);
            return r;
        }

        private static object[] RunAll(Eval[] es, Frame f)
        {
            object[] r = new object[es.Length];
            for (int i = 0; i < es.Length; i++) r[i] = es[i](f);
            return r;
        }

        internal static Exception Unwrap(TargetInvocationException e) { return e.InnerException ?? e; }

        internal static object Invoke(MethodBase m, object target, object[] args)
        {
            try { return m.Invoke(target, args); }
            catch (TargetInvocationException e) { throw Unwrap(e); }
        }

        private Eval Compile(Expression e)
        {
            switch (e.NodeType)
            {
                case ExpressionType.Constant: { object v = ((ConstantExpression)e).Value; return f => v; }
                case ExpressionType.Default: { object v = TypeUtils.DefaultValue(e.Type); return f => v; }
                case ExpressionType.Parameter: return Read((ParameterExpression)e);
                case ExpressionType.Lambda:
                {
                    CompiledLambda c = CompileLambda((LambdaExpression)e);
                    return f => c.CreateDelegate(f);
                }
                case ExpressionType.Quote: return CompileQuote((UnaryExpression)e);
                case ExpressionType.Conditional:
                {
                    ConditionalExpression c = (ConditionalExpression)e;
                    Eval test = Compile(c.Test), t = Compile(c.IfTrue), fl = Compile(c.IfFalse);
                    return f => (bool)test(f) ? t(f) : fl(f);
                }
                case ExpressionType.TypeIs: case ExpressionType.TypeEqual:
                {
                    TypeBinaryExpression tb = (TypeBinaryExpression)e;
                    Eval v = Compile(tb.Expression);
                    Type t = TypeUtils.GetNonNullableType(tb.TypeOperand);
                    if (e.NodeType == ExpressionType.TypeIs) return f => { object o = v(f); return o != null && t.IsInstanceOfType(o); };
                    return f => { object o = v(f); return o != null && o.GetType() == t; };
                }
                case ExpressionType.MemberAccess: return CompileMember((MemberExpression)e);
                case ExpressionType.Call: return CompileCall((MethodCallExpression)e);
                case ExpressionType.Invoke: return CompileInvoke((InvocationExpression)e);
                case ExpressionType.New: return CompileNew((NewExpression)e);
                case ExpressionType.NewArrayInit:
                {
                    Eval[] items = CompileAll(((NewArrayExpression)e).Expressions);
                    Type et = e.Type.GetElementType();
                    return f =>
                    {
                        Array a = Array.CreateInstance(et, items.Length);
                        for (int i = 0; i < items.Length; i++) a.SetValue(items[i](f), i);
                        return a;
                    };
                }
                case ExpressionType.NewArrayBounds:
                {
                    Eval[] bounds = CompileAll(((NewArrayExpression)e).Expressions);
                    Type et = e.Type.GetElementType();
                    return f =>
                    {
                        int[] lengths = new int[bounds.Length];
                        for (int i = 0; i < lengths.Length; i++)
                        {
                            long n = Operators.ToLong(bounds[i](f));
                            if (n < 0 || n > int.MaxValue) throw new OverflowException("Arithmetic operation resulted in an overflow.");
                            lengths[i] = (int)n;
                        }
                        return Array.CreateInstance(et, lengths);
                    };
                }
                case ExpressionType.Index: return CompileIndex((IndexExpression)e);
                case ExpressionType.Block: return CompileBlock((BlockExpression)e);
                case ExpressionType.Label: return CompileLabel((LabelExpression)e);
                case ExpressionType.Goto:
                {
                    GotoExpression g = (GotoExpression)e;
                    Eval v = g.Value == null ? null : Compile(g.Value);
                    LabelTarget target = g.Target;
                    return f => { throw new GotoSignal(target, v == null ? null : v(f)); };
                }
                case ExpressionType.Loop: return CompileLoop((LoopExpression)e);
                case ExpressionType.Switch: return CompileSwitch((SwitchExpression)e);
                case ExpressionType.Try: return CompileTry((TryExpression)e);
                case ExpressionType.DebugInfo: return f => null;
                case ExpressionType.RuntimeVariables: return CompileRuntimeVariables((RuntimeVariablesExpression)e);
                case ExpressionType.Assign: return CompileAssign((BinaryExpression)e);
                case ExpressionType.MemberInit: case ExpressionType.ListInit: case ExpressionType.Extension:
                    return Compile(e.ReduceAndCheck());
            }
            UnaryExpression u = e as UnaryExpression;
            if (u != null) return u.CanReduce ? Compile(u.Reduce()) : CompileUnary(u);
            BinaryExpression b = e as BinaryExpression;
            if (b != null) return b.CanReduce ? Compile(b.Reduce()) : CompileBinary(b);
            if (e.CanReduce) return Compile(e.ReduceAndCheck());
            throw new NotSupportedException("Expression node " + e.NodeType + " cannot be compiled.");
        }

        private Eval CompileMember(MemberExpression m)
        {
            Eval obj = m.Expression == null ? null : Compile(m.Expression);
            FieldInfo fi = m.Member as FieldInfo;
            if (fi != null)
            {
                if (obj == null) return f => fi.GetValue(null);
                return f => { object o = obj(f); if (o == null) throw new NullReferenceException(); return fi.GetValue(o); };
            }
            MethodInfo getter = ((PropertyInfo)m.Member).GetGetMethod();
            if (obj == null) return f => Invoke(getter, null, null);
            return f => { object o = obj(f); if (o == null) throw new NullReferenceException(); return Invoke(getter, o, null); };
        }

        private Eval CompileCall(MethodCallExpression c)
        {
            Eval obj = c.Object == null ? null : Compile(c.Object);
            Eval[] args = CompileAll(c.Arguments);
            MethodInfo m = c.Method;
            ParameterInfo[] ps = m.GetParameters();
            List<KeyValuePair<int, Action<Frame, object>>> writeBacks = null;
            for (int i = 0; i < ps.Length; i++)
                if (ps[i].ParameterType.IsByRef && c.Arguments[i] is ParameterExpression)
                {
                    if (writeBacks == null) writeBacks = new List<KeyValuePair<int, Action<Frame, object>>>();
                    writeBacks.Add(new KeyValuePair<int, Action<Frame, object>>(i, Write((ParameterExpression)c.Arguments[i])));
                }
            return f =>
            {
                object o = obj == null ? null : obj(f);
                if (obj != null && o == null) throw new NullReferenceException();
                object[] a = RunAll(args, f);
                object r = Invoke(m, o, a);
                if (writeBacks != null) foreach (var wb in writeBacks) wb.Value(f, a[wb.Key]);
                return r;
            };
        }

        private Eval CompileInvoke(InvocationExpression inv)
        {
            Eval[] args = CompileAll(inv.Arguments);
            LambdaExpression direct = inv.Expression as LambdaExpression;
            if (direct != null)
            {
                CompiledLambda c = CompileLambda(direct);
                return f => c.Run(f, RunAll(args, f));
            }
            Eval target = Compile(inv.Expression);
            bool isExpression = typeof(LambdaExpression).IsAssignableFrom(inv.Expression.Type);
            return f =>
            {
                object d = target(f);
                if (d == null) throw new NullReferenceException();
                if (isExpression) d = ((LambdaExpression)d).Compile();
                try { return ((Delegate)d).DynamicInvoke(RunAll(args, f)); }
                catch (TargetInvocationException e) { throw Unwrap(e); }
            };
        }

        private Eval CompileNew(NewExpression n)
        {
            if (n.Constructor == null) { Type t = n.Type; return f => TypeUtils.DefaultValue(t); }
            Eval[] args = CompileAll(n.Arguments);
            ConstructorInfo ctor = n.Constructor;
            return f =>
            {
                try { return ctor.Invoke(RunAll(args, f)); }
                catch (TargetInvocationException e) { throw Unwrap(e); }
            };
        }

        private Eval CompileIndex(IndexExpression ix)
        {
            Eval obj = Compile(ix.Object);
            Eval[] args = CompileAll(ix.Arguments);
            if (ix.Indexer == null)
                return f =>
                {
                    Array a = (Array)obj(f);
                    if (a == null) throw new NullReferenceException();
                    object[] idx = RunAll(args, f);
                    if (idx.Length == 1) return a.GetValue((int)idx[0]);
                    int[] ints = new int[idx.Length];
                    for (int i = 0; i < ints.Length; i++) ints[i] = (int)idx[i];
                    return a.GetValue(ints);
                };
            MethodInfo getter = ix.Indexer.GetGetMethod();
            return f =>
            {
                object o = obj(f);
                if (o == null) throw new NullReferenceException();
                return Invoke(getter, o, RunAll(args, f));
            };
        }

        private Eval CompileAssign(BinaryExpression b)
        {
            Eval value = Compile(b.Right);
            switch (b.Left.NodeType)
            {
                case ExpressionType.Parameter:
                {
                    int depth, slot;
                    ParameterExpression p = (ParameterExpression)b.Left;
                    if (!Resolve(p, out depth, out slot))
                        throw new InvalidOperationException("variable '" + p.Name + "' of type '" + p.Type + "' referenced from scope '', but it is not defined");
                    if (depth == 0) return f => f.Slots[slot] = value(f);
                    return f => FrameAt(f, depth).Slots[slot] = value(f);
                }
                case ExpressionType.MemberAccess:
                {
                    MemberExpression m = (MemberExpression)b.Left;
                    Eval obj = m.Expression == null ? null : Compile(m.Expression);
                    FieldInfo fi = m.Member as FieldInfo;
                    MethodInfo setter = fi == null ? ((PropertyInfo)m.Member).GetSetMethod() : null;
                    return f =>
                    {
                        object o = obj == null ? null : obj(f);
                        if (obj != null && o == null) throw new NullReferenceException();
                        object v = value(f);
                        if (fi != null) fi.SetValue(o, v);
                        else Invoke(setter, o, new[] { v });
                        return v;
                    };
                }
                case ExpressionType.Index:
                {
                    IndexExpression ix = (IndexExpression)b.Left;
                    Eval obj = Compile(ix.Object);
                    Eval[] args = CompileAll(ix.Arguments);
                    MethodInfo setter = ix.Indexer == null ? null : ix.Indexer.GetSetMethod();
                    return f =>
                    {
                        object o = obj(f);
                        if (o == null) throw new NullReferenceException();
                        object[] idx = RunAll(args, f);
                        object v = value(f);
                        if (setter == null)
                        {
                            int[] ints = new int[idx.Length];
                            for (int i = 0; i < ints.Length; i++) ints[i] = (int)idx[i];
                            ((Array)o).SetValue(v, ints);
                        }
                        else
                        {
                            object[] a = new object[idx.Length + 1];
                            idx.CopyTo(a, 0);
                            a[idx.Length] = v;
                            Invoke(setter, o, a);
                        }
                        return v;
                    };
                }
            }
            throw new InvalidOperationException("Invalid lvalue for assignment: " + b.Left.NodeType + ".");
        }
    }
}
