// System.Net.Http contents: HttpContent (buffering, ReadAs*, charset handling)
// and StringContent, ByteArrayContent, ReadOnlyMemoryContent, StreamContent,
// FormUrlEncodedContent (docs/http.md).
using System.Collections.Generic;
using System.IO;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace System.Net.Http
{
    public abstract class HttpContent : IDisposable
    {
        private HttpContentHeaders _headers;
        private byte[] _buffer;
        private bool _disposed;

        protected HttpContent() { }

        public HttpContentHeaders Headers { get { return _headers ??= new HttpContentHeaders(this); } }

        protected abstract Task SerializeToStreamAsync(Stream stream, TransportContext context);

        protected virtual Task SerializeToStreamAsync(Stream stream, TransportContext context, CancellationToken cancellationToken)
        {
            return SerializeToStreamAsync(stream, context);
        }

        protected virtual void SerializeToStream(Stream stream, TransportContext context, CancellationToken cancellationToken)
        {
            SerializeToStreamAsync(stream, context, cancellationToken).GetAwaiter().GetResult();
        }

        protected internal abstract bool TryComputeLength(out long length);

        protected virtual Task<Stream> CreateContentReadStreamAsync()
        {
            return Task.FromResult<Stream>(new MemoryStream(Buffered(), false));
        }

        protected virtual Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken)
        {
            return CreateContentReadStreamAsync();
        }

        protected virtual Stream CreateContentReadStream(CancellationToken cancellationToken)
        {
            return CreateContentReadStreamAsync(cancellationToken).GetAwaiter().GetResult();
        }

        internal long? ComputedLength()
        {
            if (_buffer != null) return _buffer.Length;
            long n;
            return TryComputeLength(out n) ? n : (long?)null;
        }

        internal void SetBuffer(byte[] bytes) { _buffer = bytes; }

        private void CheckDisposed()
        {
            if (_disposed) throw new ObjectDisposedException(GetType().ToString());
        }

        // the content's bytes, serialized once
        internal byte[] Buffered()
        {
            CheckDisposed();
            if (_buffer == null)
            {
                var ms = new MemoryStream();
                SerializeToStreamAsync(ms, null, CancellationToken.None).GetAwaiter().GetResult();
                _buffer = ms.ToArray();
            }
            return _buffer;
        }

        internal async Task<byte[]> BufferedAsync(CancellationToken cancellationToken)
        {
            CheckDisposed();
            if (_buffer == null)
            {
                var ms = new MemoryStream();
                await SerializeToStreamAsync(ms, null, cancellationToken).ConfigureAwait(false);
                _buffer = ms.ToArray();
            }
            return _buffer;
        }

        public Task LoadIntoBufferAsync() { return BufferedAsync(CancellationToken.None); }
        public Task LoadIntoBufferAsync(long maxBufferSize) { return BufferedAsync(CancellationToken.None); }
        public Task LoadIntoBufferAsync(CancellationToken cancellationToken) { return BufferedAsync(cancellationToken); }
        public Task LoadIntoBufferAsync(long maxBufferSize, CancellationToken cancellationToken) { return BufferedAsync(cancellationToken); }

        public Task<string> ReadAsStringAsync() { return ReadAsStringAsync(CancellationToken.None); }

        public async Task<string> ReadAsStringAsync(CancellationToken cancellationToken)
        {
            byte[] bytes = await BufferedAsync(cancellationToken).ConfigureAwait(false);
            return DecodeString(bytes, _headers != null ? _headers.ContentType : null);
        }

        public Task<byte[]> ReadAsByteArrayAsync() { return ReadAsByteArrayAsync(CancellationToken.None); }

        public async Task<byte[]> ReadAsByteArrayAsync(CancellationToken cancellationToken)
        {
            byte[] bytes = await BufferedAsync(cancellationToken).ConfigureAwait(false);
            return (byte[])bytes.Clone();
        }

        public Task<Stream> ReadAsStreamAsync() { return ReadAsStreamAsync(CancellationToken.None); }

        public async Task<Stream> ReadAsStreamAsync(CancellationToken cancellationToken)
        {
            CheckDisposed();
            if (_buffer == null) await BufferedAsync(cancellationToken).ConfigureAwait(false);
            return await CreateContentReadStreamAsync(cancellationToken).ConfigureAwait(false);
        }

        public Stream ReadAsStream() { return ReadAsStream(CancellationToken.None); }
        public Stream ReadAsStream(CancellationToken cancellationToken) { Buffered(); return CreateContentReadStream(cancellationToken); }

        public Task CopyToAsync(Stream stream) { return CopyToAsync(stream, null, CancellationToken.None); }
        public Task CopyToAsync(Stream stream, CancellationToken cancellationToken) { return CopyToAsync(stream, null, cancellationToken); }
        public Task CopyToAsync(Stream stream, TransportContext context) { return CopyToAsync(stream, context, CancellationToken.None); }

        public async Task CopyToAsync(Stream stream, TransportContext context, CancellationToken cancellationToken)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            byte[] bytes = await BufferedAsync(cancellationToken).ConfigureAwait(false);
            stream.Write(bytes, 0, bytes.Length);
        }

        public void CopyTo(Stream stream, TransportContext context, CancellationToken cancellationToken)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            byte[] bytes = Buffered();
            stream.Write(bytes, 0, bytes.Length);
        }

        // the charset of Content-Type, else a byte order mark, else UTF-8 (as .NET)
        internal static string DecodeString(byte[] bytes, MediaTypeHeaderValue contentType)
        {
            Encoding encoding = null;
            string charset = contentType != null ? contentType.CharSet : null;
            if (!string.IsNullOrEmpty(charset))
            {
                if (charset.Length > 2 && charset[0] == '"' && charset[charset.Length - 1] == '"') charset = charset.Substring(1, charset.Length - 2);
                try { encoding = Encoding.GetEncoding(charset); }
                catch (ArgumentException e) { throw new InvalidOperationException("The character set provided in ContentType is invalid. Cannot read content as string using an invalid character set.", e); }
            }
            int skip = 0;
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) { if (encoding == null || encoding.CodePage == 65001) { encoding = Encoding.UTF8; skip = 3; } }
            else if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) { if (encoding == null || encoding.CodePage == 1200) { encoding = Encoding.Unicode; skip = 2; } }
            else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) { if (encoding == null || encoding.CodePage == 1201) { encoding = Encoding.BigEndianUnicode; skip = 2; } }
            if (encoding == null) encoding = Encoding.UTF8;
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (disposing) _disposed = true;
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }
    }

    public class ByteArrayContent : HttpContent
    {
        private readonly byte[] _content;
        private readonly int _offset, _count;

        public ByteArrayContent(byte[] content)
        {
            if (content == null) throw new ArgumentNullException("content");
            _content = content; _offset = 0; _count = content.Length;
        }

        public ByteArrayContent(byte[] content, int offset, int count)
        {
            if (content == null) throw new ArgumentNullException("content");
            if (offset < 0 || offset > content.Length) throw new ArgumentOutOfRangeException("offset");
            if (count < 0 || count > content.Length - offset) throw new ArgumentOutOfRangeException("count");
            _content = content; _offset = offset; _count = count;
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext context)
        {
            stream.Write(_content, _offset, _count);
            return Task.CompletedTask;
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext context, CancellationToken cancellationToken)
        {
            return SerializeToStreamAsync(stream, context);
        }

        protected override void SerializeToStream(Stream stream, TransportContext context, CancellationToken cancellationToken)
        {
            stream.Write(_content, _offset, _count);
        }

        protected internal override bool TryComputeLength(out long length)
        {
            length = _count;
            return true;
        }

        protected override Task<Stream> CreateContentReadStreamAsync()
        {
            return Task.FromResult<Stream>(new MemoryStream(_content, _offset, _count, false));
        }
    }

    public class StringContent : ByteArrayContent
    {
        public StringContent(string content) : this(content, null, (string)null) { }

        public StringContent(string content, Encoding encoding) : this(content, encoding, (string)null) { }

        public StringContent(string content, Encoding encoding, string mediaType)
            : base(GetBytes(content, encoding))
        {
            var type = new MediaTypeHeaderValue(mediaType ?? "text/plain");
            type.CharSet = (encoding ?? Encoding.UTF8).WebName;
            Headers.ContentType = type;
        }

        public StringContent(string content, MediaTypeHeaderValue mediaType) : this(content, null, mediaType) { }

        public StringContent(string content, Encoding encoding, MediaTypeHeaderValue mediaType)
            : base(GetBytes(content, encoding))
        {
            Headers.ContentType = mediaType;
        }

        private static byte[] GetBytes(string content, Encoding encoding)
        {
            if (content == null) throw new ArgumentNullException("content");
            return (encoding ?? Encoding.UTF8).GetBytes(content);
        }
    }

    public sealed class ReadOnlyMemoryContent : HttpContent
    {
        private readonly ReadOnlyMemory<byte> _content;

        public ReadOnlyMemoryContent(ReadOnlyMemory<byte> content) { _content = content; }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext context)
        {
            byte[] bytes = _content.ToArray();
            stream.Write(bytes, 0, bytes.Length);
            return Task.CompletedTask;
        }

        protected internal override bool TryComputeLength(out long length)
        {
            length = _content.Length;
            return true;
        }
    }

    public class StreamContent : HttpContent
    {
        private readonly Stream _content;
        private readonly long _start;
        private bool _consumed;

        public StreamContent(Stream content) : this(content, 81920) { }

        public StreamContent(Stream content, int bufferSize)
        {
            if (content == null) throw new ArgumentNullException("content");
            if (bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize");
            _content = content;
            _start = content.CanSeek ? content.Position : -1;
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext context)
        {
            if (_consumed)
            {
                if (!_content.CanSeek) throw new InvalidOperationException("The stream was already consumed. It cannot be read again.");
                _content.Position = _start;
            }
            _consumed = true;
            _content.CopyTo(stream);
            return Task.CompletedTask;
        }

        protected internal override bool TryComputeLength(out long length)
        {
            if (_content.CanSeek) { length = _content.Length - _start; return true; }
            length = 0;
            return false;
        }

        protected override Task<Stream> CreateContentReadStreamAsync()
        {
            return Task.FromResult<Stream>(new MemoryStream(Buffered(), false));
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _content.Dispose();
            base.Dispose(disposing);
        }
    }

    public class FormUrlEncodedContent : ByteArrayContent
    {
        public FormUrlEncodedContent(IEnumerable<KeyValuePair<string, string>> nameValueCollection)
            : base(Encode(nameValueCollection))
        {
            Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        }

        private static byte[] Encode(IEnumerable<KeyValuePair<string, string>> pairs)
        {
            if (pairs == null) throw new ArgumentNullException("nameValueCollection");
            var sb = new StringBuilder();
            foreach (var p in pairs)
            {
                if (sb.Length > 0) sb.Append('&');
                sb.Append(EncodeComponent(p.Key)).Append('=').Append(EncodeComponent(p.Value));
            }
            return Encoding.Latin1.GetBytes(sb.ToString());
        }

        private static string EncodeComponent(string s)
        {
            if (string.IsNullOrEmpty(s)) return string.Empty;
            return Uri.EscapeDataString(s).Replace("%20", "+");
        }
    }
}
