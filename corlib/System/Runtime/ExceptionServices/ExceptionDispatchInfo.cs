// ExceptionDispatchInfo: rethrow an exception somewhere else (an await of a
// faulted task) keeping the frames it was first thrown through.
using System.Diagnostics;

namespace System.Runtime.ExceptionServices
{
    public sealed class ExceptionDispatchInfo
    {
        private readonly Exception _exception;
        private readonly string? _stackTrace;

        private ExceptionDispatchInfo(Exception exception)
        {
            _exception = exception;
            _stackTrace = exception.StackTrace;
        }

        public Exception SourceException => _exception;

        public static ExceptionDispatchInfo Capture(Exception source)
        {
            if (source == null) throw new ArgumentNullException(nameof(source));
            return new ExceptionDispatchInfo(source);
        }

        [StackTraceHidden]
        public void Throw()
        {
            _exception._remoteStackTraceString = string.IsNullOrEmpty(_stackTrace) ? null
                : _stackTrace + Environment.NewLine + "--- End of stack trace from previous location ---";
            throw _exception;
        }

        // An await of a faulted task: .NET writes no separator between the
        // frames of the awaited method and the awaiting one.
        [StackTraceHidden]
        internal static void ThrowForAwait(Exception source)
        {
            source._remoteStackTraceString = source.StackTrace;
            throw source;
        }

        [StackTraceHidden]
        public static void Throw(Exception source) => Capture(source).Throw();

        public static Exception SetCurrentStackTrace(Exception source)
        {
            if (source == null) throw new ArgumentNullException(nameof(source));
            if (source._stackTraceString != null || source._remoteStackTraceString != null)
                throw new InvalidOperationException("The exception has already been thrown.");
            source._remoteStackTraceString = Environment.StackTrace;
            return source;
        }

        public static Exception SetRemoteStackTrace(Exception source, string stackTrace)
        {
            if (source == null) throw new ArgumentNullException(nameof(source));
            if (stackTrace == null) throw new ArgumentNullException(nameof(stackTrace));
            source._remoteStackTraceString = stackTrace;
            return source;
        }
    }
}

namespace System.Diagnostics
{
    /// <summary>Frames of methods (or of every method of a type) marked with this
    /// attribute are left out of stack traces.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Struct, Inherited = false)]
    public sealed class StackTraceHiddenAttribute : Attribute
    {
        public StackTraceHiddenAttribute() { }
    }
}
