using System.Text;

namespace System.IO
{
    [Serializable]
    public abstract partial class TextReader : MarshalByRefObject, IDisposable
    {
        public static readonly TextReader Null = new StringReader("");

        protected TextReader() { }

        public virtual void Close() { Dispose(true); }
        public void Dispose() { Dispose(true); }
        protected virtual void Dispose(bool disposing) { }

        public virtual int Peek() { return -1; }
        public virtual int Read() { return -1; }

        public virtual int Read(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            int n = 0;
            while (n < count)
            {
                int c = Read();
                if (c == -1) break;
                buffer[index + n++] = (char)c;
            }
            return n;
        }

        public virtual int ReadBlock(char[] buffer, int index, int count)
        {
            int i, n = 0;
            do { n += (i = Read(buffer, index + n, count - n)); } while (i > 0 && n < count);
            return n;
        }

        public virtual string ReadToEnd()
        {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = Read()) != -1) sb.Append((char)c);
            return sb.ToString();
        }

        public virtual string ReadLine()
        {
            StringBuilder sb = new StringBuilder();
            while (true)
            {
                int c = Read();
                if (c == -1) return sb.Length > 0 ? sb.ToString() : null;
                if (c == '\r' || c == '\n')
                {
                    if (c == '\r' && Peek() == '\n') Read();
                    return sb.ToString();
                }
                sb.Append((char)c);
            }
        }

        public static TextReader Synchronized(TextReader reader)
        {
            if (reader == null) throw new ArgumentNullException("reader");
            return reader;
        }
    }

    [Serializable]
    public class StringReader : TextReader
    {
        private string _s;
        private int _pos;

        public StringReader(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            _s = s;
        }

        private void Check() { if (_s == null) throw new ObjectDisposedException(null, "Cannot read from a closed TextReader."); }
        protected override void Dispose(bool disposing) { _s = null; }

        public override int Peek() { Check(); return _pos < _s.Length ? _s[_pos] : -1; }
        public override int Read() { Check(); return _pos < _s.Length ? _s[_pos++] : -1; }

        public override int Read(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            Check();
            int n = _s.Length - _pos;
            if (n > count) n = count;
            if (n <= 0) return 0;
            _s.CopyTo(_pos, buffer, index, n);
            _pos += n;
            return n;
        }

        public override string ReadToEnd()
        {
            Check();
            string r = _pos == 0 ? _s : _s.Substring(_pos);
            _pos = _s.Length;
            return r;
        }

        public override string ReadLine()
        {
            Check();
            int i = _pos;
            while (i < _s.Length)
            {
                char c = _s[i];
                if (c == '\r' || c == '\n')
                {
                    string r = _s.Substring(_pos, i - _pos);
                    _pos = i + 1;
                    if (c == '\r' && _pos < _s.Length && _s[_pos] == '\n') _pos++;
                    return r;
                }
                i++;
            }
            if (i > _pos)
            {
                string r = _s.Substring(_pos, i - _pos);
                _pos = i;
                return r;
            }
            return null;
        }
    }
}
