// The members that hand out runes and text chunks: string.EnumerateRunes,
// the span EnumerateRunes extensions and StringBuilder.GetChunks (one chunk:
// this StringBuilder keeps its text in a single array).
using System.Text;

namespace System
{
    public sealed partial class String
    {
        public StringRuneEnumerator EnumerateRunes() { return new StringRuneEnumerator(this); }
    }

    public static partial class MemoryExtensions
    {
        public static SpanRuneEnumerator EnumerateRunes(this ReadOnlySpan<char> span) { return new SpanRuneEnumerator(span); }
        public static SpanRuneEnumerator EnumerateRunes(this Span<char> span) { return new SpanRuneEnumerator(span); }
    }
}

namespace System.Text
{
    public sealed partial class StringBuilder
    {
        public ChunkEnumerator GetChunks() { return new ChunkEnumerator(this); }

        public struct ChunkEnumerator
        {
            private readonly StringBuilder _sb;
            private int _state;

            internal ChunkEnumerator(StringBuilder sb) { _sb = sb; _state = 0; }

            public ChunkEnumerator GetEnumerator() { return this; }

            public bool MoveNext()
            {
                if (_state > 0) return false;
                _state = 1;
                return true;
            }

            public ReadOnlyMemory<char> Current
            {
                get { return new ReadOnlyMemory<char>(_sb._chars, 0, _sb._length); }
            }
        }
    }
}
