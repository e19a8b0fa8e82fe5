// TextWriter / StringWriter: every overload funnels into Write(char),
// Write(char[], int, int) or Write(string), which subclasses override.
using System.Globalization;
using System.Text;

namespace System.IO
{
    [Serializable]
    public abstract partial class TextWriter : MarshalByRefObject, IDisposable
    {
        public static readonly TextWriter Null = new NullTextWriter();

        protected char[] CoreNewLine = new char[] { '\n' };
        private IFormatProvider _provider;

        protected TextWriter() { }
        protected TextWriter(IFormatProvider formatProvider) { _provider = formatProvider; }

        public virtual IFormatProvider FormatProvider { get { return _provider ?? CultureInfo.CurrentCulture; } }
        public abstract Encoding Encoding { get; }

        public virtual string NewLine
        {
            get { return new string(CoreNewLine); }
            set { CoreNewLine = (value ?? "\n").ToCharArray(); }
        }

        public virtual void Close() { Dispose(true); }
        protected virtual void Dispose(bool disposing) { }
        public void Dispose() { Dispose(true); }
        public virtual void Flush() { }

        public static TextWriter Synchronized(TextWriter writer)
        {
            if (writer == null) throw new ArgumentNullException("writer");
            return writer;
        }

        public virtual void Write(char value) { }

        public virtual void Write(char[] buffer)
        {
            if (buffer != null) Write(buffer, 0, buffer.Length);
        }

        public virtual void Write(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            for (int i = 0; i < count; i++) Write(buffer[index + i]);
        }

        public virtual void Write(string value)
        {
            if (value != null) Write(value.ToCharArray());
        }

        public virtual void Write(bool value) { Write(value ? "True" : "False"); }
        public virtual void Write(int value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(uint value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(long value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(ulong value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(float value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(double value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(decimal value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(StringBuilder value) { if (value != null) Write(value.ToString()); }

        public virtual void Write(object value)
        {
            if (value == null) return;
            IFormattable f = value as IFormattable;
            if (f != null) Write(f.ToString(null, FormatProvider));
            else Write(value.ToString());
        }

        public virtual void Write(string format, object arg0) { Write(string.Format(FormatProvider, format, arg0)); }
        public virtual void Write(string format, object arg0, object arg1) { Write(string.Format(FormatProvider, format, arg0, arg1)); }
        public virtual void Write(string format, object arg0, object arg1, object arg2) { Write(string.Format(FormatProvider, format, arg0, arg1, arg2)); }
        public virtual void Write(string format, params object[] arg) { Write(string.Format(FormatProvider, format, arg)); }

        public virtual void WriteLine() { Write(CoreNewLine); }
        public virtual void WriteLine(char value) { Write(value); WriteLine(); }
        public virtual void WriteLine(char[] buffer) { Write(buffer); WriteLine(); }
        public virtual void WriteLine(char[] buffer, int index, int count) { Write(buffer, index, count); WriteLine(); }
        public virtual void WriteLine(bool value) { Write(value); WriteLine(); }
        public virtual void WriteLine(int value) { Write(value); WriteLine(); }
        public virtual void WriteLine(uint value) { Write(value); WriteLine(); }
        public virtual void WriteLine(long value) { Write(value); WriteLine(); }
        public virtual void WriteLine(ulong value) { Write(value); WriteLine(); }
        public virtual void WriteLine(float value) { Write(value); WriteLine(); }
        public virtual void WriteLine(double value) { Write(value); WriteLine(); }
        public virtual void WriteLine(decimal value) { Write(value); WriteLine(); }
        public virtual void WriteLine(string value) { Write(value); WriteLine(); }
        public virtual void WriteLine(StringBuilder value) { Write(value); WriteLine(); }
        public virtual void WriteLine(object value) { Write(value); WriteLine(); }
        public virtual void WriteLine(string format, object arg0) { WriteLine(string.Format(FormatProvider, format, arg0)); }
        public virtual void WriteLine(string format, object arg0, object arg1) { WriteLine(string.Format(FormatProvider, format, arg0, arg1)); }
        public virtual void WriteLine(string format, object arg0, object arg1, object arg2) { WriteLine(string.Format(FormatProvider, format, arg0, arg1, arg2)); }
        public virtual void WriteLine(string format, params object[] arg) { WriteLine(string.Format(FormatProvider, format, arg)); }

        private sealed class NullTextWriter : TextWriter
        {
            public override Encoding Encoding { get { return Encoding.Default; } }
            public override void Write(char value) { }
            public override void Write(char[] buffer, int index, int count) { }
            public override void Write(string value) { }
        }
    }

    [Serializable]
    public class StringWriter : TextWriter
    {
        private StringBuilder _sb;
        private bool _closed;

        public StringWriter() : this(new StringBuilder(), CultureInfo.CurrentCulture) { }
        public StringWriter(IFormatProvider formatProvider) : this(new StringBuilder(), formatProvider) { }
        public StringWriter(StringBuilder sb) : this(sb, CultureInfo.CurrentCulture) { }

        public StringWriter(StringBuilder sb, IFormatProvider formatProvider) : base(formatProvider)
        {
            if (sb == null) throw new ArgumentNullException("sb");
            _sb = sb;
        }

        public override Encoding Encoding { get { return Encoding.Unicode; } }
        public virtual StringBuilder GetStringBuilder() { return _sb; }
        protected override void Dispose(bool disposing) { _closed = true; }

        private void Check() { if (_closed) throw new ObjectDisposedException(null, "Cannot write to a closed TextWriter."); }

        public override void Write(char value) { Check(); _sb.Append(value); }

        public override void Write(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            Check();
            _sb.Append(buffer, index, count);
        }

        public override void Write(string value) { Check(); if (value != null) _sb.Append(value); }
        public override string ToString() { return _sb.ToString(); }
    }

    // Console output: chars are buffered and written to the host as UTF-8 in
    // large chunks through the Console.InternalWrite icall.
    internal sealed class ConsoleWriter : TextWriter
    {
        private readonly int _fd;
        private readonly char[] _buf = new char[4096];
        private int _n;
        private readonly bool _autoFlush;

        internal ConsoleWriter(int fd, bool autoFlush) { _fd = fd; _autoFlush = autoFlush; }

        public override Encoding Encoding { get { return Encoding.Default; } }

        public override void Flush()
        {
            if (_n > 0)
            {
                int n = _n;
                _n = 0;
                Console.InternalWrite(_fd, _buf, n);
            }
        }

        private void Done()
        {
            if (_autoFlush) { Console.FlushStdoutForStderr(); Flush(); }
            // Line-buffered: a finished line reaches the host's (C) buffer, which
            // the host flushes after every time slice, so output streams while
            // a program runs (a browser page shows it at once).
            else if (_n > 0 && _buf[_n - 1] == '\n') Flush();
        }

        public override void Write(char value)
        {
            if (_n == _buf.Length) Flush();
            _buf[_n++] = value;
            Done();
        }

        public override void Write(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            if (index < 0 || count < 0 || buffer.Length - index < count) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Index was out of range. Must be non-negative and less than the size of the collection.");
            while (count > 0)
            {
                if (_n == _buf.Length) Flush();
                int k = _buf.Length - _n;
                if (k > count) k = count;
                Array.Copy(buffer, index, _buf, _n, k);
                _n += k; index += k; count -= k;
            }
            Done();
        }

        public override void Write(string value)
        {
            if (value == null) return;
            int index = 0, count = value.Length;
            while (count > 0)
            {
                if (_n == _buf.Length) Flush();
                int k = _buf.Length - _n;
                if (k > count) k = count;
                value.CopyTo(index, _buf, _n, k);
                _n += k; index += k; count -= k;
            }
            Done();
        }

        public override void WriteLine(string value)
        {
            Write(value);
            Write(CoreNewLine, 0, CoreNewLine.Length);
        }
    }
}
