// Span overloads of Stream (through the array members by default; MemoryStream
// reads straight from its buffer), TextWriter and TextReader.
namespace System.IO
{
    public abstract partial class Stream
    {
        public virtual int Read(Span<byte> buffer)
        {
            byte[] bytes = new byte[buffer.Length];
            int n = Read(bytes, 0, bytes.Length);
            if ((uint)n > (uint)buffer.Length) throw new IOException("Stream was too long.");
            bytes.AsSpan(0, n).CopyTo(buffer);
            return n;
        }

        public virtual void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public void ReadExactly(Span<byte> buffer) => ReadAtLeast(buffer, buffer.Length, true);

        public void ReadExactly(byte[] buffer, int offset, int count)
        {
            if (buffer == null) throw new ArgumentNullException(nameof(buffer));
            ReadAtLeast(buffer.AsSpan(offset, count), count, true);
        }

        public int ReadAtLeast(Span<byte> buffer, int minimumBytes, bool throwOnEndOfStream = true)
        {
            if (minimumBytes < 0) throw new ArgumentOutOfRangeException(nameof(minimumBytes), "Non-negative number required.");
            if (buffer.Length < minimumBytes) throw new ArgumentOutOfRangeException(nameof(minimumBytes), "The minimumBytes argument must be less than or equal to the buffer length.");
            int total = 0;
            while (total < minimumBytes)
            {
                int n = Read(buffer.Slice(total));
                if (n == 0)
                {
                    if (throwOnEndOfStream) throw new EndOfStreamException("Unable to read beyond the end of the stream.");
                    return total;
                }
                total += n;
            }
            return total;
        }
    }

    public partial class MemoryStream
    {
        public override int Read(Span<byte> buffer)
        {
            EnsureOpen();
            int n = _length - _position;
            if (n > buffer.Length) n = buffer.Length;
            if (n <= 0) return 0;
            new ReadOnlySpan<byte>(_buffer, _position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
    }

    public abstract partial class TextWriter
    {
        public virtual void Write(ReadOnlySpan<char> buffer) => Write(buffer.ToArray());
        public virtual void WriteLine(ReadOnlySpan<char> buffer) { Write(buffer); WriteLine(); }
    }

    public abstract partial class TextReader
    {
        public virtual int Read(Span<char> buffer)
        {
            char[] chars = new char[buffer.Length];
            int n = Read(chars, 0, chars.Length);
            chars.AsSpan(0, n).CopyTo(buffer);
            return n;
        }

        public virtual int ReadBlock(Span<char> buffer)
        {
            int total = 0, n;
            while (total < buffer.Length && (n = Read(buffer.Slice(total))) > 0) total += n;
            return total;
        }
    }
}
