// System.Threading.Channels: the public face. Channel<T> pairs a reader and a
// writer over one store of items; Channel.Create* picks the store (FIFO
// bounded or unbounded, or a priority heap). A capacity of 0 makes a
// rendezvous channel: a write completes only when a reader takes its item.
// The work is in QueueChannel.cs.
using System.Collections.Generic;
using System.Threading.Tasks;

namespace System.Threading.Channels
{
    public enum BoundedChannelFullMode
    {
        Wait = 0,
        DropNewest = 1,
        DropOldest = 2,
        DropWrite = 3,
    }

    public abstract class ChannelOptions
    {
        protected ChannelOptions() { }
        public bool SingleWriter { get; set; }
        public bool SingleReader { get; set; }
        public bool AllowSynchronousContinuations { get; set; }
    }

    public sealed class UnboundedChannelOptions : ChannelOptions
    {
    }

    public sealed class UnboundedPrioritizedChannelOptions<T> : ChannelOptions
    {
        public IComparer<T> Comparer { get; set; }
    }

    public sealed class BoundedChannelOptions : ChannelOptions
    {
        private int _capacity;
        private BoundedChannelFullMode _mode = BoundedChannelFullMode.Wait;

        public BoundedChannelOptions(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity");
            _capacity = capacity;
        }

        public int Capacity
        {
            get { return _capacity; }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value");
                _capacity = value;
            }
        }

        public BoundedChannelFullMode FullMode
        {
            get { return _mode; }
            set
            {
                if (value < BoundedChannelFullMode.Wait || value > BoundedChannelFullMode.DropWrite)
                    throw new ArgumentOutOfRangeException("value");
                _mode = value;
            }
        }
    }

    public class ChannelClosedException : InvalidOperationException
    {
        public ChannelClosedException() : base("The channel has been closed.") { }
        public ChannelClosedException(string message) : base(message) { }
        public ChannelClosedException(Exception innerException) : base("The channel has been closed.", innerException) { }
        public ChannelClosedException(string message, Exception innerException) : base(message, innerException) { }
    }

    public abstract class ChannelReader<T>
    {
        protected ChannelReader() { }

        public virtual Task Completion { get { return ChannelErrors.NeverCompletes; } }
        public virtual bool CanCount { get { return false; } }
        public virtual bool CanPeek { get { return false; } }
        public virtual int Count { get { throw new NotSupportedException(); } }

        public abstract bool TryRead(out T item);
        public abstract ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default(CancellationToken));

        public virtual bool TryPeek(out T item)
        {
            item = default(T);
            return false;
        }

        public virtual ValueTask<T> ReadAsync(CancellationToken cancellationToken = default(CancellationToken))
        {
            if (cancellationToken.IsCancellationRequested) return new ValueTask<T>(Task.FromCanceled<T>(cancellationToken));
            T item;
            if (TryRead(out item)) return new ValueTask<T>(item);
            return new ValueTask<T>(ReadSlowly(cancellationToken));
        }

        private async Task<T> ReadSlowly(CancellationToken cancellationToken)
        {
            while (true)
            {
                if (!await WaitToReadAsync(cancellationToken).ConfigureAwait(false)) throw new ChannelClosedException();
                T item;
                if (TryRead(out item)) return item;
            }
        }

        public virtual async IAsyncEnumerable<T> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default(CancellationToken))
        {
            while (await WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                T item;
                while (TryRead(out item)) yield return item;
            }
        }
    }

    public abstract class ChannelWriter<T>
    {
        protected ChannelWriter() { }

        public virtual bool TryComplete(Exception error = null) { return false; }
        public abstract bool TryWrite(T item);
        public abstract ValueTask<bool> WaitToWriteAsync(CancellationToken cancellationToken = default(CancellationToken));

        public void Complete(Exception error = null)
        {
            if (!TryComplete(error)) throw new ChannelClosedException();
        }

        public virtual ValueTask WriteAsync(T item, CancellationToken cancellationToken = default(CancellationToken))
        {
            if (cancellationToken.IsCancellationRequested) return new ValueTask(Task.FromCanceled(cancellationToken));
            if (TryWrite(item)) return default(ValueTask);
            return new ValueTask(WriteSlowly(item, cancellationToken));
        }

        private async Task WriteSlowly(T item, CancellationToken cancellationToken)
        {
            while (await WaitToWriteAsync(cancellationToken).ConfigureAwait(false))
            {
                if (TryWrite(item)) return;
            }
            throw new ChannelClosedException();
        }
    }

    public abstract class Channel<TWrite, TRead>
    {
        protected Channel() { }

        public ChannelReader<TRead> Reader { get; protected set; }
        public ChannelWriter<TWrite> Writer { get; protected set; }

        public static implicit operator ChannelReader<TRead>(Channel<TWrite, TRead> channel) { return channel.Reader; }
        public static implicit operator ChannelWriter<TWrite>(Channel<TWrite, TRead> channel) { return channel.Writer; }
    }

    public abstract class Channel<T> : Channel<T, T>
    {
        protected Channel() { }
    }

    public static class Channel
    {
        public static Channel<T> CreateUnbounded<T>()
        {
            return new QueueChannel<T>(new FifoStore<T>(), int.MaxValue, BoundedChannelFullMode.Wait, null, false);
        }

        public static Channel<T> CreateUnbounded<T>(UnboundedChannelOptions options)
        {
            if (options == null) throw new ArgumentNullException("options");
            return new QueueChannel<T>(new FifoStore<T>(), int.MaxValue, BoundedChannelFullMode.Wait, null, options.AllowSynchronousContinuations);
        }

        public static Channel<T> CreateUnboundedPrioritized<T>()
        {
            return new QueueChannel<T>(new PriorityStore<T>(null), int.MaxValue, BoundedChannelFullMode.Wait, null, false);
        }

        public static Channel<T> CreateUnboundedPrioritized<T>(UnboundedPrioritizedChannelOptions<T> options)
        {
            if (options == null) throw new ArgumentNullException("options");
            return new QueueChannel<T>(new PriorityStore<T>(options.Comparer), int.MaxValue, BoundedChannelFullMode.Wait, null, options.AllowSynchronousContinuations);
        }

        public static Channel<T> CreateBounded<T>(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity");
            return new QueueChannel<T>(new FifoStore<T>(), capacity, BoundedChannelFullMode.Wait, null, false);
        }

        public static Channel<T> CreateBounded<T>(BoundedChannelOptions options)
        {
            return CreateBounded<T>(options, null);
        }

        public static Channel<T> CreateBounded<T>(BoundedChannelOptions options, Action<T> itemDropped)
        {
            if (options == null) throw new ArgumentNullException("options");
            return new QueueChannel<T>(new FifoStore<T>(), options.Capacity, options.FullMode, itemDropped, options.AllowSynchronousContinuations);
        }
    }

    internal static class ChannelErrors
    {
        // Completed without an error: marks _doneWriting apart from null (still open).
        internal static readonly Exception DoneWriting = new Exception("done writing");

        internal static readonly Task NeverCompletes = new TaskCompletionSource<bool>().Task;

        // What ReadAsync on a completed channel gives: canceled when it was
        // completed with an OperationCanceledException.
        internal static Task<T> ReadAfterCompletion<T>(Exception doneWriting)
        {
            OperationCanceledException oce = doneWriting as OperationCanceledException;
            if (oce != null)
                return Task.FromCanceled<T>(oce.CancellationToken.IsCancellationRequested ? oce.CancellationToken : new CancellationToken(true));
            return Task.FromException<T>(ForCompletion(doneWriting));
        }

        // What a read or write on a completed channel throws.
        internal static Exception ForCompletion(Exception inner)
        {
            if (inner is OperationCanceledException) return inner;
            if (inner != null && inner != DoneWriting) return new ChannelClosedException(inner);
            return new ChannelClosedException();
        }
    }
}
