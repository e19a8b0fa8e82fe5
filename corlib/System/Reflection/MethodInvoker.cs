// MethodInvoker and ConstructorInvoker (.NET 8): a reusable way to call a
// method or constructor by reflection with arguments passed one by one or as
// a span. Calls go through MethodBase.Invoke; unlike it, an exception thrown
// by the callee reaches the caller as it is, not wrapped in a
// TargetInvocationException.
using System.Runtime.ExceptionServices;

namespace System.Reflection
{
    public sealed class MethodInvoker
    {
        private readonly MethodBase _method;
        private MethodInvoker(MethodBase method) { _method = method; }

        public static MethodInvoker Create(MethodBase method)
        {
            if (method == null) throw new ArgumentNullException("method");
            if (!(method is MethodInfo) && !(method is ConstructorInfo))
                throw new ArgumentException("The method must be a runtime MethodInfo or ConstructorInfo.", "method");
            return new MethodInvoker(method);
        }

        public object Invoke(object obj) { return Call(obj, new object[0]); }
        public object Invoke(object obj, object arg1) { return Call(obj, new object[] { arg1 }); }
        public object Invoke(object obj, object arg1, object arg2) { return Call(obj, new object[] { arg1, arg2 }); }
        public object Invoke(object obj, object arg1, object arg2, object arg3) { return Call(obj, new object[] { arg1, arg2, arg3 }); }
        public object Invoke(object obj, object arg1, object arg2, object arg3, object arg4) { return Call(obj, new object[] { arg1, arg2, arg3, arg4 }); }

        public object Invoke(object obj, Span<object> arguments)
        {
            object[] args = arguments.ToArray();
            object r = Call(obj, args);
            args.AsSpan().CopyTo(arguments);   // ref and out arguments come back
            return r;
        }

        private object Call(object obj, object[] args)
        {
            try { return _method.Invoke(obj, args); }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }
    }

    public sealed class ConstructorInvoker
    {
        private readonly ConstructorInfo _ctor;
        private ConstructorInvoker(ConstructorInfo ctor) { _ctor = ctor; }

        public static ConstructorInvoker Create(ConstructorInfo constructor)
        {
            if (constructor == null) throw new ArgumentNullException("constructor");
            return new ConstructorInvoker(constructor);
        }

        public object Invoke() { return Call(new object[0]); }
        public object Invoke(object arg1) { return Call(new object[] { arg1 }); }
        public object Invoke(object arg1, object arg2) { return Call(new object[] { arg1, arg2 }); }
        public object Invoke(object arg1, object arg2, object arg3) { return Call(new object[] { arg1, arg2, arg3 }); }
        public object Invoke(object arg1, object arg2, object arg3, object arg4) { return Call(new object[] { arg1, arg2, arg3, arg4 }); }

        public object Invoke(Span<object> arguments)
        {
            object[] args = arguments.ToArray();
            object r = Call(args);
            args.AsSpan().CopyTo(arguments);
            return r;
        }

        private object Call(object[] args)
        {
            try { return _ctor.Invoke(args); }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }
    }
}
