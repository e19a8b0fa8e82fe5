// What a decoder does with bytes that are not valid in its encoding:
// substitute a replacement string, or throw DecoderFallbackException.
namespace System.Text
{
    public abstract class DecoderFallback
    {
        private static DecoderFallback s_replacement, s_exception;

        protected DecoderFallback() { }

        public static DecoderFallback ReplacementFallback { get { return s_replacement ?? (s_replacement = new DecoderReplacementFallback()); } }
        public static DecoderFallback ExceptionFallback { get { return s_exception ?? (s_exception = new DecoderExceptionFallback()); } }

        public abstract DecoderFallbackBuffer CreateFallbackBuffer();
        public abstract int MaxCharCount { get; }
    }

    public abstract class DecoderFallbackBuffer
    {
        protected DecoderFallbackBuffer() { }
        public abstract bool Fallback(byte[] bytesUnknown, int index);
        public abstract char GetNextChar();
        public abstract bool MovePrevious();
        public abstract int Remaining { get; }
        public virtual void Reset() { while (GetNextChar() != '\0') { } }
    }

    public sealed class DecoderReplacementFallback : DecoderFallback
    {
        private readonly string _replacement;

        public DecoderReplacementFallback() : this("?") { }

        public DecoderReplacementFallback(string replacement)
        {
            if (replacement == null) throw new ArgumentNullException("replacement");
            if (!ReplacementText.IsWellFormed(replacement)) throw new ArgumentException("String contains invalid Unicode code points.", "replacement");
            _replacement = replacement;
        }

        public string DefaultString { get { return _replacement; } }
        public override int MaxCharCount { get { return _replacement.Length; } }
        public override DecoderFallbackBuffer CreateFallbackBuffer() { return new DecoderReplacementFallbackBuffer(this); }
        public override bool Equals(object value) { var o = value as DecoderReplacementFallback; return o != null && o._replacement == _replacement; }
        public override int GetHashCode() { return _replacement.GetHashCode(); }
    }

    public sealed class DecoderReplacementFallbackBuffer : DecoderFallbackBuffer
    {
        private readonly string _text;
        private int _pos, _end;

        public DecoderReplacementFallbackBuffer(DecoderReplacementFallback fallback)
        {
            if (fallback == null) throw new ArgumentNullException("fallback");
            _text = fallback.DefaultString;
        }

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            if (_pos < _end) throw ReplacementText.Recursive(_text[_pos]);
            _pos = 0; _end = _text.Length;
            return _end != 0;
        }

        public override char GetNextChar()
        {
            if (_pos >= _end) { _pos = _end = 0; return '\0'; }
            return _text[_pos++];
        }

        public override bool MovePrevious()
        {
            if (_pos <= 0 || _end == 0) return false;
            _pos--;
            return true;
        }

        public override int Remaining { get { return _end - _pos; } }
        public override void Reset() { _pos = _end = 0; }
    }

    public sealed class DecoderExceptionFallback : DecoderFallback
    {
        public DecoderExceptionFallback() { }
        public override DecoderFallbackBuffer CreateFallbackBuffer() { return new DecoderExceptionFallbackBuffer(); }
        public override int MaxCharCount { get { return 0; } }
        public override bool Equals(object value) { return value is DecoderExceptionFallback; }
        public override int GetHashCode() { return 879; }
    }

    public sealed class DecoderExceptionFallbackBuffer : DecoderFallbackBuffer
    {
        public DecoderExceptionFallbackBuffer() { }

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            var text = new StringBuilder();
            int shown = bytesUnknown == null ? 0 : Math.Min(bytesUnknown.Length, 20);
            for (int i = 0; i < shown; i++) text.Append('[').Append(bytesUnknown[i].ToString("X2")).Append(']');
            if (bytesUnknown != null && bytesUnknown.Length > 20) text.Append(" ...");
            throw new DecoderFallbackException("Unable to translate bytes " + text + " at index " + index + " from specified code page to Unicode.", bytesUnknown, index);
        }

        public override char GetNextChar() { return '\0'; }
        public override bool MovePrevious() { return false; }
        public override int Remaining { get { return 0; } }
    }

    [Serializable]
    public sealed class DecoderFallbackException : ArgumentException
    {
        private readonly byte[] _bytesUnknown;
        private readonly int _index;

        public DecoderFallbackException() : base("Value does not fall within the expected range.") { HResult = unchecked((int)0x80070057); }
        public DecoderFallbackException(string message) : base(message) { HResult = unchecked((int)0x80070057); }
        public DecoderFallbackException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070057); }
        public DecoderFallbackException(string message, byte[] bytesUnknown, int index) : base(message)
        {
            HResult = unchecked((int)0x80070057);
            _bytesUnknown = bytesUnknown; _index = index;
        }

        public byte[] BytesUnknown { get { return _bytesUnknown; } }
        public int Index { get { return _index; } }
    }
}
