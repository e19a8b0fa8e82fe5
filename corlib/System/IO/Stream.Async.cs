// Stream's asynchronous surface. The base implementations run the synchronous
// operation to completion on the calling thread (Cilantro has one OS thread)
// and hand back a completed task, so a derived stream only has to implement
// Read/Write/Flush; Begin/End wrap the same work in an IAsyncResult.
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace System.IO
{
    public abstract partial class Stream : IAsyncDisposable
    {
        public virtual int ReadTimeout
        {
            get { throw new InvalidOperationException("Timeouts are not supported on this stream."); }
            set { throw new InvalidOperationException("Timeouts are not supported on this stream."); }
        }

        public virtual int WriteTimeout
        {
            get { throw new InvalidOperationException("Timeouts are not supported on this stream."); }
            set { throw new InvalidOperationException("Timeouts are not supported on this stream."); }
        }

        public Task<int> ReadAsync(byte[] buffer, int offset, int count) { return ReadAsync(buffer, offset, count, CancellationToken.None); }

        public virtual Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            CheckArgs(buffer, offset, count);
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<int>(cancellationToken);
            try { return Task.FromResult(Read(buffer, offset, count)); }
            catch (Exception e) { return Task.FromException<int>(e); }
        }

        public virtual ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (cancellationToken.IsCancellationRequested) return ValueTask.FromCanceled<int>(cancellationToken);
            try { return new ValueTask<int>(Read(buffer.Span)); }
            catch (Exception e) { return ValueTask.FromException<int>(e); }
        }

        public Task WriteAsync(byte[] buffer, int offset, int count) { return WriteAsync(buffer, offset, count, CancellationToken.None); }

        public virtual Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            CheckArgs(buffer, offset, count);
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled(cancellationToken);
            try { Write(buffer, offset, count); return Task.CompletedTask; }
            catch (Exception e) { return Task.FromException(e); }
        }

        public virtual ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (cancellationToken.IsCancellationRequested) return ValueTask.FromCanceled(cancellationToken);
            try { Write(buffer.Span); return default; }
            catch (Exception e) { return ValueTask.FromException(e); }
        }

        public Task FlushAsync() { return FlushAsync(CancellationToken.None); }

        public virtual Task FlushAsync(CancellationToken cancellationToken)
        {
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled(cancellationToken);
            try { Flush(); return Task.CompletedTask; }
            catch (Exception e) { return Task.FromException(e); }
        }

        public Task CopyToAsync(Stream destination) { return CopyToAsync(destination, 81920, CancellationToken.None); }
        public Task CopyToAsync(Stream destination, int bufferSize) { return CopyToAsync(destination, bufferSize, CancellationToken.None); }
        public Task CopyToAsync(Stream destination, CancellationToken cancellationToken) { return CopyToAsync(destination, 81920, cancellationToken); }

        public virtual Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken)
        {
            CheckCopyArgs(destination, bufferSize);
            return CopyLoopAsync(destination, new byte[bufferSize], cancellationToken);
        }

        async Task CopyLoopAsync(Stream destination, byte[] buffer, CancellationToken cancellationToken)
        {
            int n;
            while ((n = await ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) != 0)
                await destination.WriteAsync(buffer, 0, n, cancellationToken).ConfigureAwait(false);
        }

        internal void CheckCopyArgs(Stream destination, int bufferSize)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bufferSize);
            if (!CanRead)
            {
                if (!CanWrite) throw new ObjectDisposedException(null, "Cannot access a closed Stream.");
                throw new NotSupportedException("Stream does not support reading.");
            }
            if (!destination.CanWrite)
            {
                if (!destination.CanRead) throw new ObjectDisposedException(null, "Cannot access a closed Stream.");
                throw new NotSupportedException("Stream does not support writing.");
            }
        }

        public virtual ValueTask DisposeAsync()
        {
            try { Dispose(); return default; }
            catch (Exception e) { return ValueTask.FromException(e); }
        }

        public virtual IAsyncResult BeginRead(byte[] buffer, int offset, int count, AsyncCallback callback, object state)
        {
            CheckArgs(buffer, offset, count);
            if (!CanRead) throw new NotSupportedException("Stream does not support reading.");
            var r = new StreamAsyncResult(this, false, state);
            try { r.Bytes = Read(buffer, offset, count); }
            catch (Exception e) { r.Error = ExceptionDispatchInfo.Capture(e); }
            r.Complete(callback);
            return r;
        }

        public virtual int EndRead(IAsyncResult asyncResult)
        {
            StreamAsyncResult r = StreamAsyncResult.End(this, asyncResult, false);
            if (r.Error != null) r.Error.Throw();
            return r.Bytes;
        }

        public virtual IAsyncResult BeginWrite(byte[] buffer, int offset, int count, AsyncCallback callback, object state)
        {
            CheckArgs(buffer, offset, count);
            if (!CanWrite) throw new NotSupportedException("Stream does not support writing.");
            var r = new StreamAsyncResult(this, true, state);
            try { Write(buffer, offset, count); }
            catch (Exception e) { r.Error = ExceptionDispatchInfo.Capture(e); }
            r.Complete(callback);
            return r;
        }

        public virtual void EndWrite(IAsyncResult asyncResult)
        {
            StreamAsyncResult r = StreamAsyncResult.End(this, asyncResult, true);
            if (r.Error != null) r.Error.Throw();
        }

        [Obsolete("CreateWaitHandle has been deprecated. Use the ManualResetEvent(false) constructor instead.")]
        protected virtual WaitHandle CreateWaitHandle() { return new ManualResetEvent(false); }

        [Obsolete("Do not call or override this method.")]
        protected virtual void ObjectInvariant() { }

        public static Stream Synchronized(Stream stream)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            return stream is SyncStream ? stream : new SyncStream(stream);
        }

        private sealed class StreamAsyncResult : IAsyncResult
        {
            private readonly Stream _stream;
            private readonly bool _write;
            private ManualResetEvent _event;
            private bool _ended;
            internal int Bytes;
            internal ExceptionDispatchInfo Error;

            internal StreamAsyncResult(Stream stream, bool write, object state) { _stream = stream; _write = write; AsyncState = state; }

            public object AsyncState { get; }
            public bool CompletedSynchronously { get { return true; } }
            public bool IsCompleted { get { return true; } }
            public WaitHandle AsyncWaitHandle { get { return _event ?? (_event = new ManualResetEvent(true)); } }

            internal void Complete(AsyncCallback callback) { if (callback != null) callback(this); }

            internal static StreamAsyncResult End(Stream stream, IAsyncResult asyncResult, bool write)
            {
                if (asyncResult == null) throw new ArgumentNullException("asyncResult");
                var r = asyncResult as StreamAsyncResult;
                const string wrong = "Either the IAsyncResult object did not come from the corresponding async method on this type, or the End method was called multiple times with the same IAsyncResult.";
                if (r == null || r._stream != stream || r._write != write) throw new ArgumentException(wrong);
                if (r._ended) throw new InvalidOperationException(wrong);
                r._ended = true;
                return r;
            }
        }
    }
}
