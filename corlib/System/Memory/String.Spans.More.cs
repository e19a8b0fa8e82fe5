// More span members of string and StringBuilder: concatenation of spans,
// string.Create, copying into spans, inserting and comparing spans.
using System.Buffers;

namespace System.Buffers
{
    public delegate void SpanAction<T, in TArg>(Span<T> span, TArg arg) where TArg : allows ref struct;
    public delegate void ReadOnlySpanAction<T, in TArg>(ReadOnlySpan<T> span, TArg arg) where TArg : allows ref struct;
}

namespace System
{
    public sealed partial class String
    {
        public static string Create<TState>(int length, TState state, SpanAction<char, TState> action) where TState : allows ref struct
        {
            if (action == null) throw new ArgumentNullException(nameof(action));
            if (length <= 0)
            {
                if (length == 0) return Empty;
                throw new ArgumentOutOfRangeException(nameof(length), "Non-negative number required.");
            }
            string s = FastAllocateString(length);
            action(new Span<char>(ref s._firstChar, length), state);
            return s;
        }

        public void CopyTo(Span<char> destination)
        {
            if (!TryCopyTo(destination)) ThrowHelpers.DestinationTooShort();
        }

        public bool TryCopyTo(Span<char> destination) => new ReadOnlySpan<char>(ref _firstChar, Length).TryCopyTo(destination);

        public static int GetHashCode(ReadOnlySpan<char> value) => OrdinalHash(value);

        // The same FNV-1a over the UTF-16 code units as the String.GetHashCode internal call.
        internal static int OrdinalHash(ReadOnlySpan<char> value)
        {
            uint h = 2166136261u;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                h = (h ^ (uint)(c & 0xFF)) * 16777619u;
                h = (h ^ (uint)(c >> 8)) * 16777619u;
            }
            return (int)h;
        }
        public static int GetHashCode(ReadOnlySpan<char> value, StringComparison comparisonType) =>
            StringComparer.FromComparison(comparisonType).GetHashCode(new string(value));
    }
}

namespace System.Text
{
    public sealed partial class StringBuilder
    {
        public StringBuilder Append(ReadOnlyMemory<char> value) => Append(value.Span);
        public StringBuilder Insert(int index, ReadOnlySpan<char> value) => Insert(index, new string(value));

        public void CopyTo(int sourceIndex, Span<char> destination, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), "Non-negative number required.");
            if ((uint)sourceIndex > (uint)Length) throw new ArgumentOutOfRangeException(nameof(sourceIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (sourceIndex > Length - count) throw new ArgumentException("Source string was not long enough. Check sourceIndex and count.");
            if (destination.Length < count) ThrowHelpers.DestinationTooShort();
            for (int i = 0; i < count; i++) destination[i] = this[sourceIndex + i];
        }

        public bool Equals(ReadOnlySpan<char> span)
        {
            if (span.Length != Length) return false;
            for (int i = 0; i < span.Length; i++) if (this[i] != span[i]) return false;
            return true;
        }
    }
}

namespace System
{
    public sealed partial class String
    {
        // `fixed (char* p = str)` in C# 7.3+ and span helpers bind to this; nothing moves, so the reference stays put.
        [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
        public ref readonly char GetPinnableReference() { return ref _firstChar; }
    }
}
