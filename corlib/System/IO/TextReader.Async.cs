// TextReader's asynchronous surface: each call runs the synchronous read to
// completion and returns a completed task (a derived reader only implements
// Read/Peek), as StreamReader/StringReader inherit it.
using System.Threading;
using System.Threading.Tasks;

namespace System.IO
{
    public abstract partial class TextReader
    {
        static void CheckBuffer(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }

        public virtual Task<int> ReadAsync(char[] buffer, int index, int count)
        {
            CheckBuffer(buffer, index, count);
            try { return Task.FromResult(Read(buffer, index, count)); }
            catch (Exception e) { return Task.FromException<int>(e); }
        }

        public virtual ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
        {
            if (cancellationToken.IsCancellationRequested) return ValueTask.FromCanceled<int>(cancellationToken);
            try
            {
                char[] tmp = new char[buffer.Length];
                int n = Read(tmp, 0, tmp.Length);
                new ReadOnlySpan<char>(tmp, 0, n).CopyTo(buffer.Span);
                return new ValueTask<int>(n);
            }
            catch (Exception e) { return ValueTask.FromException<int>(e); }
        }

        public virtual Task<int> ReadBlockAsync(char[] buffer, int index, int count)
        {
            CheckBuffer(buffer, index, count);
            try { return Task.FromResult(ReadBlock(buffer, index, count)); }
            catch (Exception e) { return Task.FromException<int>(e); }
        }

        public virtual ValueTask<int> ReadBlockAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
        {
            if (cancellationToken.IsCancellationRequested) return ValueTask.FromCanceled<int>(cancellationToken);
            try
            {
                char[] tmp = new char[buffer.Length];
                int n = ReadBlock(tmp, 0, tmp.Length);
                new ReadOnlySpan<char>(tmp, 0, n).CopyTo(buffer.Span);
                return new ValueTask<int>(n);
            }
            catch (Exception e) { return ValueTask.FromException<int>(e); }
        }

        public virtual Task<string> ReadLineAsync()
        {
            try { return Task.FromResult(ReadLine()); }
            catch (Exception e) { return Task.FromException<string>(e); }
        }

        public virtual ValueTask<string> ReadLineAsync(CancellationToken cancellationToken)
        {
            if (cancellationToken.IsCancellationRequested) return ValueTask.FromCanceled<string>(cancellationToken);
            try { return new ValueTask<string>(ReadLine()); }
            catch (Exception e) { return ValueTask.FromException<string>(e); }
        }

        public virtual Task<string> ReadToEndAsync()
        {
            try { return Task.FromResult(ReadToEnd()); }
            catch (Exception e) { return Task.FromException<string>(e); }
        }

        public virtual Task<string> ReadToEndAsync(CancellationToken cancellationToken)
        {
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<string>(cancellationToken);
            return ReadToEndAsync();
        }
    }
}
