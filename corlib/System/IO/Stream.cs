// Stream, MemoryStream, BinaryReader/BinaryWriter (little-endian, 7-bit
// encoded string lengths as .NET writes them), StreamReader/StreamWriter.
using System.Text;

namespace System.IO
{
    public enum SeekOrigin { Begin = 0, Current = 1, End = 2 }

    public abstract partial class Stream : MarshalByRefObject, IDisposable
    {
        public static readonly Stream Null = new NullStream();

        protected Stream() { }

        public abstract bool CanRead { get; }
        public abstract bool CanSeek { get; }
        public abstract bool CanWrite { get; }
        public virtual bool CanTimeout { get { return false; } }
        public abstract long Length { get; }
        public abstract long Position { get; set; }

        public abstract void Flush();
        public abstract int Read(byte[] buffer, int offset, int count);
        public abstract long Seek(long offset, SeekOrigin origin);
        public abstract void SetLength(long value);
        public abstract void Write(byte[] buffer, int offset, int count);

        public virtual int ReadByte()
        {
            byte[] one = new byte[1];
            return Read(one, 0, 1) == 0 ? -1 : one[0];
        }

        public virtual void WriteByte(byte value) { Write(new byte[] { value }, 0, 1); }

        public void CopyTo(Stream destination) { CopyTo(destination, 81920); }

        public virtual void CopyTo(Stream destination, int bufferSize)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize");
            byte[] buf = new byte[bufferSize];
            int n;
            while ((n = Read(buf, 0, buf.Length)) > 0) destination.Write(buf, 0, n);
        }

        public virtual void Close() { Dispose(true); }
        public void Dispose() { Close(); }
        protected virtual void Dispose(bool disposing) { }

        internal static void CheckArgs(byte[] buffer, int offset, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (buffer.Length - offset < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }
    }

    public partial class MemoryStream : Stream
    {
        private byte[] _buffer;
        private readonly int _origin;
        private int _position, _length, _capacity;
        private bool _expandable, _writable, _open = true, _exposable;

        public MemoryStream() : this(0) { }

        public MemoryStream(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            _buffer = new byte[capacity];
            _capacity = capacity;
            _expandable = _writable = _exposable = true;
        }

        public MemoryStream(byte[] buffer) : this(buffer, true) { }
        public MemoryStream(byte[] buffer, bool writable) : this(buffer, 0, buffer == null ? 0 : buffer.Length, writable, false) { }
        public MemoryStream(byte[] buffer, int index, int count) : this(buffer, index, count, true, false) { }
        public MemoryStream(byte[] buffer, int index, int count, bool writable) : this(buffer, index, count, writable, false) { }

        public MemoryStream(byte[] buffer, int index, int count, bool writable, bool publiclyVisible)
        {
            CheckArgs(buffer, index, count);
            _buffer = buffer;
            _origin = _position = index;
            _length = _capacity = index + count;
            _writable = writable;
            _exposable = publiclyVisible;
        }

        public override bool CanRead { get { return _open; } }
        public override bool CanSeek { get { return _open; } }
        public override bool CanWrite { get { return _writable && _open; } }

        private void EnsureOpen() { if (!_open) throw new ObjectDisposedException(null, "Cannot access a closed Stream."); }
        private void EnsureWritable() { EnsureOpen(); if (!_writable) throw new NotSupportedException("Stream does not support writing."); }

        public virtual int Capacity
        {
            get { EnsureOpen(); return _capacity - _origin; }
            set
            {
                EnsureOpen();
                if (value < _length - _origin) throw new ArgumentOutOfRangeException("value", "capacity was less than the current size.");
                if (!_expandable) { if (value != Capacity) throw new NotSupportedException("Memory stream is not expandable."); return; }
                if (value == _capacity) return;
                byte[] b = new byte[value];
                if (_length > 0) Buffer.BlockCopy(_buffer, 0, b, 0, _length);
                _buffer = b;
                _capacity = value;
            }
        }

        public override long Length { get { EnsureOpen(); return _length - _origin; } }

        public override long Position
        {
            get { EnsureOpen(); return _position - _origin; }
            set
            {
                EnsureOpen();
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
                if (value > int.MaxValue) throw new ArgumentOutOfRangeException("value", "Stream length must be non-negative and less than 2^31 - 1 - origin.");
                _position = _origin + (int)value;
            }
        }

        public override void Flush() { }

        public virtual byte[] GetBuffer()
        {
            if (!_exposable) throw new UnauthorizedAccessException("MemoryStream's internal buffer cannot be accessed.");
            return _buffer;
        }

        public virtual bool TryGetBuffer(out ArraySegment<byte> buffer)
        {
            if (!_exposable) { buffer = default(ArraySegment<byte>); return false; }
            buffer = new ArraySegment<byte>(_buffer, _origin, _length - _origin);
            return true;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            CheckArgs(buffer, offset, count);
            EnsureOpen();
            int n = _length - _position;
            if (n > count) n = count;
            if (n <= 0) return 0;
            Buffer.BlockCopy(_buffer, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override int ReadByte()
        {
            EnsureOpen();
            if (_position >= _length) return -1;
            return _buffer[_position++];
        }

        public override long Seek(long offset, SeekOrigin loc)
        {
            EnsureOpen();
            long basePos;
            switch (loc)
            {
                case SeekOrigin.Begin: basePos = _origin; break;
                case SeekOrigin.Current: basePos = _position; break;
                case SeekOrigin.End: basePos = _length; break;
                default: throw new ArgumentException("Invalid seek origin.");
            }
            long p = basePos + offset;
            if (p < _origin) throw new IOException("An attempt was made to move the position before the beginning of the stream.");
            if (p > int.MaxValue) throw new ArgumentOutOfRangeException("offset");
            _position = (int)p;
            return _position - _origin;
        }

        private bool EnsureCapacity(int value)
        {
            if (value <= _capacity) return false;
            int n = value;
            if (n < 256) n = 256;
            if (n < _capacity * 2) n = _capacity * 2;
            Capacity = n;
            return true;
        }

        public override void SetLength(long value)
        {
            EnsureWritable();
            if (value < 0 || value > int.MaxValue - _origin) throw new ArgumentOutOfRangeException("value");
            int newLength = _origin + (int)value;
            if (!EnsureCapacity(newLength) && newLength > _length) Array.Clear(_buffer, _length, newLength - _length);
            _length = newLength;
            if (_position > newLength) _position = newLength;
        }

        public virtual byte[] ToArray()
        {
            byte[] r = new byte[_length - _origin];
            Buffer.BlockCopy(_buffer, _origin, r, 0, r.Length);
            return r;
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            CheckArgs(buffer, offset, count);
            EnsureWritable();
            int end = _position + count;
            if (end < 0) throw new IOException("Stream was too long.");
            if (end > _length)
            {
                bool zero = _position > _length;
                if (end > _capacity && EnsureCapacity(end)) zero = false;
                if (zero) Array.Clear(_buffer, _length, end - _length);
                _length = end;
            }
            Buffer.BlockCopy(buffer, offset, _buffer, _position, count);
            _position = end;
        }

        public override void WriteByte(byte value)
        {
            EnsureWritable();
            if (_position >= _length)
            {
                int newLength = _position + 1;
                bool zero = _position > _length;
                if (newLength >= _capacity && EnsureCapacity(newLength)) zero = false;
                if (zero) Array.Clear(_buffer, _length, _position - _length);
                _length = newLength;
            }
            _buffer[_position++] = value;
        }

        public virtual void WriteTo(Stream stream)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            EnsureOpen();
            stream.Write(_buffer, _origin, _length - _origin);
        }

        protected override void Dispose(bool disposing) { _open = false; _writable = false; _expandable = false; }
    }

    public class BinaryWriter : IDisposable
    {
        public static readonly BinaryWriter Null = new BinaryWriter();

        protected Stream OutStream;
        private readonly Encoding _encoding;
        private readonly byte[] _buf = new byte[16];
        private readonly bool _leaveOpen;

        protected BinaryWriter() { OutStream = Stream.Null; _encoding = new UTF8Encoding(false, true); }
        public BinaryWriter(Stream output) : this(output, new UTF8Encoding(false, true), false) { }
        public BinaryWriter(Stream output, Encoding encoding) : this(output, encoding, false) { }
        public BinaryWriter(Stream output, Encoding encoding, bool leaveOpen)
        {
            if (output == null) throw new ArgumentNullException("output");
            if (encoding == null) throw new ArgumentNullException("encoding");
            if (!output.CanWrite) throw new ArgumentException("Stream was not writable.");
            OutStream = output;
            _encoding = encoding;
            _leaveOpen = leaveOpen;
        }

        public virtual Stream BaseStream { get { return OutStream; } }
        public virtual void Flush() { OutStream.Flush(); }
        public virtual long Seek(int offset, SeekOrigin origin) { return OutStream.Seek(offset, origin); }
        public virtual void Close() { Dispose(true); }
        public void Dispose() { Dispose(true); }
        protected virtual void Dispose(bool disposing) { if (disposing && !_leaveOpen) OutStream.Close(); }

        private void Put(ulong v, int n)
        {
            for (int i = 0; i < n; i++) { _buf[i] = (byte)v; v >>= 8; }
            OutStream.Write(_buf, 0, n);
        }

        public virtual void Write(bool value) { OutStream.WriteByte(value ? (byte)1 : (byte)0); }
        public virtual void Write(byte value) { OutStream.WriteByte(value); }
        public virtual void Write(sbyte value) { OutStream.WriteByte((byte)value); }
        public virtual void Write(byte[] buffer) { if (buffer == null) throw new ArgumentNullException("buffer"); OutStream.Write(buffer, 0, buffer.Length); }
        public virtual void Write(byte[] buffer, int index, int count) { OutStream.Write(buffer, index, count); }
        public virtual void Write(char ch)
        {
            if (char.IsSurrogate(ch)) throw new ArgumentException("Surrogate characters are not allowed as single characters.");
            Write(new char[] { ch });
        }
        public virtual void Write(char[] chars) { if (chars == null) throw new ArgumentNullException("chars"); Write(_encoding.GetBytes(chars)); }
        public virtual void Write(char[] chars, int index, int count) { Write(_encoding.GetBytes(chars, index, count)); }
        public virtual void Write(short value) { Put((ulong)value, 2); }
        public virtual void Write(ushort value) { Put(value, 2); }
        public virtual void Write(int value) { Put((ulong)value, 4); }
        public virtual void Write(uint value) { Put(value, 4); }
        public virtual void Write(long value) { Put((ulong)value, 8); }
        public virtual void Write(ulong value) { Put(value, 8); }
        public virtual void Write(float value) { Put((uint)BitConverter.SingleToInt32Bits(value), 4); }
        public virtual void Write(double value) { Put((ulong)BitConverter.DoubleToInt64Bits(value), 8); }
        public virtual void Write(decimal value)
        {
            int[] bits = decimal.GetBits(value);
            // .NET's order: lo, mid, hi, flags
            for (int i = 0; i < 4; i++) Put((uint)bits[i], 4);
        }

        public virtual void Write(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            byte[] b = _encoding.GetBytes(value);
            Write7BitEncodedInt(b.Length);
            OutStream.Write(b, 0, b.Length);
        }

        public void Write7BitEncodedInt(int value)
        {
            uint v = (uint)value;
            while (v >= 0x80) { OutStream.WriteByte((byte)(v | 0x80)); v >>= 7; }
            OutStream.WriteByte((byte)v);
        }

        public void Write7BitEncodedInt64(long value)
        {
            ulong v = (ulong)value;
            while (v >= 0x80) { OutStream.WriteByte((byte)(v | 0x80)); v >>= 7; }
            OutStream.WriteByte((byte)v);
        }
    }

    public class BinaryReader : IDisposable
    {
        private readonly Stream _stream;
        private readonly Encoding _encoding;
        private readonly byte[] _buf = new byte[16];
        private readonly bool _leaveOpen;

        public BinaryReader(Stream input) : this(input, new UTF8Encoding(), false) { }
        public BinaryReader(Stream input, Encoding encoding) : this(input, encoding, false) { }
        public BinaryReader(Stream input, Encoding encoding, bool leaveOpen)
        {
            if (input == null) throw new ArgumentNullException("input");
            if (encoding == null) throw new ArgumentNullException("encoding");
            if (!input.CanRead) throw new ArgumentException("Stream was not readable.");
            _stream = input;
            _encoding = encoding;
            _leaveOpen = leaveOpen;
        }

        public virtual Stream BaseStream { get { return _stream; } }
        public virtual void Close() { Dispose(true); }
        public void Dispose() { Dispose(true); }
        protected virtual void Dispose(bool disposing) { if (disposing && !_leaveOpen) _stream.Close(); }

        private static Exception Eof() { return new EndOfStreamException("Unable to read beyond the end of the stream."); }

        protected virtual void FillBuffer(int numBytes)
        {
            int got = 0;
            while (got < numBytes)
            {
                int n = _stream.Read(_buf, got, numBytes - got);
                if (n == 0) throw Eof();
                got += n;
            }
        }

        private ulong Get(int n)
        {
            FillBuffer(n);
            ulong v = 0;
            for (int i = n - 1; i >= 0; i--) v = (v << 8) | _buf[i];
            return v;
        }

        public virtual int PeekChar()
        {
            if (!_stream.CanSeek) return -1;
            long pos = _stream.Position;
            int c = Read();
            _stream.Position = pos;
            return c;
        }

        // One character: read bytes until the encoding yields a char.
        public virtual int Read()
        {
            byte[] bytes = new byte[4];
            for (int n = 1; n <= 4; n++)
            {
                int b = _stream.ReadByte();
                if (b < 0) return -1;
                bytes[n - 1] = (byte)b;
                if (IsComplete(bytes, n)) return _encoding.GetChars(bytes, 0, n)[0];
            }
            return _encoding.GetChars(bytes, 0, 4)[0];
        }

        private bool IsComplete(byte[] b, int n)
        {
            if (_encoding is UnicodeEncoding) return n == 2;
            if (_encoding is UTF32Encoding) return n == 4;
            if (!(_encoding is UTF8Encoding)) return true;
            int lead = b[0];
            int need = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            return n >= need;
        }

        public virtual int Read(byte[] buffer, int index, int count) { return _stream.Read(buffer, index, count); }

        public virtual int Read(char[] buffer, int index, int count)
        {
            int i = 0;
            for (; i < count; i++)
            {
                int c = Read();
                if (c < 0) break;
                buffer[index + i] = (char)c;
            }
            return i;
        }

        public virtual bool ReadBoolean() { FillBuffer(1); return _buf[0] != 0; }
        public virtual byte ReadByte() { int b = _stream.ReadByte(); if (b < 0) throw Eof(); return (byte)b; }
        public virtual sbyte ReadSByte() { return (sbyte)ReadByte(); }
        public virtual char ReadChar() { int c = Read(); if (c < 0) throw Eof(); return (char)c; }
        public virtual short ReadInt16() { return (short)Get(2); }
        public virtual ushort ReadUInt16() { return (ushort)Get(2); }
        public virtual int ReadInt32() { return (int)Get(4); }
        public virtual uint ReadUInt32() { return (uint)Get(4); }
        public virtual long ReadInt64() { return (long)Get(8); }
        public virtual ulong ReadUInt64() { return Get(8); }
        public virtual float ReadSingle() { return BitConverter.Int32BitsToSingle((int)Get(4)); }
        public virtual double ReadDouble() { return BitConverter.Int64BitsToDouble((long)Get(8)); }
        public virtual decimal ReadDecimal()
        {
            int lo = (int)Get(4), mid = (int)Get(4), hi = (int)Get(4), flags = (int)Get(4);
            return new decimal(new int[] { lo, mid, hi, flags });
        }

        public virtual byte[] ReadBytes(int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            byte[] r = new byte[count];
            int got = 0;
            while (got < count)
            {
                int n = _stream.Read(r, got, count - got);
                if (n == 0) break;
                got += n;
            }
            if (got != count) { byte[] s = new byte[got]; Buffer.BlockCopy(r, 0, s, 0, got); r = s; }
            return r;
        }

        public virtual char[] ReadChars(int count)
        {
            char[] r = new char[count];
            int n = Read(r, 0, count);
            if (n != count) { char[] s = new char[n]; Array.Copy(r, s, n); r = s; }
            return r;
        }

        public virtual string ReadString()
        {
            int len = Read7BitEncodedInt();
            if (len < 0) throw new IOException("BinaryReader encountered an invalid string length of " + len + " characters.");
            if (len == 0) return "";
            byte[] b = ReadBytes(len);
            if (b.Length != len) throw Eof();
            return _encoding.GetString(b);
        }

        public int Read7BitEncodedInt()
        {
            int result = 0, shift = 0;
            while (true)
            {
                if (shift == 35) throw new FormatException("Too many bytes in what should have been a 7-bit encoded integer.");
                byte b = ReadByte();
                result |= (b & 0x7F) << shift;
                shift += 7;
                if ((b & 0x80) == 0) return result;
            }
        }

        public long Read7BitEncodedInt64()
        {
            long result = 0;
            int shift = 0;
            while (true)
            {
                if (shift == 70) throw new FormatException("Too many bytes in what should have been a 7-bit encoded integer.");
                byte b = ReadByte();
                result |= (long)(b & 0x7F) << shift;
                shift += 7;
                if ((b & 0x80) == 0) return result;
            }
        }
    }

    // Reads the whole stream on first use, decodes it (BOM-aware) and then
    // serves text like a StringReader.
    public partial class StreamReader : TextReader
    {
        private Stream _stream;
        private Encoding _encoding;
        private readonly bool _detect, _leaveOpen;
        private string _text;
        private int _pos;
        private bool _preambleChecked;   // a BOM is looked for only at the first read

        public StreamReader(Stream stream) : this(stream, Encoding.UTF8, true, false) { }
        public StreamReader(Stream stream, bool detectEncodingFromByteOrderMarks) : this(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks, false) { }
        public StreamReader(Stream stream, Encoding encoding) : this(stream, encoding, true, false) { }
        public StreamReader(Stream stream, Encoding encoding, bool detectEncodingFromByteOrderMarks) : this(stream, encoding, detectEncodingFromByteOrderMarks, false) { }
        public StreamReader(Stream stream, Encoding encoding, bool detectEncodingFromByteOrderMarks, int bufferSize) : this(stream, encoding, detectEncodingFromByteOrderMarks, false) { }
        public StreamReader(Stream stream, Encoding encoding, bool detectEncodingFromByteOrderMarks, int bufferSize, bool leaveOpen) : this(stream, encoding, detectEncodingFromByteOrderMarks, leaveOpen) { }

        private StreamReader(Stream stream, Encoding encoding, bool detect, bool leaveOpen)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            if (encoding == null) throw new ArgumentNullException("encoding");
            if (!stream.CanRead) throw new ArgumentException("Stream was not readable.");
            _stream = stream;
            _encoding = encoding;
            _detect = detect;
            _leaveOpen = leaveOpen;
        }

        public virtual Stream BaseStream { get { return _stream; } }
        public virtual Encoding CurrentEncoding { get { return _encoding; } }
        public bool EndOfStream { get { Load(); return _pos >= _text.Length; } }

        private void Load()
        {
            if (_text != null) return;
            if (_stream == null) throw new ObjectDisposedException(null, "Cannot read from a closed TextReader.");
            MemoryStream ms = new MemoryStream();
            _stream.CopyTo(ms);
            byte[] b = ms.ToArray();
            int skip = 0;
            if (_preambleChecked) { }
            else if (_detect && b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) { _encoding = Encoding.Unicode; skip = 2; }
            else if (_detect && b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) { _encoding = Encoding.BigEndianUnicode; skip = 2; }
            else if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF && (_detect || _encoding is UTF8Encoding)) { _encoding = Encoding.UTF8; skip = 3; }
            _preambleChecked = true;
            _text = _encoding.GetString(b, skip, b.Length - skip);
        }

        // Forgets the text read ahead, so the next read decodes from the
        // stream's current position (after a Seek on BaseStream).
        public void DiscardBufferedData()
        {
            _text = null;
            _pos = 0;
        }

        public override int Peek() { Load(); return _pos < _text.Length ? _text[_pos] : -1; }
        public override int Read() { Load(); return _pos < _text.Length ? _text[_pos++] : -1; }

        public override int Read(char[] buffer, int index, int count)
        {
            Load();
            int n = _text.Length - _pos;
            if (n > count) n = count;
            if (n <= 0) return 0;
            _text.CopyTo(_pos, buffer, index, n);
            _pos += n;
            return n;
        }

        public override string ReadToEnd()
        {
            Load();
            string r = _text.Substring(_pos);
            _pos = _text.Length;
            return r;
        }

        public override string ReadLine()
        {
            Load();
            if (_pos >= _text.Length) return null;
            int start = _pos;
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (c == '\r' || c == '\n')
                {
                    string line = _text.Substring(start, _pos - start);
                    _pos++;
                    if (c == '\r' && _pos < _text.Length && _text[_pos] == '\n') _pos++;
                    return line;
                }
                _pos++;
            }
            return _text.Substring(start);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _stream != null && !_leaveOpen) _stream.Close();
            _stream = null;
        }
    }

    public partial class StreamWriter : TextWriter
    {
        private Stream _stream;
        private readonly Encoding _encoding;
        private readonly StringBuilder _pending = new StringBuilder();
        private readonly bool _leaveOpen;
        private bool _preambleDone;

        public StreamWriter(Stream stream) : this(stream, new UTF8Encoding(false, true), false) { }
        public StreamWriter(Stream stream, Encoding encoding) : this(stream, encoding, false) { }
        public StreamWriter(Stream stream, Encoding encoding, int bufferSize) : this(stream, encoding, false) { }
        public StreamWriter(Stream stream, Encoding encoding, int bufferSize, bool leaveOpen) : this(stream, encoding, leaveOpen) { }

        private StreamWriter(Stream stream, Encoding encoding, bool leaveOpen)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            if (encoding == null) throw new ArgumentNullException("encoding");
            if (!stream.CanWrite) throw new ArgumentException("Stream was not writable.");
            _stream = stream;
            _encoding = encoding;
            _leaveOpen = leaveOpen;
        }

        public bool AutoFlush { get; set; }
        public virtual Stream BaseStream { get { return _stream; } }
        public override Encoding Encoding { get { return _encoding; } }

        public override void Write(char value) { _pending.Append(value); if (AutoFlush) Flush(); }
        public override void Write(string value) { if (value != null) _pending.Append(value); if (AutoFlush) Flush(); }
        public override void Write(char[] buffer, int index, int count) { _pending.Append(buffer, index, count); if (AutoFlush) Flush(); }

        public override void Flush()
        {
            if (_stream == null) throw new ObjectDisposedException(null, "Cannot write to a closed TextWriter.");
            if (!_preambleDone)
            {
                _preambleDone = true;
                if (_stream.CanSeek && _stream.Position == 0)
                {
                    byte[] pre = _encoding.GetPreamble();
                    if (pre.Length > 0) _stream.Write(pre, 0, pre.Length);
                }
            }
            if (_pending.Length > 0)
            {
                byte[] b = _encoding.GetBytes(_pending.ToString());
                _pending.Clear();
                _stream.Write(b, 0, b.Length);
            }
            _stream.Flush();
        }

        protected override void Dispose(bool disposing)
        {
            if (_stream != null)
            {
                Flush();
                if (disposing && !_leaveOpen) _stream.Close();
                _stream = null;
            }
        }
    }
}
