// Stream.Synchronized: every call on the wrapped stream under one lock.
namespace System.IO
{
    internal sealed class SyncStream : Stream
    {
        private readonly Stream _s;

        internal SyncStream(Stream stream) { _s = stream; }

        public override bool CanRead { get { return _s.CanRead; } }
        public override bool CanWrite { get { return _s.CanWrite; } }
        public override bool CanSeek { get { return _s.CanSeek; } }
        public override bool CanTimeout { get { return _s.CanTimeout; } }
        public override long Length { get { lock (_s) return _s.Length; } }
        public override long Position { get { lock (_s) return _s.Position; } set { lock (_s) _s.Position = value; } }
        public override int ReadTimeout { get { return _s.ReadTimeout; } set { _s.ReadTimeout = value; } }
        public override int WriteTimeout { get { return _s.WriteTimeout; } set { _s.WriteTimeout = value; } }

        public override void Flush() { lock (_s) _s.Flush(); }
        public override int Read(byte[] buffer, int offset, int count) { lock (_s) return _s.Read(buffer, offset, count); }
        public override int ReadByte() { lock (_s) return _s.ReadByte(); }
        public override long Seek(long offset, SeekOrigin origin) { lock (_s) return _s.Seek(offset, origin); }
        public override void SetLength(long value) { lock (_s) _s.SetLength(value); }
        public override void Write(byte[] buffer, int offset, int count) { lock (_s) _s.Write(buffer, offset, count); }
        public override void WriteByte(byte value) { lock (_s) _s.WriteByte(value); }
        public override void Close() { lock (_s) _s.Close(); }

        protected override void Dispose(bool disposing)
        {
            if (disposing) lock (_s) ((IDisposable)_s).Dispose();
            base.Dispose(disposing);
        }
    }
}
