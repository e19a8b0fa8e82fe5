// The Null members of the stream and reader/writer types: a stream that
// discards writes and reads as empty, and readers/writers over it.
using System.Text;

namespace System.IO
{
    internal sealed class NullStream : Stream
    {
        public override bool CanRead { get { return true; } }
        public override bool CanWrite { get { return true; } }
        public override bool CanSeek { get { return true; } }
        public override long Length { get { return 0; } }
        public override long Position { get { return 0; } set { } }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) { CheckArgs(buffer, offset, count); return 0; }
        public override int ReadByte() { return -1; }
        public override long Seek(long offset, SeekOrigin origin) { return 0; }
        public override void SetLength(long length) { }
        public override void Write(byte[] buffer, int offset, int count) { CheckArgs(buffer, offset, count); }
        public override void WriteByte(byte value) { }
    }

    public partial class StreamReader
    {
        public static new readonly StreamReader Null = new StreamReader(Stream.Null, new UTF8Encoding(false), false);
    }

    public partial class StreamWriter
    {
        public static new readonly StreamWriter Null = new StreamWriter(Stream.Null, new UTF8Encoding(false, true), 128, true);
    }
}
