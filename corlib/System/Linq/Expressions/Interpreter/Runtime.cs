// What compiled lambdas run on: frames of variable slots chained to the
// frame of the enclosing lambda (closures), jump signals for labels, and
// the objects whose generic methods become the lambda's delegates.
using System.Reflection;

namespace System.Linq.Expressions.Interpreter
{
    internal delegate object Eval(Frame f);

    internal sealed class Frame
    {
        internal readonly object[] Slots;
        internal readonly Frame Parent;
        internal Frame(int count, Frame parent) { Slots = new object[count]; Parent = parent; }
    }

    // A goto in flight: caught by the block, loop or label that owns the target.
    internal sealed class GotoSignal : Exception
    {
        internal readonly LabelTarget Target;
        internal readonly object Value;
        internal GotoSignal(LabelTarget target, object value) : base("goto " + target) { Target = target; Value = value; }
    }

    internal sealed class CompiledLambda
    {
        internal LambdaExpression Lambda;
        internal Eval Body;
        internal int SlotCount;
        internal int[] ParameterSlots;

        internal object Run(Frame parent, object[] args)
        {
            Frame f = new Frame(SlotCount, parent);
            for (int i = 0; i < ParameterSlots.Length; i++) f.Slots[ParameterSlots[i]] = args[i];
            return Body(f);
        }

        internal Delegate CreateDelegate(Frame parent) { return new LambdaThunk(this, parent).MakeDelegate(Lambda.Type); }
    }

    // The target of a compiled lambda's delegate. A delegate of type D binds to
    // the instantiation of F<n>/A<n> whose parameters are D's (made with
    // MakeGenericMethod), which boxes its arguments and runs the lambda.
    internal sealed class LambdaThunk
    {
        private readonly CompiledLambda _lambda;
        private readonly Frame _parent;
        internal LambdaThunk(CompiledLambda lambda, Frame parent) { _lambda = lambda; _parent = parent; }

        internal Delegate MakeDelegate(Type delegateType)
        {
            MethodInfo invoke = delegateType.GetMethod("Invoke");
            ParameterInfo[] ps = invoke.GetParameters();
            bool isVoid = invoke.ReturnType == typeof(void);
            if (ps.Length > 8) throw new NotSupportedException("Compiling a lambda with more than 8 parameters is not supported (no dynamic code).");
            Type[] targs = new Type[ps.Length + (isVoid ? 0 : 1)];
            for (int i = 0; i < ps.Length; i++)
            {
                if (ps[i].ParameterType.IsByRef) throw new NotSupportedException("Compiling a lambda with by-ref parameter '" + ps[i].Name + "' is not supported (no dynamic code).");
                targs[i] = ps[i].ParameterType;
            }
            if (!isVoid) targs[ps.Length] = invoke.ReturnType;
            MethodInfo m = typeof(LambdaThunk).GetMethod((isVoid ? "A" : "F") + ps.Length, BindingFlags.Public | BindingFlags.Instance);
            if (targs.Length > 0) m = m.MakeGenericMethod(targs);
            return Delegate.Make(delegateType, this, m);
        }

        private object Run(params object[] args) { return _lambda.Run(_parent, args); }

        public void A0() { Run(); }
        public void A1<T1>(T1 a1) { Run(a1); }
        public void A2<T1, T2>(T1 a1, T2 a2) { Run(a1, a2); }
        public void A3<T1, T2, T3>(T1 a1, T2 a2, T3 a3) { Run(a1, a2, a3); }
        public void A4<T1, T2, T3, T4>(T1 a1, T2 a2, T3 a3, T4 a4) { Run(a1, a2, a3, a4); }
        public void A5<T1, T2, T3, T4, T5>(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5) { Run(a1, a2, a3, a4, a5); }
        public void A6<T1, T2, T3, T4, T5, T6>(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6) { Run(a1, a2, a3, a4, a5, a6); }
        public void A7<T1, T2, T3, T4, T5, T6, T7>(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7) { Run(a1, a2, a3, a4, a5, a6, a7); }
        public void A8<T1, T2, T3, T4, T5, T6, T7, T8>(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8) { Run(a1, a2, a3, a4, a5, a6, a7, a8); }
        public TR F0<TR>() { return (TR)Run(); }
        public TR F1<T1, TR>(T1 a1) { return (TR)Run(a1); }
        public TR F2<T1, T2, TR>(T1 a1, T2 a2) { return (TR)Run(a1, a2); }
        public TR F3<T1, T2, T3, TR>(T1 a1, T2 a2, T3 a3) { return (TR)Run(a1, a2, a3); }
        public TR F4<T1, T2, T3, T4, TR>(T1 a1, T2 a2, T3 a3, T4 a4) { return (TR)Run(a1, a2, a3, a4); }
        public TR F5<T1, T2, T3, T4, T5, TR>(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5) { return (TR)Run(a1, a2, a3, a4, a5); }
        public TR F6<T1, T2, T3, T4, T5, T6, TR>(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6) { return (TR)Run(a1, a2, a3, a4, a5, a6); }
        public TR F7<T1, T2, T3, T4, T5, T6, T7, TR>(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7) { return (TR)Run(a1, a2, a3, a4, a5, a6, a7); }
        public TR F8<T1, T2, T3, T4, T5, T6, T7, T8, TR>(T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8) { return (TR)Run(a1, a2, a3, a4, a5, a6, a7, a8); }
    }

    internal sealed class RuntimeVariables : System.Runtime.CompilerServices.IRuntimeVariables
    {
        private readonly Frame[] _frames;
        private readonly int[] _slots;
        internal RuntimeVariables(Frame[] frames, int[] slots) { _frames = frames; _slots = slots; }
        public int Count { get { return _slots.Length; } }
        public object this[int index]
        {
            get { return _frames[index].Slots[_slots[index]]; }
            set { _frames[index].Slots[_slots[index]] = value; }
        }
    }
}
