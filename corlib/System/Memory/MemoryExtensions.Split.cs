// Splitting spans without allocating: .NET 8's Split/SplitAny that write the
// pieces of a ReadOnlySpan<char> as Ranges into a Span<Range> (string.Split's
// rules: the last range holds the rest when the destination is full, options
// trim and drop empty pieces), and .NET 9's SpanSplitEnumerator<T>, which
// yields every piece's Range in turn.
using System.Buffers;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace System
{
    public static partial class MemoryExtensions
    {
        // How the next separator is found.
        private const byte SplitSingle = 0, SplitSequence = 1, SplitWholeSource = 2, SplitAnyOf = 3,
                           SplitSearchValues = 4, SplitWhiteSpace = 5, SplitStrings = 6;

        public ref struct SpanSplitEnumerator<T> : IEnumerator<Range> where T : IEquatable<T>
        {
            private readonly ReadOnlySpan<T> _source;
            private readonly ReadOnlySpan<T> _separators;
            private readonly T _separator;
            private readonly SearchValues<T> _values;
            private readonly byte _mode;
            private int _startCurrent, _endCurrent, _startNext;

            internal SpanSplitEnumerator(ReadOnlySpan<T> source, byte mode, T separator, ReadOnlySpan<T> separators, SearchValues<T> values)
            {
                _source = source;
                _mode = mode;
                _separator = separator;
                _separators = separators;
                _values = values;
                _startCurrent = _endCurrent = _startNext = 0;
            }

            public ReadOnlySpan<T> Source => _source;
            public Range Current => new Range(_startCurrent, _endCurrent);
            object IEnumerator.Current => Current;
            public SpanSplitEnumerator<T> GetEnumerator() => this;

            public bool MoveNext()
            {
                if (_startNext > _source.Length) return false;
                ReadOnlySpan<T> rest = _source.Slice(_startNext);
                int at, length = 1;
                switch (_mode)
                {
                    case SplitSingle: at = rest.IndexOf(_separator); break;
                    case SplitSequence: at = rest.IndexOf(_separators); length = _separators.Length; break;
                    case SplitAnyOf: at = rest.IndexOfAny(_separators); break;
                    case SplitSearchValues: at = rest.IndexOfAny(_values); break;
                    case SplitWhiteSpace: at = IndexOfWhiteSpace(rest); break;
                    default: at = -1; break;
                }
                _startCurrent = _startNext;
                if (at < 0)
                {
                    _endCurrent = _source.Length;
                    _startNext = _source.Length + 1;
                }
                else
                {
                    _endCurrent = _startNext + at;
                    _startNext = _endCurrent + length;
                }
                return true;
            }

            void IEnumerator.Reset() => throw new NotSupportedException();
            void IDisposable.Dispose() { }

            private static int IndexOfWhiteSpace(ReadOnlySpan<T> span)
            {
                for (int i = 0; i < span.Length; i++)
                    if (char.IsWhiteSpace((char)(object)span[i])) return i;
                return -1;
            }
        }

        public static SpanSplitEnumerator<T> Split<T>(this ReadOnlySpan<T> source, T separator) where T : IEquatable<T>
            => new SpanSplitEnumerator<T>(source, SplitSingle, separator, default, null);

        public static SpanSplitEnumerator<T> Split<T>(this ReadOnlySpan<T> source, ReadOnlySpan<T> separator) where T : IEquatable<T>
            => new SpanSplitEnumerator<T>(source, separator.IsEmpty ? SplitWholeSource : SplitSequence, default, separator, null);

        // No separators means white space, as in string.Split, when T is char.
        public static SpanSplitEnumerator<T> SplitAny<T>(this ReadOnlySpan<T> source, [UnscopedRef] params ReadOnlySpan<T> separators) where T : IEquatable<T>
            => new SpanSplitEnumerator<T>(source, separators.IsEmpty && typeof(T) == typeof(char) ? SplitWhiteSpace : SplitAnyOf,
                                          default, separators, null);

        public static SpanSplitEnumerator<T> SplitAny<T>(this ReadOnlySpan<T> source, SearchValues<T> separators) where T : IEquatable<T>
        {
            if (separators == null) throw new ArgumentNullException(nameof(separators));
            return new SpanSplitEnumerator<T>(source, SplitSearchValues, default, default, separators);
        }

        public static int Split(this ReadOnlySpan<char> source, Span<Range> destination, char separator, StringSplitOptions options = StringSplitOptions.None)
            => SplitRanges(source, destination, SplitSingle, separator, default, default, options);

        public static int Split(this ReadOnlySpan<char> source, Span<Range> destination, ReadOnlySpan<char> separator, StringSplitOptions options = StringSplitOptions.None)
            => SplitRanges(source, destination, separator.IsEmpty ? SplitWholeSource : SplitSequence, '\0', separator, default, options);

        public static int SplitAny(this ReadOnlySpan<char> source, Span<Range> destination, ReadOnlySpan<char> separators, StringSplitOptions options = StringSplitOptions.None)
            => SplitRanges(source, destination, separators.IsEmpty ? SplitWhiteSpace : SplitAnyOf, '\0', separators, default, options);

        public static int SplitAny(this ReadOnlySpan<char> source, Span<Range> destination, ReadOnlySpan<string> separators, StringSplitOptions options = StringSplitOptions.None)
            => SplitRanges(source, destination, separators.IsEmpty ? SplitWhiteSpace : SplitStrings, '\0', default, separators, options);

        // Where the next separator at or after `from` starts (-1: none) and how long it is.
        private static int NextSeparator(ReadOnlySpan<char> source, int from, byte mode, char single, ReadOnlySpan<char> chars,
                                         ReadOnlySpan<string> strings, out int length)
        {
            length = 1;
            ReadOnlySpan<char> rest = source.Slice(from);
            int at;
            switch (mode)
            {
                case SplitSingle: at = rest.IndexOf(single); break;
                case SplitSequence: at = rest.IndexOf(chars); length = chars.Length; break;
                case SplitAnyOf: at = rest.IndexOfAny(chars); break;
                case SplitWhiteSpace:
                    at = -1;
                    for (int i = 0; i < rest.Length; i++) if (char.IsWhiteSpace(rest[i])) { at = i; break; }
                    break;
                case SplitStrings:
                    // At each position the first separator in the list that matches wins.
                    for (int i = 0; i < rest.Length; i++)
                        foreach (string s in strings)
                            if (!string.IsNullOrEmpty(s) && rest.Slice(i).StartsWith(s.AsSpan()))
                            {
                                length = s.Length;
                                return from + i;
                            }
                    return -1;
                default: return -1;
            }
            return at < 0 ? -1 : from + at;
        }

        private static Range SplitPiece(ReadOnlySpan<char> source, int start, int end, bool trim)
        {
            if (trim)
            {
                while (start < end && char.IsWhiteSpace(source[start])) start++;
                while (end > start && char.IsWhiteSpace(source[end - 1])) end--;
            }
            return new Range(start, end);
        }

        private static bool IsEmptyPiece(Range r) => r.Start.Value == r.End.Value;

        private static int SplitRanges(ReadOnlySpan<char> source, Span<Range> destination, byte mode, char single,
                                       ReadOnlySpan<char> chars, ReadOnlySpan<string> strings, StringSplitOptions options)
        {
            if ((options & ~(StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) != 0)
                throw new ArgumentException("Value of flags is invalid.", "options");
            if (destination.IsEmpty) return 0;
            bool removeEmpty = (options & StringSplitOptions.RemoveEmptyEntries) != 0;
            bool trim = (options & StringSplitOptions.TrimEntries) != 0;
            int written = 0, current = 0;
            if (mode != SplitWholeSource && destination.Length > 1)
            {
                while (true)
                {
                    int at = NextSeparator(source, current, mode, single, chars, strings, out int length);
                    if (at < 0) break;
                    Range piece = SplitPiece(source, current, at, trim);
                    if (!removeEmpty || !IsEmptyPiece(piece)) destination[written++] = piece;
                    current = at + length;
                    if (written == destination.Length - 1)
                    {
                        // The rest goes in the last range; dropping empty pieces skips the ones it starts with.
                        while (removeEmpty)
                        {
                            int next = NextSeparator(source, current, mode, single, chars, strings, out int nextLength);
                            if (next < 0 || !IsEmptyPiece(SplitPiece(source, current, next, trim))) break;
                            current = next + nextLength;
                        }
                        break;
                    }
                }
            }
            Range last = SplitPiece(source, current, source.Length, trim);
            if (!removeEmpty || !IsEmptyPiece(last)) destination[written++] = last;
            return written;
        }
    }
}
