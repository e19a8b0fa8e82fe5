// StreamReader / StreamWriter constructors that open a file.
using System.Text;

namespace System.IO
{
    public partial class StreamReader
    {
        public StreamReader(string path) : this(path, Encoding.UTF8, true, 4096) { }
        public StreamReader(string path, bool detectEncodingFromByteOrderMarks) : this(path, Encoding.UTF8, detectEncodingFromByteOrderMarks, 4096) { }
        public StreamReader(string path, Encoding encoding) : this(path, encoding, true, 4096) { }
        public StreamReader(string path, Encoding encoding, bool detectEncodingFromByteOrderMarks) : this(path, encoding, detectEncodingFromByteOrderMarks, 4096) { }
        public StreamReader(string path, Encoding encoding, bool detectEncodingFromByteOrderMarks, int bufferSize)
            : this(OpenRead(path, encoding, bufferSize), encoding, detectEncodingFromByteOrderMarks, false) { }

        private static Stream OpenRead(string path, Encoding encoding, int bufferSize)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (encoding == null) throw new ArgumentNullException("encoding");
            if (path.Length == 0) throw new ArgumentException("Empty path name is not legal.", "path");
            if (bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        }
    }

    public partial class StreamWriter
    {
        public StreamWriter(string path) : this(path, false, new UTF8Encoding(false, true), 4096) { }
        public StreamWriter(string path, bool append) : this(path, append, new UTF8Encoding(false, true), 4096) { }
        public StreamWriter(string path, bool append, Encoding encoding) : this(path, append, encoding, 4096) { }
        public StreamWriter(string path, bool append, Encoding encoding, int bufferSize)
            : this(OpenWrite(path, append, encoding, bufferSize), encoding, false) { }

        private static Stream OpenWrite(string path, bool append, Encoding encoding, int bufferSize)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (encoding == null) throw new ArgumentNullException("encoding");
            if (path.Length == 0) throw new ArgumentException("Empty path name is not legal.", "path");
            if (bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            return new FileStream(path, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read, 4096);
        }
    }
}
