// System.IO.BufferedStream: one buffer in front of another stream, used
// either for reading ahead or for collecting writes.
namespace System.IO
{
    public sealed class BufferedStream : Stream
    {
        private Stream _s;
        private readonly int _size;
        private readonly byte[] _buf;
        private int _readPos, _readLen, _writeLen;

        public BufferedStream(Stream stream) : this(stream, 4096) { }
        public BufferedStream(Stream stream, int bufferSize)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            if (bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            if (!stream.CanRead && !stream.CanWrite) throw new ObjectDisposedException(null, "Cannot access a closed Stream.");
            _s = stream;
            _size = bufferSize;
            _buf = new byte[bufferSize];
        }

        public Stream UnderlyingStream { get { Check(); return _s; } }
        public int BufferSize { get { return _size; } }
        public override bool CanRead { get { return _s != null && _s.CanRead; } }
        public override bool CanWrite { get { return _s != null && _s.CanWrite; } }
        public override bool CanSeek { get { return _s != null && _s.CanSeek; } }

        private void Check() { if (_s == null) throw new ObjectDisposedException(null, "Cannot access a closed Stream."); }

        private void FlushWrite()
        {
            if (_writeLen == 0) return;
            int n = _writeLen;
            _writeLen = 0;
            _s.Write(_buf, 0, n);
        }

        // gives back read-ahead so the underlying position is the logical one
        private void DropRead()
        {
            if (_readLen - _readPos > 0 && _s.CanSeek) _s.Seek(_readPos - _readLen, SeekOrigin.Current);
            _readPos = _readLen = 0;
        }

        public override long Length { get { Check(); FlushWrite(); return _s.Length; } }
        public override long Position
        {
            get { Check(); return _s.Position + _writeLen - (_readLen - _readPos); }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
                Seek(value, SeekOrigin.Begin);
            }
        }

        public override void Flush()
        {
            Check();
            FlushWrite();
            DropRead();
            _s.Flush();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            CheckArgs(buffer, offset, count);
            Check();
            if (!_s.CanRead) throw new NotSupportedException("Stream does not support reading.");
            FlushWrite();
            int avail = _readLen - _readPos;
            if (avail == 0)
            {
                if (count >= _size) return _s.Read(buffer, offset, count);
                _readPos = 0;
                _readLen = _s.Read(_buf, 0, _size);
                avail = _readLen;
                if (avail == 0) return 0;
            }
            int n = avail < count ? avail : count;
            Buffer.BlockCopy(_buf, _readPos, buffer, offset, n);
            _readPos += n;
            return n;
        }

        public override int ReadByte()
        {
            Check();
            if (_readPos < _readLen) return _buf[_readPos++];
            byte[] one = new byte[1];
            return Read(one, 0, 1) == 0 ? -1 : one[0];
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            CheckArgs(buffer, offset, count);
            Check();
            if (!_s.CanWrite) throw new NotSupportedException("Stream does not support writing.");
            DropRead();
            if (_writeLen + count > _size)
            {
                FlushWrite();
                if (count >= _size) { _s.Write(buffer, offset, count); return; }
            }
            Buffer.BlockCopy(buffer, offset, _buf, _writeLen, count);
            _writeLen += count;
        }

        public override void WriteByte(byte value) { Write(new byte[] { value }, 0, 1); }

        public override long Seek(long offset, SeekOrigin origin)
        {
            Check();
            if (!_s.CanSeek) throw new NotSupportedException("Stream does not support seeking.");
            FlushWrite();
            if (origin == SeekOrigin.Current) offset -= _readLen - _readPos;
            _readPos = _readLen = 0;
            return _s.Seek(offset, origin);
        }

        public override void SetLength(long value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
            Check();
            FlushWrite();
            DropRead();
            _s.SetLength(value);
        }

        protected override void Dispose(bool disposing)
        {
            if (_s == null) return;
            try { if (disposing) { FlushWrite(); _s.Close(); } }
            finally { _s = null; }
        }
    }
}
