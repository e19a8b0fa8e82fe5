// HashAlgorithm, the base of every hash and HMAC (the algorithms themselves
// are in Hashes.cs, the keyed ones in HMAC.cs), and ICryptoTransform.
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace System.Security.Cryptography
{
    public abstract class HashAlgorithm : IDisposable, ICryptoTransform
    {
        protected int HashSizeValue;
        protected internal byte[] HashValue;
        protected int State;
        private bool _disposed;

        protected HashAlgorithm() { }

        public virtual int HashSize { get { return HashSizeValue; } }
        public virtual byte[] Hash
        {
            get
            {
                if (_disposed) throw new ObjectDisposedException(null);
                if (State != 0) throw new CryptographicUnexpectedOperationException("Hash must be finalized before the hash value is retrieved.");
                return HashValue == null ? null : (byte[])HashValue.Clone();
            }
        }
        public virtual int InputBlockSize { get { return 1; } }
        public virtual int OutputBlockSize { get { return 1; } }
        public virtual bool CanTransformMultipleBlocks { get { return true; } }
        public virtual bool CanReuseTransform { get { return true; } }

        public byte[] ComputeHash(byte[] buffer)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            return ComputeHash(buffer, 0, buffer.Length);
        }

        public byte[] ComputeHash(byte[] buffer, int offset, int count)
        {
            if (_disposed) throw new ObjectDisposedException(null);
            if (buffer == null) throw new ArgumentNullException("buffer");
            if (offset < 0 || count < 0 || buffer.Length - offset < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            HashCore(buffer, offset, count);
            HashValue = HashFinal();
            State = 0;
            Initialize();
            return (byte[])HashValue.Clone();
        }

        public byte[] ComputeHash(Stream inputStream)
        {
            if (_disposed) throw new ObjectDisposedException(null);
            if (inputStream == null) throw new ArgumentNullException("inputStream");
            byte[] buf = new byte[4096];
            int n;
            while ((n = inputStream.Read(buf, 0, buf.Length)) > 0) HashCore(buf, 0, n);
            HashValue = HashFinal();
            State = 0;
            Initialize();
            return (byte[])HashValue.Clone();
        }

        public int TransformBlock(byte[] inputBuffer, int inputOffset, int inputCount, byte[] outputBuffer, int outputOffset)
        {
            State = 1;
            HashCore(inputBuffer, inputOffset, inputCount);
            if (outputBuffer != null && (inputBuffer != outputBuffer || inputOffset != outputOffset))
                Buffer.BlockCopy(inputBuffer, inputOffset, outputBuffer, outputOffset, inputCount);
            return inputCount;
        }

        public byte[] TransformFinalBlock(byte[] inputBuffer, int inputOffset, int inputCount)
        {
            HashCore(inputBuffer, inputOffset, inputCount);
            HashValue = HashFinal();
            byte[] r = new byte[inputCount];
            if (inputCount != 0) Buffer.BlockCopy(inputBuffer, inputOffset, r, 0, inputCount);
            State = 0;
            Initialize();
            return r;
        }

        public bool TryComputeHash(ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten)
        {
            if (_disposed) throw new ObjectDisposedException(null);
            if (destination.Length < HashSizeValue / 8) { bytesWritten = 0; return false; }
            HashCore(source);
            if (!TryHashFinal(destination, out bytesWritten)) throw new InvalidOperationException("The algorithm's implementation is incorrect.");
            HashValue = null;
            State = 0;
            Initialize();
            return true;
        }

        public Task<byte[]> ComputeHashAsync(Stream inputStream, CancellationToken cancellationToken = default)
        {
            if (inputStream == null) throw new ArgumentNullException("inputStream");
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<byte[]>(cancellationToken);
            return Task.FromResult(ComputeHash(inputStream));
        }

        public abstract void Initialize();
        protected abstract void HashCore(byte[] array, int ibStart, int cbSize);
        protected abstract byte[] HashFinal();

        protected virtual void HashCore(ReadOnlySpan<byte> source)
        {
            byte[] a = source.ToArray();
            HashCore(a, 0, a.Length);
        }

        protected virtual bool TryHashFinal(Span<byte> destination, out int bytesWritten)
        {
            int size = HashSizeValue / 8;
            if (destination.Length < size) { bytesWritten = 0; return false; }
            byte[] h = HashFinal();
            new ReadOnlySpan<byte>(h).CopyTo(destination);
            bytesWritten = h.Length;
            return true;
        }

        public void Dispose() { Dispose(true); }
        public void Clear() { Dispose(true); }
        protected virtual void Dispose(bool disposing) { _disposed = true; }
    }

    public interface ICryptoTransform : IDisposable
    {
        int InputBlockSize { get; }
        int OutputBlockSize { get; }
        bool CanTransformMultipleBlocks { get; }
        bool CanReuseTransform { get; }
        int TransformBlock(byte[] inputBuffer, int inputOffset, int inputCount, byte[] outputBuffer, int outputOffset);
        byte[] TransformFinalBlock(byte[] inputBuffer, int inputOffset, int inputCount);
    }

    public class CryptographicUnexpectedOperationException : CryptographicException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected CryptographicUnexpectedOperationException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public CryptographicUnexpectedOperationException() { }
        public CryptographicUnexpectedOperationException(string message) : base(message) { }
    }
}
