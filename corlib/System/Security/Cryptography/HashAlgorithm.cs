// HashAlgorithm with SHA256 and MD5 in plain C#: block-at-a-time
// compression over a 64-byte buffer, standard padding. The hot loops use
// locals and uint arithmetic only.
using System.IO;

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

        public abstract void Initialize();
        protected abstract void HashCore(byte[] array, int ibStart, int cbSize);
        protected abstract byte[] HashFinal();

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

    // Shared buffering for the two 64-byte-block hashes.
    internal abstract class BlockHash : HashAlgorithm
    {
        internal readonly byte[] _block = new byte[64];
        internal int _fill;
        internal long _length;

        internal BlockHash() { }

        internal abstract void Compress(byte[] data, int offset);
        internal abstract byte[] Digest();
        internal abstract bool BigEndianLength { get; }

        protected override void HashCore(byte[] array, int ibStart, int cbSize)
        {
            _length += cbSize;
            if (_fill > 0)
            {
                int take = 64 - _fill;
                if (take > cbSize) take = cbSize;
                Buffer.BlockCopy(array, ibStart, _block, _fill, take);
                _fill += take; ibStart += take; cbSize -= take;
                if (_fill < 64) return;
                Compress(_block, 0);
                _fill = 0;
            }
            while (cbSize >= 64) { Compress(array, ibStart); ibStart += 64; cbSize -= 64; }
            if (cbSize > 0) { Buffer.BlockCopy(array, ibStart, _block, 0, cbSize); _fill = cbSize; }
        }

        protected override byte[] HashFinal()
        {
            long bits = _length * 8;
            byte[] pad = new byte[(_fill < 56 ? 56 - _fill : 120 - _fill) + 8];
            pad[0] = 0x80;
            int p = pad.Length - 8;
            for (int i = 0; i < 8; i++)
                pad[p + i] = (byte)(BigEndianLength ? bits >> (56 - 8 * i) : bits >> (8 * i));
            long saved = _length;
            HashCore(pad, 0, pad.Length);
            _length = saved;
            return Digest();
        }
    }

    public abstract class SHA256 : HashAlgorithm
    {
        protected SHA256() { HashSizeValue = 256; }
        public static SHA256 Create() { return new SHA256Managed(); }
        public static SHA256 Create(string hashName) { return new SHA256Managed(); }
        public static byte[] HashData(byte[] source) { using (SHA256 h = Create()) return h.ComputeHash(source); }
    }

    public sealed class SHA256Managed : SHA256
    {
        private static readonly uint[] K = {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2 };

        private readonly Impl _impl = new Impl();
        public SHA256Managed() { Initialize(); }

        public override void Initialize() { _impl.Reset(); }
        protected override void HashCore(byte[] array, int ibStart, int cbSize) { _impl.Feed(array, ibStart, cbSize); }
        protected override byte[] HashFinal() { return _impl.Finish(); }

        private sealed class Impl : BlockHash
        {
            private readonly uint[] _h = new uint[8];
            private readonly uint[] _w = new uint[64];

            internal void Reset()
            {
                _h[0] = 0x6a09e667; _h[1] = 0xbb67ae85; _h[2] = 0x3c6ef372; _h[3] = 0xa54ff53a;
                _h[4] = 0x510e527f; _h[5] = 0x9b05688c; _h[6] = 0x1f83d9ab; _h[7] = 0x5be0cd19;
                _fill = 0; _length = 0;
            }
            internal void Feed(byte[] a, int o, int n) { HashCore(a, o, n); }
            internal byte[] Finish() { return HashFinal(); }
            public override void Initialize() { Reset(); }
            internal override bool BigEndianLength { get { return true; } }

            internal override void Compress(byte[] d, int o)
            {
                uint[] w = _w;
                uint[] k = K;
                for (int i = 0; i < 16; i++, o += 4)
                    w[i] = ((uint)d[o] << 24) | ((uint)d[o + 1] << 16) | ((uint)d[o + 2] << 8) | d[o + 3];
                for (int i = 16; i < 64; i++)
                {
                    uint x = w[i - 15], y = w[i - 2];
                    uint s0 = ((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3);
                    uint s1 = ((y >> 17) | (y << 15)) ^ ((y >> 19) | (y << 13)) ^ (y >> 10);
                    w[i] = unchecked(w[i - 16] + s0 + w[i - 7] + s1);
                }
                uint a = _h[0], b = _h[1], c = _h[2], e = _h[4], f = _h[5], g = _h[6], h = _h[7], dd = _h[3];
                for (int i = 0; i < 64; i++)
                {
                    uint S1 = ((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7));
                    uint ch = (e & f) ^ (~e & g);
                    uint t1 = unchecked(h + S1 + ch + k[i] + w[i]);
                    uint S0 = ((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10));
                    uint maj = (a & b) ^ (a & c) ^ (b & c);
                    uint t2 = unchecked(S0 + maj);
                    h = g; g = f; f = e; e = unchecked(dd + t1); dd = c; c = b; b = a; a = unchecked(t1 + t2);
                }
                unchecked { _h[0] += a; _h[1] += b; _h[2] += c; _h[3] += dd; _h[4] += e; _h[5] += f; _h[6] += g; _h[7] += h; }
            }

            internal override byte[] Digest()
            {
                byte[] r = new byte[32];
                for (int i = 0; i < 8; i++)
                {
                    uint v = _h[i];
                    r[4 * i] = (byte)(v >> 24); r[4 * i + 1] = (byte)(v >> 16); r[4 * i + 2] = (byte)(v >> 8); r[4 * i + 3] = (byte)v;
                }
                Reset();
                return r;
            }
        }
    }

    public abstract class MD5 : HashAlgorithm
    {
        protected MD5() { HashSizeValue = 128; }
        public static MD5 Create() { return new MD5Managed(); }
        public static MD5 Create(string algName) { return new MD5Managed(); }
        public static byte[] HashData(byte[] source) { using (MD5 h = Create()) return h.ComputeHash(source); }
    }

    internal sealed class MD5Managed : MD5
    {
        private static readonly uint[] T = new uint[64];
        private static readonly int[] S = { 7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21 };

        static MD5Managed()
        {
            // T[i] = floor(2^32 * |sin(i + 1)|), as the RFC defines the table.
            for (int i = 0; i < 64; i++) T[i] = (uint)(long)Math.Floor(4294967296.0 * Math.Abs(Math.Sin(i + 1)));
        }

        private readonly Impl _impl = new Impl();
        public MD5Managed() { Initialize(); }
        public override void Initialize() { _impl.Reset(); }
        protected override void HashCore(byte[] array, int ibStart, int cbSize) { _impl.Feed(array, ibStart, cbSize); }
        protected override byte[] HashFinal() { return _impl.Finish(); }

        private sealed class Impl : BlockHash
        {
            private uint _a, _b, _c, _d;
            private readonly uint[] _x = new uint[16];

            internal void Reset() { _a = 0x67452301; _b = 0xefcdab89; _c = 0x98badcfe; _d = 0x10325476; _fill = 0; _length = 0; }
            internal void Feed(byte[] a, int o, int n) { HashCore(a, o, n); }
            internal byte[] Finish() { return HashFinal(); }
            public override void Initialize() { Reset(); }
            internal override bool BigEndianLength { get { return false; } }

            internal override void Compress(byte[] d, int o)
            {
                uint[] x = _x;
                for (int i = 0; i < 16; i++, o += 4)
                    x[i] = d[o] | ((uint)d[o + 1] << 8) | ((uint)d[o + 2] << 16) | ((uint)d[o + 3] << 24);
                uint a = _a, b = _b, c = _c, dd = _d;
                for (int i = 0; i < 64; i++)
                {
                    uint f; int g;
                    if (i < 16) { f = (b & c) | (~b & dd); g = i; }
                    else if (i < 32) { f = (dd & b) | (~dd & c); g = (5 * i + 1) & 15; }
                    else if (i < 48) { f = b ^ c ^ dd; g = (3 * i + 5) & 15; }
                    else { f = c ^ (b | ~dd); g = (7 * i) & 15; }
                    uint tmp = dd;
                    dd = c;
                    c = b;
                    uint sum = unchecked(a + f + T[i] + x[g]);
                    int s = S[((i >> 4) << 2) | (i & 3)];
                    b = unchecked(b + ((sum << s) | (sum >> (32 - s))));
                    a = tmp;
                }
                unchecked { _a += a; _b += b; _c += c; _d += dd; }
            }

            internal override byte[] Digest()
            {
                byte[] r = new byte[16];
                uint[] v = { _a, _b, _c, _d };
                for (int i = 0; i < 4; i++)
                {
                    r[4 * i] = (byte)v[i]; r[4 * i + 1] = (byte)(v[i] >> 8); r[4 * i + 2] = (byte)(v[i] >> 16); r[4 * i + 3] = (byte)(v[i] >> 24);
                }
                Reset();
                return r;
            }
        }
    }
}
