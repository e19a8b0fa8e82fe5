// Thrown by a C# switch expression whose arms do not match the input.
namespace System.Runtime.CompilerServices
{
    [Serializable]
    public sealed class SwitchExpressionException : InvalidOperationException
    {
        private const string DefaultMessage = "Non-exhaustive switch expression failed to match its input.";

        public SwitchExpressionException() : base(DefaultMessage) { }
        public SwitchExpressionException(Exception innerException) : base(DefaultMessage, innerException) { }
        public SwitchExpressionException(object unmatchedValue) : this() { UnmatchedValue = unmatchedValue; }
        public SwitchExpressionException(string message) : base(message) { }
        public SwitchExpressionException(string message, Exception innerException) : base(message, innerException) { }

        public object UnmatchedValue { get; }

        public override string Message
        {
            get
            {
                if (UnmatchedValue == null) return base.Message;
                return base.Message + Environment.NewLine + "Unmatched value was " + UnmatchedValue.ToString() + ".";
            }
        }
    }
}
