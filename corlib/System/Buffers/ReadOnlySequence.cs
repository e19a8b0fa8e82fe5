// System.Buffers.ReadOnlySequence<T>: a read-only run of T over one memory
// block or a chain of ReadOnlySequenceSegment<T>; SequencePosition marks a
// place in it (a segment and an index into its memory). Arrays and single
// memories become a one-segment chain.
namespace System
{
    public readonly struct SequencePosition : IEquatable<SequencePosition>
    {
        private readonly object? _object;
        private readonly int _integer;

        public SequencePosition(object? @object, int integer)
        {
            _object = @object;
            _integer = integer;
        }

        public object? GetObject() => _object;
        public int GetInteger() => _integer;
        public bool Equals(SequencePosition other) => _integer == other._integer && Equals(_object, other._object);
        public override bool Equals(object? obj) => obj is SequencePosition other && Equals(other);
        public override int GetHashCode() => HashCode.Combine(_object, _integer);
    }
}

namespace System.Buffers
{
    public abstract class ReadOnlySequenceSegment<T>
    {
        public ReadOnlyMemory<T> Memory { get; protected set; }
        public ReadOnlySequenceSegment<T>? Next { get; protected set; }
        public long RunningIndex { get; protected set; }
    }

    public readonly struct ReadOnlySequence<T>
    {
        private sealed class SingleSegment : ReadOnlySequenceSegment<T>
        {
            public SingleSegment(ReadOnlyMemory<T> memory) { Memory = memory; }
        }

        private readonly ReadOnlySequenceSegment<T>? _startSegment;
        private readonly int _startIndex;
        private readonly ReadOnlySequenceSegment<T>? _endSegment;
        private readonly int _endIndex;

        public static readonly ReadOnlySequence<T> Empty = new ReadOnlySequence<T>(Array.Empty<T>());

        public ReadOnlySequence(ReadOnlySequenceSegment<T> startSegment, int startIndex, ReadOnlySequenceSegment<T> endSegment, int endIndex)
        {
            if (startSegment == null) throw new ArgumentNullException(nameof(startSegment));
            if (endSegment == null) throw new ArgumentNullException(nameof(endSegment));
            if ((uint)startIndex > (uint)startSegment.Memory.Length) throw new ArgumentOutOfRangeException(nameof(startIndex));
            if ((uint)endIndex > (uint)endSegment.Memory.Length) throw new ArgumentOutOfRangeException(nameof(endIndex));
            if (startSegment == endSegment && endIndex < startIndex) throw new ArgumentOutOfRangeException(nameof(endIndex));
            if (startSegment.RunningIndex + startIndex > endSegment.RunningIndex + endIndex) throw new ArgumentOutOfRangeException(nameof(startIndex));
            _startSegment = startSegment;
            _startIndex = startIndex;
            _endSegment = endSegment;
            _endIndex = endIndex;
        }

        public ReadOnlySequence(T[] array) : this(new ReadOnlyMemory<T>(array ?? throw new ArgumentNullException(nameof(array)))) { }

        public ReadOnlySequence(T[] array, int start, int length) : this(new ReadOnlyMemory<T>(array ?? throw new ArgumentNullException(nameof(array)), start, length)) { }

        public ReadOnlySequence(ReadOnlyMemory<T> memory)
        {
            var segment = new SingleSegment(memory);
            _startSegment = segment;
            _startIndex = 0;
            _endSegment = segment;
            _endIndex = memory.Length;
        }

        private ReadOnlySequence(ReadOnlySequenceSegment<T>? start, int startIndex, ReadOnlySequenceSegment<T>? end, int endIndex, bool unchecked_)
        {
            _startSegment = start;
            _startIndex = startIndex;
            _endSegment = end;
            _endIndex = endIndex;
        }

        public long Length => _startSegment == null ? 0 : (_endSegment!.RunningIndex + _endIndex) - (_startSegment.RunningIndex + _startIndex);
        public bool IsEmpty => Length == 0;
        public bool IsSingleSegment => _startSegment == _endSegment;
        public ReadOnlyMemory<T> First => _startSegment == null ? default
            : _startSegment == _endSegment ? _startSegment.Memory.Slice(_startIndex, _endIndex - _startIndex)
            : _startSegment.Memory.Slice(_startIndex);
        public ReadOnlySpan<T> FirstSpan => First.Span;
        public SequencePosition Start => new SequencePosition(_startSegment, _startIndex);
        public SequencePosition End => new SequencePosition(_endSegment, _endIndex);

        private long Absolute(SequencePosition position)
        {
            var segment = position.GetObject() as ReadOnlySequenceSegment<T>;
            if (segment == null) return _startSegment == null ? 0 : _startSegment.RunningIndex + position.GetInteger();
            return segment.RunningIndex + position.GetInteger();
        }

        private long StartAbsolute => _startSegment == null ? 0 : _startSegment.RunningIndex + _startIndex;

        // The position offset elements after the start (offset in [0, Length]).
        private SequencePosition Seek(long offset)
        {
            if (offset < 0 || offset > Length) throw new ArgumentOutOfRangeException(nameof(offset));
            if (_startSegment == null) return default;
            ReadOnlySequenceSegment<T> segment = _startSegment;
            long index = _startIndex + offset;
            while (true)
            {
                int available = segment == _endSegment ? _endIndex : segment.Memory.Length;
                if (index <= available && (index < available || segment == _endSegment || segment.Next == null))
                    return new SequencePosition(segment, (int)index);
                index -= segment.Memory.Length;
                segment = segment.Next!;
            }
        }

        private ReadOnlySequence<T> Between(SequencePosition start, SequencePosition end)
        {
            long s = Absolute(start) - StartAbsolute, e = Absolute(end) - StartAbsolute;
            if (s < 0 || s > Length) throw new ArgumentOutOfRangeException("start");
            if (e < s || e > Length) throw new ArgumentOutOfRangeException("end");
            var startSeg = (ReadOnlySequenceSegment<T>?)start.GetObject() ?? _startSegment;
            var endSeg = (ReadOnlySequenceSegment<T>?)end.GetObject() ?? _startSegment;
            return new ReadOnlySequence<T>(startSeg, start.GetInteger(), endSeg, end.GetInteger(), true);
        }

        public ReadOnlySequence<T> Slice(long start, long length)
        {
            if (start < 0 || start > Length) throw new ArgumentOutOfRangeException(nameof(start));
            if (length < 0 || start + length > Length) throw new ArgumentOutOfRangeException(nameof(length));
            return Between(Seek(start), Seek(start + length));
        }
        public ReadOnlySequence<T> Slice(long start, SequencePosition end) => Between(Seek(start), end);
        public ReadOnlySequence<T> Slice(SequencePosition start, long length) => Slice(Absolute(start) - StartAbsolute, length);
        public ReadOnlySequence<T> Slice(int start, int length) => Slice((long)start, (long)length);
        public ReadOnlySequence<T> Slice(int start, SequencePosition end) => Slice((long)start, end);
        public ReadOnlySequence<T> Slice(SequencePosition start, int length) => Slice(start, (long)length);
        public ReadOnlySequence<T> Slice(SequencePosition start, SequencePosition end) => Between(start, end);
        public ReadOnlySequence<T> Slice(SequencePosition start) => Between(start, End);
        public ReadOnlySequence<T> Slice(long start) => Slice(start, Length - start);

        public SequencePosition GetPosition(long offset) => Seek(offset);
        public SequencePosition GetPosition(long offset, SequencePosition origin) => Seek(Absolute(origin) - StartAbsolute + offset);
        public long GetOffset(SequencePosition position) => Absolute(position) - (_startSegment == null ? 0 : _startSegment.RunningIndex);

        public bool TryGet(ref SequencePosition position, out ReadOnlyMemory<T> memory, bool advance = true)
        {
            var segment = position.GetObject() as ReadOnlySequenceSegment<T>;
            if (segment == null || _startSegment == null)
            {
                memory = default;
                return false;
            }
            int end = segment == _endSegment ? _endIndex : segment.Memory.Length;
            memory = segment.Memory.Slice(position.GetInteger(), end - position.GetInteger());
            if (advance)
                position = segment == _endSegment || segment.Next == null ? default : new SequencePosition(segment.Next, 0);
            return true;
        }

        public Enumerator GetEnumerator() => new Enumerator(this);

        public override string ToString()
        {
            if (typeof(T) == typeof(char))
            {
                var sb = new System.Text.StringBuilder();
                foreach (ReadOnlyMemory<T> m in this) sb.Append(((ReadOnlyMemory<char>)(object)m).Span);
                return sb.ToString();
            }
            return "System.Buffers.ReadOnlySequence<" + typeof(T).Name + ">[" + Length + "]";
        }

        public struct Enumerator
        {
            private readonly ReadOnlySequence<T> _sequence;
            private SequencePosition _next;
            private ReadOnlyMemory<T> _current;

            public Enumerator(in ReadOnlySequence<T> sequence)
            {
                _sequence = sequence;
                _next = sequence.Start;
                _current = default;
            }

            public ReadOnlyMemory<T> Current => _current;
            public bool MoveNext() => _next.GetObject() != null && _sequence.TryGet(ref _next, out _current);
        }
    }

    public static partial class BuffersExtensions
    {
        public static SequencePosition? PositionOf<T>(in this ReadOnlySequence<T> source, T value) where T : IEquatable<T>?
        {
            long offset = 0;
            foreach (ReadOnlyMemory<T> m in source)
            {
                ReadOnlySpan<T> span = m.Span;
                for (int i = 0; i < span.Length; i++)
                    if (span[i] == null ? value == null : span[i]!.Equals(value)) return source.GetPosition(offset + i);
                offset += span.Length;
            }
            return null;
        }

        public static void CopyTo<T>(in this ReadOnlySequence<T> source, Span<T> destination)
        {
            if (source.Length > destination.Length) throw new ArgumentException("Destination is too short.", nameof(destination));
            int at = 0;
            foreach (ReadOnlyMemory<T> m in source)
            {
                m.Span.CopyTo(destination.Slice(at));
                at += m.Length;
            }
        }

        public static T[] ToArray<T>(in this ReadOnlySequence<T> sequence)
        {
            var array = new T[sequence.Length];
            sequence.CopyTo(array);
            return array;
        }
    }
}
