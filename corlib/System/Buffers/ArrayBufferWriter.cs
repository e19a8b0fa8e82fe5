// System.Buffers.IBufferWriter<T> and ArrayBufferWriter<T>: a growable array
// written through GetSpan/GetMemory + Advance.
namespace System.Buffers
{
    public interface IBufferWriter<T>
    {
        void Advance(int count);
        Memory<T> GetMemory(int sizeHint = 0);
        Span<T> GetSpan(int sizeHint = 0);
    }

    public enum OperationStatus { Done = 0, DestinationTooSmall = 1, NeedMoreData = 2, InvalidData = 3 }

    public sealed class ArrayBufferWriter<T> : IBufferWriter<T>
    {
        private const int DefaultInitialBufferSize = 256;
        private const int MaxArrayLength = 0x7FFFFFC7;
        private T[] _buffer;
        private int _index;

        public ArrayBufferWriter() { _buffer = Array.Empty<T>(); _index = 0; }

        public ArrayBufferWriter(int initialCapacity)
        {
            if (initialCapacity <= 0) throw new ArgumentException("Value does not fall within the expected range.", nameof(initialCapacity));
            _buffer = new T[initialCapacity];
            _index = 0;
        }

        public ReadOnlyMemory<T> WrittenMemory => _buffer.AsMemory(0, _index);
        public ReadOnlySpan<T> WrittenSpan => _buffer.AsSpan(0, _index);
        public int WrittenCount => _index;
        public int Capacity => _buffer.Length;
        public int FreeCapacity => _buffer.Length - _index;

        public void Clear()
        {
            _buffer.AsSpan(0, _index).Clear();
            _index = 0;
        }

        public void ResetWrittenCount() => _index = 0;

        public void Advance(int count)
        {
            if (count < 0) throw new ArgumentException("Value does not fall within the expected range.", nameof(count));
            if (_index > _buffer.Length - count)
                throw new InvalidOperationException("Cannot advance past the end of the buffer, which has a size of " + _buffer.Length.ToString() + ".");
            _index += count;
        }

        public Memory<T> GetMemory(int sizeHint = 0)
        {
            Grow(sizeHint);
            return _buffer.AsMemory(_index);
        }

        public Span<T> GetSpan(int sizeHint = 0)
        {
            Grow(sizeHint);
            return _buffer.AsSpan(_index);
        }

        // Makes room for sizeHint more elements (at least one), at least
        // doubling the array (256 elements the first time).
        private void Grow(int sizeHint)
        {
            if (sizeHint < 0) throw new ArgumentException("Value does not fall within the expected range.", nameof(sizeHint));
            if (sizeHint == 0) sizeHint = 1;
            if (sizeHint <= FreeCapacity) return;
            int length = _buffer.Length;
            int growBy = Math.Max(sizeHint, length);
            if (length == 0) growBy = Math.Max(growBy, DefaultInitialBufferSize);
            long newSize = (long)length + growBy;
            if (newSize > MaxArrayLength)
            {
                long needed = (long)length - FreeCapacity + sizeHint;
                if (needed > MaxArrayLength) throw new OutOfMemoryException();
                newSize = MaxArrayLength;
            }
            Array.Resize(ref _buffer, (int)newSize);
        }
    }

    public static partial class BuffersExtensions
    {
        public static void Write<T>(this IBufferWriter<T> writer, ReadOnlySpan<T> value)
        {
            if (writer == null) throw new ArgumentNullException(nameof(writer));
            Span<T> destination = writer.GetSpan();
            if (value.Length <= destination.Length)
            {
                value.CopyTo(destination);
                writer.Advance(value.Length);
                return;
            }
            // fill what the writer offers, then ask for more (no size hint) until done
            while (true)
            {
                int n = Math.Min(destination.Length, value.Length);
                value.Slice(0, n).CopyTo(destination);
                writer.Advance(n);
                value = value.Slice(n);
                if (value.Length == 0) return;
                destination = writer.GetSpan();
                if (destination.IsEmpty) throw new ArgumentOutOfRangeException(nameof(writer), "Cannot write to the IBufferWriter<T> because it returned an empty buffer.");
            }
        }
    }
}
