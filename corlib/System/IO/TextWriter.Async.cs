// TextWriter's asynchronous surface: each call runs the synchronous write to
// completion and returns a completed task (a derived writer only implements
// the Write overloads), as StreamWriter/StringWriter inherit it.
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace System.IO
{
    public abstract partial class TextWriter : IAsyncDisposable
    {
        static Task Run(Action a)
        {
            try { a(); return Task.CompletedTask; }
            catch (Exception e) { return Task.FromException(e); }
        }

        static Task Run(Action a, CancellationToken ct)
        {
            if (ct.IsCancellationRequested) return Task.FromCanceled(ct);
            return Run(a);
        }

        public virtual Task WriteAsync(char value) { return Run(() => Write(value)); }
        public virtual Task WriteAsync(string value) { return Run(() => Write(value)); }
        public Task WriteAsync(char[] buffer) { return buffer == null ? Task.CompletedTask : WriteAsync(buffer, 0, buffer.Length); }
        public virtual Task WriteAsync(char[] buffer, int index, int count) { return Run(() => Write(buffer, index, count)); }
        public virtual Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) { return Run(() => Write(buffer.Span), cancellationToken); }
        public virtual Task WriteAsync(StringBuilder value, CancellationToken cancellationToken = default) { return Run(() => Write(value), cancellationToken); }

        public virtual Task WriteLineAsync() { return Run(() => WriteLine()); }
        public virtual Task WriteLineAsync(char value) { return Run(() => WriteLine(value)); }
        public virtual Task WriteLineAsync(string value) { return Run(() => WriteLine(value)); }
        public Task WriteLineAsync(char[] buffer) { return buffer == null ? WriteLineAsync() : WriteLineAsync(buffer, 0, buffer.Length); }
        public virtual Task WriteLineAsync(char[] buffer, int index, int count) { return Run(() => WriteLine(buffer, index, count)); }
        public virtual Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) { return Run(() => WriteLine(buffer.Span), cancellationToken); }
        public virtual Task WriteLineAsync(StringBuilder value, CancellationToken cancellationToken = default) { return Run(() => WriteLine(value), cancellationToken); }

        public virtual Task FlushAsync() { return Run(Flush); }
        public virtual Task FlushAsync(CancellationToken cancellationToken) { return Run(Flush, cancellationToken); }

        public virtual ValueTask DisposeAsync()
        {
            try { Dispose(); return default; }
            catch (Exception e) { return ValueTask.FromException(e); }
        }
    }
}
