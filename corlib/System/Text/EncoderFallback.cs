// What an encoder does with a char it cannot encode (or a lone surrogate):
// substitute a replacement string, or throw EncoderFallbackException.
namespace System.Text
{
    public abstract class EncoderFallback
    {
        private static EncoderFallback s_replacement, s_exception;

        protected EncoderFallback() { }

        public static EncoderFallback ReplacementFallback { get { return s_replacement ?? (s_replacement = new EncoderReplacementFallback()); } }
        public static EncoderFallback ExceptionFallback { get { return s_exception ?? (s_exception = new EncoderExceptionFallback()); } }

        public abstract EncoderFallbackBuffer CreateFallbackBuffer();
        public abstract int MaxCharCount { get; }
    }

    public abstract class EncoderFallbackBuffer
    {
        protected EncoderFallbackBuffer() { }
        public abstract bool Fallback(char charUnknown, int index);
        public abstract bool Fallback(char charUnknownHigh, char charUnknownLow, int index);
        public abstract char GetNextChar();
        public abstract bool MovePrevious();
        public abstract int Remaining { get; }
        public virtual void Reset() { while (GetNextChar() != '\0') { } }
    }

    public sealed class EncoderReplacementFallback : EncoderFallback
    {
        private readonly string _replacement;

        public EncoderReplacementFallback() : this("?") { }

        public EncoderReplacementFallback(string replacement)
        {
            if (replacement == null) throw new ArgumentNullException("replacement");
            if (!ReplacementText.IsWellFormed(replacement)) throw new ArgumentException("String contains invalid Unicode code points.", "replacement");
            _replacement = replacement;
        }

        public string DefaultString { get { return _replacement; } }
        public override int MaxCharCount { get { return _replacement.Length; } }
        public override EncoderFallbackBuffer CreateFallbackBuffer() { return new EncoderReplacementFallbackBuffer(this); }
        public override bool Equals(object value) { var o = value as EncoderReplacementFallback; return o != null && o._replacement == _replacement; }
        public override int GetHashCode() { return _replacement.GetHashCode(); }
    }

    public sealed class EncoderReplacementFallbackBuffer : EncoderFallbackBuffer
    {
        private readonly string _text;
        private int _pos, _end;   // next char to hand out; end of the current substitution

        public EncoderReplacementFallbackBuffer(EncoderReplacementFallback fallback)
        {
            if (fallback == null) throw new ArgumentNullException("fallback");
            _text = fallback.DefaultString;
            _pos = _end = 0;
        }

        public override bool Fallback(char charUnknown, int index)
        {
            if (_pos < _end) throw ReplacementText.Recursive(charUnknown);
            _pos = 0; _end = _text.Length;
            return _end != 0;
        }

        // A surrogate pair stands for two chars, so it gets the replacement twice (as .NET does).
        public override bool Fallback(char charUnknownHigh, char charUnknownLow, int index)
        {
            ReplacementText.CheckPair(charUnknownHigh, charUnknownLow);
            if (_pos < _end) throw ReplacementText.Recursive(charUnknownHigh);
            _pos = 0; _end = _text.Length * 2;
            return _end != 0;
        }

        public override char GetNextChar()
        {
            if (_pos >= _end) { _pos = _end = 0; return '\0'; }
            return _text[_pos++ % _text.Length];
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

    public sealed class EncoderExceptionFallback : EncoderFallback
    {
        public EncoderExceptionFallback() { }
        public override EncoderFallbackBuffer CreateFallbackBuffer() { return new EncoderExceptionFallbackBuffer(); }
        public override int MaxCharCount { get { return 0; } }
        public override bool Equals(object value) { return value is EncoderExceptionFallback; }
        public override int GetHashCode() { return 654; }
    }

    public sealed class EncoderExceptionFallbackBuffer : EncoderFallbackBuffer
    {
        public EncoderExceptionFallbackBuffer() { }

        public override bool Fallback(char charUnknown, int index)
        {
            throw new EncoderFallbackException("Unable to translate Unicode character \\\\u" + ((int)charUnknown).ToString("X4") + " at index " + index + " to specified code page.", charUnknown, index);
        }

        public override bool Fallback(char charUnknownHigh, char charUnknownLow, int index)
        {
            ReplacementText.CheckPair(charUnknownHigh, charUnknownLow);
            int scalar = char.ConvertToUtf32(charUnknownHigh, charUnknownLow);
            throw new EncoderFallbackException("Unable to translate Unicode character \\\\u" + scalar.ToString("X4") + " at index " + index + " to specified code page.", charUnknownHigh, charUnknownLow, index);
        }

        public override char GetNextChar() { return '\0'; }
        public override bool MovePrevious() { return false; }
        public override int Remaining { get { return 0; } }
    }

    [Serializable]
    public sealed class EncoderFallbackException : ArgumentException
    {
        private readonly char _charUnknown, _charUnknownHigh, _charUnknownLow;
        private readonly int _index;

        public EncoderFallbackException() : base("Value does not fall within the expected range.") { HResult = unchecked((int)0x80070057); }
        public EncoderFallbackException(string message) : base(message) { HResult = unchecked((int)0x80070057); }
        public EncoderFallbackException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070057); }

        internal EncoderFallbackException(string message, char charUnknown, int index) : base(message)
        {
            _charUnknown = charUnknown; _index = index;
        }

        internal EncoderFallbackException(string message, char charUnknownHigh, char charUnknownLow, int index) : base(message)
        {
            _charUnknownHigh = charUnknownHigh; _charUnknownLow = charUnknownLow; _index = index;
        }

        public char CharUnknown { get { return _charUnknown; } }
        public char CharUnknownHigh { get { return _charUnknownHigh; } }
        public char CharUnknownLow { get { return _charUnknownLow; } }
        public int Index { get { return _index; } }
        public bool IsUnknownSurrogate() { return _charUnknownHigh != '\0'; }
    }

    internal static class ReplacementText
    {
        internal static bool IsWellFormed(string s)
        {
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (char.IsHighSurrogate(c))
                {
                    if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1])) return false;
                    i++;
                }
                else if (char.IsLowSurrogate(c)) return false;
            }
            return true;
        }

        internal static void CheckPair(char high, char low)
        {
            if (!char.IsHighSurrogate(high)) throw new ArgumentOutOfRangeException("charUnknownHigh", "Valid values are between 55296 and 56319, inclusive.");
            if (!char.IsLowSurrogate(low)) throw new ArgumentOutOfRangeException("charUnknownLow", "Valid values are between 56320 and 57343, inclusive.");
        }

        internal static ArgumentException Recursive(char c)
        {
            return new ArgumentException("Recursive fallback not allowed for character \\\\u" + ((int)c).ToString("X4") + ".", "chars");
        }
    }
}
