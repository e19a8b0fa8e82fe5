// System.Range: a pair of Index values (C# `a..b`).
namespace System
{
    public readonly struct Range : IEquatable<Range>
    {
        public Index Start { get; }
        public Index End { get; }

        public Range(Index start, Index end)
        {
            Start = start;
            End = end;
        }

        public static Range All { get { return new Range(Index.Start, Index.End); } }
        public static Range StartAt(Index start) { return new Range(start, Index.End); }
        public static Range EndAt(Index end) { return new Range(Index.Start, end); }

        public override bool Equals(object value)
        {
            return value is Range r && r.Start.Equals(Start) && r.End.Equals(End);
        }

        public bool Equals(Range other) { return other.Start.Equals(Start) && other.End.Equals(End); }

        public override int GetHashCode()
        {
            int h = Start.GetHashCode();
            return ((h << 5) | (int)((uint)h >> 27)) ^ End.GetHashCode();
        }

        public override string ToString() { return Start.ToString() + ".." + End.ToString(); }

        // Resolves both ends against a length; throws unless 0 <= start <= end <= length.
        public (int Offset, int Length) GetOffsetAndLength(int length)
        {
            int start = Start.GetOffset(length);
            int end = End.GetOffset(length);
            if ((uint)end > (uint)length || (uint)start > (uint)end)
                throw new ArgumentOutOfRangeException("length");
            return (start, end - start);
        }
    }
}
