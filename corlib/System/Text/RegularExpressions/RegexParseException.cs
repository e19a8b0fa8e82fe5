// RegexParseException: what the Regex constructor throws for an invalid
// pattern (an ArgumentException, as .NET 7+ does), with the offset of the error.
namespace System.Text.RegularExpressions
{
    [Serializable]
    public sealed class RegexParseException : ArgumentException
    {
        private readonly int offset;

        internal RegexParseException(int offset, string message) : base(message)
        {
            this.offset = offset;
        }

        /// <summary>The zero-based position in the pattern where the parser found the error.</summary>
        public int Offset { get { return offset; } }
    }
}
