// Console.In by default: UTF-8 text decoded from stdin read in chunks of up
// to 4096 bytes (FileSystem.ReadStdin), as .NET's console reader does. A BOM
// is kept (.NET on Linux returns it as U+FEFF).
using System.Text;

namespace System.IO
{
    internal sealed class ConsoleReader : TextReader
    {
        private readonly byte[] _bytes = new byte[4096];
        private int _carry;                 // bytes of an incomplete UTF-8 sequence kept at _bytes[0..]
        private char[] _chars = new char[4100];
        private int _pos, _len;
        private bool _eof;

        private bool Fill()
        {
            if (_pos < _len) return true;
            if (_eof) return false;
            Console.Out.Flush();
            for (;;)
            {
                int n = FileSystem.ReadStdin(_bytes, _carry, _bytes.Length - _carry);
                int total = _carry + n;
                if (n == 0)
                {
                    _eof = true;
                    if (total == 0) return false;
                    Decode(total);   // a truncated sequence at the end decodes to U+FFFD
                    _carry = 0;
                    return _len > 0;
                }
                int complete = CompletePrefix(total);
                Decode(complete);
                _carry = total - complete;
                for (int i = 0; i < _carry; i++) _bytes[i] = _bytes[complete + i];
                if (_len > 0) return true;
            }
        }

        // the length of the longest prefix of _bytes[0..total) not ending inside a UTF-8 sequence
        private int CompletePrefix(int total)
        {
            int i = total - 1, back = 0;
            while (i >= 0 && back < 3 && (_bytes[i] & 0xC0) == 0x80) { i--; back++; }
            if (i < 0) return total;
            byte lead = _bytes[i];
            int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            return total - i >= need ? total : i;
        }

        private void Decode(int count)
        {
            string s = Encoding.UTF8.GetString(_bytes, 0, count);
            if (s.Length > _chars.Length) _chars = new char[s.Length];
            s.CopyTo(0, _chars, 0, s.Length);
            _pos = 0;
            _len = s.Length;
        }

        public override int Peek() { return Fill() ? _chars[_pos] : -1; }
        public override int Read() { return Fill() ? _chars[_pos++] : -1; }

        public override int Read(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            if (index < 0 || count < 0 || buffer.Length - index < count) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count");
            if (count == 0 || !Fill()) return 0;
            int n = Math.Min(count, _len - _pos);
            Array.Copy(_chars, _pos, buffer, index, n);
            _pos += n;
            return n;
        }

        public override string ReadLine()
        {
            if (!Fill()) return null;
            StringBuilder sb = null;
            for (;;)
            {
                int start = _pos;
                while (_pos < _len)
                {
                    char c = _chars[_pos];
                    if (c == '\n' || c == '\r')
                    {
                        string part = new string(_chars, start, _pos - start);
                        _pos++;
                        if (c == '\r' && Fill() && _chars[_pos] == '\n') _pos++;
                        return sb == null ? part : sb.Append(part).ToString();
                    }
                    _pos++;
                }
                if (sb == null) sb = new StringBuilder();
                sb.Append(_chars, start, _pos - start);
                if (!Fill()) return sb.ToString();
            }
        }

        public override string ReadToEnd()
        {
            StringBuilder sb = new StringBuilder();
            while (Fill())
            {
                sb.Append(_chars, _pos, _len - _pos);
                _pos = _len;
            }
            return sb.ToString();
        }
    }
}
