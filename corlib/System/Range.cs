// System.Range: a start and an end Index (C#'s `a..b`).
namespace System
{
    public readonly struct Range : IEquatable<Range>
    {
        public Index Start { get; }
        public Index End { get; }

        public Range(Index start, Index end) { Start = start; End = end; }

        public static Range StartAt(Index start) { return new Range(start, Index.End); }
        public static Range EndAt(Index end) { return new Range(Index.Start, end); }
        public static Range All { get { return new Range(Index.Start, Index.End); } }

        public override bool Equals(object value) { return value is Range && Equals((Range)value); }
        public bool Equals(Range other) { return other.Start.Equals(Start) && other.End.Equals(End); }
        public override int GetHashCode() { return HashCode.Combine(Start.GetHashCode(), End.GetHashCode()); }

        public override string ToString() { return Start.ToString() + ".." + End.ToString(); }

        public ValueTuple<int, int> GetOffsetAndLength(int length)
        {
            int start = Start.GetOffset(length);
            int end = End.GetOffset(length);
            if ((uint)end > (uint)length || (uint)start > (uint)end) throw new ArgumentOutOfRangeException("length");
            return new ValueTuple<int, int>(start, end - start);
        }
    }
}
