namespace System
{
    // Throws kept out of line so the span accessors stay small (and inlinable).
    internal static class ThrowHelpers
    {
        internal static void IndexOutOfRange() => throw new IndexOutOfRangeException();
        internal static void ArgumentOutOfRange(string paramName) => throw new ArgumentOutOfRangeException(paramName);
        internal static void DestinationTooShort() => throw new ArgumentException("Destination is too short.", "destination");
    }
}
