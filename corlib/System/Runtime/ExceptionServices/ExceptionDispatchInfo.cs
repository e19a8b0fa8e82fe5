// ExceptionDispatchInfo: rethrows a caught exception later (Roslyn uses it for
// `await` in catch/finally blocks, e.g. `await using`). The same exception
// object is thrown again; its stack trace is the rethrow site's (Cilantro
// does not append the captured frames as .NET does).
namespace System.Runtime.ExceptionServices
{
    public sealed class ExceptionDispatchInfo
    {
        private readonly Exception _exception;

        private ExceptionDispatchInfo(Exception exception) { _exception = exception; }

        public static ExceptionDispatchInfo Capture(Exception source)
        {
            if (source == null) throw new ArgumentNullException("source");
            return new ExceptionDispatchInfo(source);
        }

        public Exception SourceException { get { return _exception; } }

        public void Throw() { throw _exception; }

        public static void Throw(Exception source)
        {
            if (source == null) throw new ArgumentNullException("source");
            throw source;
        }

        public static Exception SetCurrentStackTrace(Exception source)
        {
            if (source == null) throw new ArgumentNullException("source");
            return source;
        }
    }
}
