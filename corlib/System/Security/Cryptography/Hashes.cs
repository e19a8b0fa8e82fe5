// The hash algorithms, written from FIPS 180-4 (SHA-1, SHA-256, SHA-384,
// SHA-512) and RFC 1321 (MD5). HashImpl holds the block buffering and the
// padding shared by all of them (64-byte blocks with a 64-bit length, or
// 128-byte blocks with a 128-bit length); each algorithm supplies the
// compression function over its state. Nothing is allocated per block. The
// SHA-512 constants are the 64-bit fractional parts of the cube roots of the
// first 80 primes and its initial values those of the square roots (first 8
// primes for SHA-512, primes 9-16 for SHA-384), as the standard defines them.
// The public types (SHA256, SHA256Managed...) wrap an impl; IncrementalHash,
// HMAC and PBKDF2 use the impls directly.
using System.IO;

namespace System.Security.Cryptography
{
    // The common surface of a running hash and a running HMAC.
    internal abstract class Hasher
    {
        internal abstract int HashBytes { get; }
        internal abstract void Reset();
        internal abstract void Append(byte[] data, int offset, int count);
        internal abstract void Append(ReadOnlySpan<byte> data);
        // writes HashBytes bytes and resets
        internal abstract void FinishInto(Span<byte> destination);
        internal abstract Hasher CloneHasher();

        internal byte[] Finish()
        {
            byte[] r = new byte[HashBytes];
            FinishInto(r);
            return r;
        }
    }

    internal abstract class HashImpl : Hasher
    {
        internal readonly byte[] _block;
        internal int _fill;
        internal long _length;

        protected HashImpl(int blockSize) { _block = new byte[blockSize]; }

        internal int BlockSize { get { return _block.Length; } }
        internal abstract bool BigEndian { get; }
        internal abstract void ResetState();
        internal abstract void Compress(byte[] data, int offset);
        internal abstract void WriteDigest(Span<byte> destination);
        internal abstract HashImpl NewEmpty();
        internal abstract void CopyStateFrom(HashImpl other);

        internal override void Reset() { ResetState(); _fill = 0; _length = 0; }

        internal void CopyFrom(HashImpl other)
        {
            CopyStateFrom(other);
            Buffer.BlockCopy(other._block, 0, _block, 0, _block.Length);
            _fill = other._fill;
            _length = other._length;
        }

        internal override Hasher CloneHasher()
        {
            HashImpl c = NewEmpty();
            c.CopyFrom(this);
            return c;
        }

        internal override void Append(byte[] data, int offset, int count)
        {
            int bs = _block.Length;
            _length += count;
            if (_fill > 0)
            {
                int take = bs - _fill;
                if (take > count) take = count;
                Buffer.BlockCopy(data, offset, _block, _fill, take);
                _fill += take; offset += take; count -= take;
                if (_fill < bs) return;
                Compress(_block, 0);
                _fill = 0;
            }
            while (count >= bs) { Compress(data, offset); offset += bs; count -= bs; }
            if (count > 0) { Buffer.BlockCopy(data, offset, _block, 0, count); _fill = count; }
        }

        internal override void Append(ReadOnlySpan<byte> data)
        {
            int bs = _block.Length;
            _length += data.Length;
            while (data.Length > 0)
            {
                int take = bs - _fill;
                if (take > data.Length) take = data.Length;
                data.Slice(0, take).CopyTo(new Span<byte>(_block, _fill, take));
                _fill += take;
                data = data.Slice(take);
                if (_fill == bs) { Compress(_block, 0); _fill = 0; }
            }
        }

        internal override void FinishInto(Span<byte> destination)
        {
            byte[] b = _block;
            int bs = b.Length;
            int lengthField = bs / 8;          // 8 bytes for 64-byte blocks, 16 for 128-byte ones
            long bits = _length << 3;
            int f = _fill;
            b[f++] = 0x80;
            if (f > bs - lengthField)
            {
                while (f < bs) b[f++] = 0;
                Compress(b, 0);
                f = 0;
            }
            while (f < bs - 8) b[f++] = 0;      // includes the high half of a 128-bit length (always 0 here)
            for (int i = 0; i < 8; i++)
                b[bs - 8 + i] = (byte)(BigEndian ? bits >> (56 - 8 * i) : bits >> (8 * i));
            Compress(b, 0);
            WriteDigest(destination);
            Reset();
        }

        internal static void CheckName(HashAlgorithmName name, string paramName)
        {
            if (name.Name == null) throw new ArgumentNullException(paramName);
            if (name.Name.Length == 0) throw new ArgumentException("The value cannot be an empty string.", paramName);
        }

        internal static HashImpl Create(HashAlgorithmName name, string paramName)
        {
            string n = name.Name;
            CheckName(name, paramName);
            switch (n)
            {
                case "SHA256": return new SHA256Impl();
                case "SHA1": return new SHA1Impl();
                case "SHA384": return new SHA512Impl(true);
                case "SHA512": return new SHA512Impl(false);
                case "MD5": return new MD5Impl();
            }
            throw new CryptographicException("'" + n + "' is not a known hash algorithm.");
        }

        // ---- the static one-shot helpers behind SHA256.HashData and friends ----

        internal static byte[] OneShot(HashImpl h, byte[] source)
        {
            if (source == null) throw new ArgumentNullException("source");
            h.Append(source, 0, source.Length);
            return h.Finish();
        }

        internal static byte[] OneShot(HashImpl h, ReadOnlySpan<byte> source)
        {
            h.Append(source);
            return h.Finish();
        }

        internal static int OneShot(HashImpl h, ReadOnlySpan<byte> source, Span<byte> destination)
        {
            if (destination.Length < h.HashBytes) throw new ArgumentException("Destination is too short.", "destination");
            h.Append(source);
            h.FinishInto(destination);
            return h.HashBytes;
        }

        internal static bool TryOneShot(HashImpl h, ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten)
        {
            if (destination.Length < h.HashBytes) { bytesWritten = 0; return false; }
            h.Append(source);
            h.FinishInto(destination);
            bytesWritten = h.HashBytes;
            return true;
        }

        internal static void AppendStream(Hasher h, Stream source)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (!source.CanRead) throw new ArgumentException("Stream does not support reading.", "source");
            byte[] buf = new byte[4096];
            int n;
            while ((n = source.Read(buf, 0, buf.Length)) > 0) h.Append(buf, 0, n);
        }

        internal static byte[] OneShot(HashImpl h, Stream source)
        {
            AppendStream(h, source);
            return h.Finish();
        }

        internal static int OneShot(HashImpl h, Stream source, Span<byte> destination)
        {
            if (destination.Length < h.HashBytes) throw new ArgumentException("Destination is too short.", "destination");
            AppendStream(h, source);
            h.FinishInto(destination);
            return h.HashBytes;
        }

        internal static void WriteBE(Span<byte> d, int at, uint v)
        {
            d[at] = (byte)(v >> 24); d[at + 1] = (byte)(v >> 16); d[at + 2] = (byte)(v >> 8); d[at + 3] = (byte)v;
        }
    }

    // ---- SHA-1 (FIPS 180-4 6.1) ----
    internal sealed class SHA1Impl : HashImpl
    {
        private uint _h0, _h1, _h2, _h3, _h4;
        private readonly uint[] _w = new uint[80];

        internal SHA1Impl() : base(64) { Reset(); }
        internal override int HashBytes { get { return 20; } }
        internal override bool BigEndian { get { return true; } }
        internal override void ResetState() { _h0 = 0x67452301; _h1 = 0xefcdab89; _h2 = 0x98badcfe; _h3 = 0x10325476; _h4 = 0xc3d2e1f0; }
        internal override HashImpl NewEmpty() { return new SHA1Impl(); }
        internal override void CopyStateFrom(HashImpl other)
        {
            SHA1Impl o = (SHA1Impl)other;
            _h0 = o._h0; _h1 = o._h1; _h2 = o._h2; _h3 = o._h3; _h4 = o._h4;
        }

        internal override void Compress(byte[] d, int o)
        {
            uint[] w = _w;
            for (int t = 0; t < 16; t++, o += 4)
                w[t] = ((uint)d[o] << 24) | ((uint)d[o + 1] << 16) | ((uint)d[o + 2] << 8) | d[o + 3];
            for (int t = 16; t < 80; t++)
            {
                uint x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16];
                w[t] = (x << 1) | (x >> 31);
            }
            uint a = _h0, b = _h1, c = _h2, dd = _h3, e = _h4;
            unchecked
            {
                for (int t = 0; t < 20; t++)
                {
                    uint tmp = ((a << 5) | (a >> 27)) + ((b & c) ^ (~b & dd)) + e + 0x5a827999 + w[t];
                    e = dd; dd = c; c = (b << 30) | (b >> 2); b = a; a = tmp;
                }
                for (int t = 20; t < 40; t++)
                {
                    uint tmp = ((a << 5) | (a >> 27)) + (b ^ c ^ dd) + e + 0x6ed9eba1 + w[t];
                    e = dd; dd = c; c = (b << 30) | (b >> 2); b = a; a = tmp;
                }
                for (int t = 40; t < 60; t++)
                {
                    uint tmp = ((a << 5) | (a >> 27)) + ((b & c) ^ (b & dd) ^ (c & dd)) + e + 0x8f1bbcdc + w[t];
                    e = dd; dd = c; c = (b << 30) | (b >> 2); b = a; a = tmp;
                }
                for (int t = 60; t < 80; t++)
                {
                    uint tmp = ((a << 5) | (a >> 27)) + (b ^ c ^ dd) + e + 0xca62c1d6 + w[t];
                    e = dd; dd = c; c = (b << 30) | (b >> 2); b = a; a = tmp;
                }
                _h0 += a; _h1 += b; _h2 += c; _h3 += dd; _h4 += e;
            }
        }

        internal override void WriteDigest(Span<byte> r)
        {
            WriteBE(r, 0, _h0); WriteBE(r, 4, _h1); WriteBE(r, 8, _h2); WriteBE(r, 12, _h3); WriteBE(r, 16, _h4);
        }
    }

    // ---- SHA-256 (FIPS 180-4 6.2) ----
    internal sealed class SHA256Impl : HashImpl
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

        private readonly uint[] _h = new uint[8];
        private readonly uint[] _w = new uint[64];

        internal SHA256Impl() : base(64) { Reset(); }
        internal override int HashBytes { get { return 32; } }
        internal override bool BigEndian { get { return true; } }
        internal override void ResetState()
        {
            _h[0] = 0x6a09e667; _h[1] = 0xbb67ae85; _h[2] = 0x3c6ef372; _h[3] = 0xa54ff53a;
            _h[4] = 0x510e527f; _h[5] = 0x9b05688c; _h[6] = 0x1f83d9ab; _h[7] = 0x5be0cd19;
        }
        internal override HashImpl NewEmpty() { return new SHA256Impl(); }
        internal override void CopyStateFrom(HashImpl other) { Array.Copy(((SHA256Impl)other)._h, _h, 8); }

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
            uint a = _h[0], b = _h[1], c = _h[2], dd = _h[3], e = _h[4], f = _h[5], g = _h[6], h = _h[7];
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

        internal override void WriteDigest(Span<byte> r)
        {
            for (int i = 0; i < 8; i++) WriteBE(r, 4 * i, _h[i]);
        }
    }

    // ---- SHA-512 and SHA-384 (FIPS 180-4 6.4, 6.5) ----
    internal sealed class SHA512Impl : HashImpl
    {
        private static readonly ulong[] K = {
            0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
            0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
            0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
            0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
            0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
            0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
            0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
            0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
            0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
            0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
            0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
            0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
            0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
            0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
            0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
            0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
            0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
            0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
            0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
            0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817 };

        private readonly bool _is384;
        private readonly ulong[] _h = new ulong[8];
        private readonly ulong[] _w = new ulong[80];

        internal SHA512Impl(bool is384) : base(128) { _is384 = is384; Reset(); }
        internal override int HashBytes { get { return _is384 ? 48 : 64; } }
        internal override bool BigEndian { get { return true; } }
        internal override void ResetState()
        {
            if (_is384) { _h[0] = 0xcbbb9d5dc1059ed8; _h[1] = 0x629a292a367cd507; _h[2] = 0x9159015a3070dd17; _h[3] = 0x152fecd8f70e5939; _h[4] = 0x67332667ffc00b31; _h[5] = 0x8eb44a8768581511; _h[6] = 0xdb0c2e0d64f98fa7; _h[7] = 0x47b5481dbefa4fa4; }
            else { _h[0] = 0x6a09e667f3bcc908; _h[1] = 0xbb67ae8584caa73b; _h[2] = 0x3c6ef372fe94f82b; _h[3] = 0xa54ff53a5f1d36f1; _h[4] = 0x510e527fade682d1; _h[5] = 0x9b05688c2b3e6c1f; _h[6] = 0x1f83d9abfb41bd6b; _h[7] = 0x5be0cd19137e2179; }
        }
        internal override HashImpl NewEmpty() { return new SHA512Impl(_is384); }
        internal override void CopyStateFrom(HashImpl other) { Array.Copy(((SHA512Impl)other)._h, _h, 8); }

        internal override void Compress(byte[] d, int o)
        {
            ulong[] w = _w;
            ulong[] k = K;
            for (int i = 0; i < 16; i++, o += 8)
            {
                uint hi = ((uint)d[o] << 24) | ((uint)d[o + 1] << 16) | ((uint)d[o + 2] << 8) | d[o + 3];
                uint lo = ((uint)d[o + 4] << 24) | ((uint)d[o + 5] << 16) | ((uint)d[o + 6] << 8) | d[o + 7];
                w[i] = ((ulong)hi << 32) | lo;
            }
            for (int i = 16; i < 80; i++)
            {
                ulong x = w[i - 15], y = w[i - 2];
                ulong s0 = ((x >> 1) | (x << 63)) ^ ((x >> 8) | (x << 56)) ^ (x >> 7);
                ulong s1 = ((y >> 19) | (y << 45)) ^ ((y >> 61) | (y << 3)) ^ (y >> 6);
                w[i] = unchecked(w[i - 16] + s0 + w[i - 7] + s1);
            }
            ulong a = _h[0], b = _h[1], c = _h[2], dd = _h[3], e = _h[4], f = _h[5], g = _h[6], h = _h[7];
            for (int i = 0; i < 80; i++)
            {
                ulong S1 = ((e >> 14) | (e << 50)) ^ ((e >> 18) | (e << 46)) ^ ((e >> 41) | (e << 23));
                ulong ch = (e & f) ^ (~e & g);
                ulong t1 = unchecked(h + S1 + ch + k[i] + w[i]);
                ulong S0 = ((a >> 28) | (a << 36)) ^ ((a >> 34) | (a << 30)) ^ ((a >> 39) | (a << 25));
                ulong maj = (a & b) ^ (a & c) ^ (b & c);
                ulong t2 = unchecked(S0 + maj);
                h = g; g = f; f = e; e = unchecked(dd + t1); dd = c; c = b; b = a; a = unchecked(t1 + t2);
            }
            unchecked { _h[0] += a; _h[1] += b; _h[2] += c; _h[3] += dd; _h[4] += e; _h[5] += f; _h[6] += g; _h[7] += h; }
        }

        internal override void WriteDigest(Span<byte> r)
        {
            int words = _is384 ? 6 : 8;
            for (int i = 0; i < words; i++)
            {
                ulong v = _h[i];
                WriteBE(r, 8 * i, (uint)(v >> 32));
                WriteBE(r, 8 * i + 4, (uint)v);
            }
        }
    }

    // ---- MD5 (RFC 1321) ----
    internal sealed class MD5Impl : HashImpl
    {
        private static readonly uint[] T = new uint[64];
        private static readonly int[] S = { 7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21 };

        static MD5Impl()
        {
            // T[i] = floor(2^32 * |sin(i + 1)|), as the RFC defines the table.
            for (int i = 0; i < 64; i++) T[i] = (uint)(long)Math.Floor(4294967296.0 * Math.Abs(Math.Sin(i + 1)));
        }

        private uint _a, _b, _c, _d;
        private readonly uint[] _x = new uint[16];

        internal MD5Impl() : base(64) { Reset(); }
        internal override int HashBytes { get { return 16; } }
        internal override bool BigEndian { get { return false; } }
        internal override void ResetState() { _a = 0x67452301; _b = 0xefcdab89; _c = 0x98badcfe; _d = 0x10325476; }
        internal override HashImpl NewEmpty() { return new MD5Impl(); }
        internal override void CopyStateFrom(HashImpl other)
        {
            MD5Impl o = (MD5Impl)other;
            _a = o._a; _b = o._b; _c = o._c; _d = o._d;
        }

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

        internal override void WriteDigest(Span<byte> r)
        {
            uint[] v = _x;   // the message schedule is dead after Compress; reuse it
            v[0] = _a; v[1] = _b; v[2] = _c; v[3] = _d;
            for (int i = 0; i < 4; i++)
            {
                r[4 * i] = (byte)v[i]; r[4 * i + 1] = (byte)(v[i] >> 8); r[4 * i + 2] = (byte)(v[i] >> 16); r[4 * i + 3] = (byte)(v[i] >> 24);
            }
        }
    }

    // ---- SHA1 ----
    public abstract class SHA1 : HashAlgorithm
    {
        public const int HashSizeInBits = 160;
        public const int HashSizeInBytes = 20;

        protected SHA1() { HashSizeValue = 160; }
        public static SHA1 Create() { return new SHA1Managed(); }
        [Obsolete("Cryptographic factory methods accepting an algorithm name are obsolete. Use the parameterless Create factory method on the algorithm type instead.", DiagnosticId = "SYSLIB0045", UrlFormat = "https://aka.ms/dotnet-warnings/{0}")]
        public static SHA1 Create(string hashName) { return hashName == "SHA1" || hashName == "System.Security.Cryptography.SHA1" ? new SHA1Managed() : null; }

        public static byte[] HashData(byte[] source) { return HashImpl.OneShot(new SHA1Impl(), source); }
        public static byte[] HashData(ReadOnlySpan<byte> source) { return HashImpl.OneShot(new SHA1Impl(), source); }
        public static int HashData(ReadOnlySpan<byte> source, Span<byte> destination) { return HashImpl.OneShot(new SHA1Impl(), source, destination); }
        public static bool TryHashData(ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten) { return HashImpl.TryOneShot(new SHA1Impl(), source, destination, out bytesWritten); }
        public static byte[] HashData(Stream source) { return HashImpl.OneShot(new SHA1Impl(), source); }
        public static int HashData(Stream source, Span<byte> destination) { return HashImpl.OneShot(new SHA1Impl(), source, destination); }
    }

    public sealed class SHA1Managed : SHA1
    {
        private readonly SHA1Impl _impl = new SHA1Impl();
        public SHA1Managed() { }
        public override void Initialize() { _impl.Reset(); }
        protected override void HashCore(byte[] array, int ibStart, int cbSize) { _impl.Append(array, ibStart, cbSize); }
        protected override void HashCore(ReadOnlySpan<byte> source) { _impl.Append(source); }
        protected override byte[] HashFinal() { return _impl.Finish(); }
        protected override bool TryHashFinal(Span<byte> destination, out int bytesWritten)
        {
            if (destination.Length < 20) { bytesWritten = 0; return false; }
            _impl.FinishInto(destination);
            bytesWritten = 20;
            return true;
        }
    }

    // ---- SHA256 ----
    public abstract class SHA256 : HashAlgorithm
    {
        public const int HashSizeInBits = 256;
        public const int HashSizeInBytes = 32;

        protected SHA256() { HashSizeValue = 256; }
        public static SHA256 Create() { return new SHA256Managed(); }
        [Obsolete("Cryptographic factory methods accepting an algorithm name are obsolete. Use the parameterless Create factory method on the algorithm type instead.", DiagnosticId = "SYSLIB0045", UrlFormat = "https://aka.ms/dotnet-warnings/{0}")]
        public static SHA256 Create(string hashName) { return hashName == "SHA256" || hashName == "System.Security.Cryptography.SHA256" ? new SHA256Managed() : null; }

        public static byte[] HashData(byte[] source) { return HashImpl.OneShot(new SHA256Impl(), source); }
        public static byte[] HashData(ReadOnlySpan<byte> source) { return HashImpl.OneShot(new SHA256Impl(), source); }
        public static int HashData(ReadOnlySpan<byte> source, Span<byte> destination) { return HashImpl.OneShot(new SHA256Impl(), source, destination); }
        public static bool TryHashData(ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten) { return HashImpl.TryOneShot(new SHA256Impl(), source, destination, out bytesWritten); }
        public static byte[] HashData(Stream source) { return HashImpl.OneShot(new SHA256Impl(), source); }
        public static int HashData(Stream source, Span<byte> destination) { return HashImpl.OneShot(new SHA256Impl(), source, destination); }
    }

    public sealed class SHA256Managed : SHA256
    {
        private readonly SHA256Impl _impl = new SHA256Impl();
        public SHA256Managed() { }
        public override void Initialize() { _impl.Reset(); }
        protected override void HashCore(byte[] array, int ibStart, int cbSize) { _impl.Append(array, ibStart, cbSize); }
        protected override void HashCore(ReadOnlySpan<byte> source) { _impl.Append(source); }
        protected override byte[] HashFinal() { return _impl.Finish(); }
        protected override bool TryHashFinal(Span<byte> destination, out int bytesWritten)
        {
            if (destination.Length < 32) { bytesWritten = 0; return false; }
            _impl.FinishInto(destination);
            bytesWritten = 32;
            return true;
        }
    }

    // ---- SHA384 ----
    public abstract class SHA384 : HashAlgorithm
    {
        public const int HashSizeInBits = 384;
        public const int HashSizeInBytes = 48;

        protected SHA384() { HashSizeValue = 384; }
        public static SHA384 Create() { return new SHA384Managed(); }
        [Obsolete("Cryptographic factory methods accepting an algorithm name are obsolete. Use the parameterless Create factory method on the algorithm type instead.", DiagnosticId = "SYSLIB0045", UrlFormat = "https://aka.ms/dotnet-warnings/{0}")]
        public static SHA384 Create(string hashName) { return hashName == "SHA384" || hashName == "System.Security.Cryptography.SHA384" ? new SHA384Managed() : null; }

        public static byte[] HashData(byte[] source) { return HashImpl.OneShot(new SHA512Impl(true), source); }
        public static byte[] HashData(ReadOnlySpan<byte> source) { return HashImpl.OneShot(new SHA512Impl(true), source); }
        public static int HashData(ReadOnlySpan<byte> source, Span<byte> destination) { return HashImpl.OneShot(new SHA512Impl(true), source, destination); }
        public static bool TryHashData(ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten) { return HashImpl.TryOneShot(new SHA512Impl(true), source, destination, out bytesWritten); }
        public static byte[] HashData(Stream source) { return HashImpl.OneShot(new SHA512Impl(true), source); }
        public static int HashData(Stream source, Span<byte> destination) { return HashImpl.OneShot(new SHA512Impl(true), source, destination); }
    }

    public sealed class SHA384Managed : SHA384
    {
        private readonly SHA512Impl _impl = new SHA512Impl(true);
        public SHA384Managed() { }
        public override void Initialize() { _impl.Reset(); }
        protected override void HashCore(byte[] array, int ibStart, int cbSize) { _impl.Append(array, ibStart, cbSize); }
        protected override void HashCore(ReadOnlySpan<byte> source) { _impl.Append(source); }
        protected override byte[] HashFinal() { return _impl.Finish(); }
        protected override bool TryHashFinal(Span<byte> destination, out int bytesWritten)
        {
            if (destination.Length < 48) { bytesWritten = 0; return false; }
            _impl.FinishInto(destination);
            bytesWritten = 48;
            return true;
        }
    }

    // ---- SHA512 ----
    public abstract class SHA512 : HashAlgorithm
    {
        public const int HashSizeInBits = 512;
        public const int HashSizeInBytes = 64;

        protected SHA512() { HashSizeValue = 512; }
        public static SHA512 Create() { return new SHA512Managed(); }
        [Obsolete("Cryptographic factory methods accepting an algorithm name are obsolete. Use the parameterless Create factory method on the algorithm type instead.", DiagnosticId = "SYSLIB0045", UrlFormat = "https://aka.ms/dotnet-warnings/{0}")]
        public static SHA512 Create(string hashName) { return hashName == "SHA512" || hashName == "System.Security.Cryptography.SHA512" ? new SHA512Managed() : null; }

        public static byte[] HashData(byte[] source) { return HashImpl.OneShot(new SHA512Impl(false), source); }
        public static byte[] HashData(ReadOnlySpan<byte> source) { return HashImpl.OneShot(new SHA512Impl(false), source); }
        public static int HashData(ReadOnlySpan<byte> source, Span<byte> destination) { return HashImpl.OneShot(new SHA512Impl(false), source, destination); }
        public static bool TryHashData(ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten) { return HashImpl.TryOneShot(new SHA512Impl(false), source, destination, out bytesWritten); }
        public static byte[] HashData(Stream source) { return HashImpl.OneShot(new SHA512Impl(false), source); }
        public static int HashData(Stream source, Span<byte> destination) { return HashImpl.OneShot(new SHA512Impl(false), source, destination); }
    }

    public sealed class SHA512Managed : SHA512
    {
        private readonly SHA512Impl _impl = new SHA512Impl(false);
        public SHA512Managed() { }
        public override void Initialize() { _impl.Reset(); }
        protected override void HashCore(byte[] array, int ibStart, int cbSize) { _impl.Append(array, ibStart, cbSize); }
        protected override void HashCore(ReadOnlySpan<byte> source) { _impl.Append(source); }
        protected override byte[] HashFinal() { return _impl.Finish(); }
        protected override bool TryHashFinal(Span<byte> destination, out int bytesWritten)
        {
            if (destination.Length < 64) { bytesWritten = 0; return false; }
            _impl.FinishInto(destination);
            bytesWritten = 64;
            return true;
        }
    }

    // ---- MD5 ----
    public abstract class MD5 : HashAlgorithm
    {
        public const int HashSizeInBits = 128;
        public const int HashSizeInBytes = 16;

        protected MD5() { HashSizeValue = 128; }
        public static MD5 Create() { return new MD5Managed(); }
        [Obsolete("Cryptographic factory methods accepting an algorithm name are obsolete. Use the parameterless Create factory method on the algorithm type instead.", DiagnosticId = "SYSLIB0045", UrlFormat = "https://aka.ms/dotnet-warnings/{0}")]
        public static MD5 Create(string hashName) { return hashName == "MD5" || hashName == "System.Security.Cryptography.MD5" ? new MD5Managed() : null; }

        public static byte[] HashData(byte[] source) { return HashImpl.OneShot(new MD5Impl(), source); }
        public static byte[] HashData(ReadOnlySpan<byte> source) { return HashImpl.OneShot(new MD5Impl(), source); }
        public static int HashData(ReadOnlySpan<byte> source, Span<byte> destination) { return HashImpl.OneShot(new MD5Impl(), source, destination); }
        public static bool TryHashData(ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten) { return HashImpl.TryOneShot(new MD5Impl(), source, destination, out bytesWritten); }
        public static byte[] HashData(Stream source) { return HashImpl.OneShot(new MD5Impl(), source); }
        public static int HashData(Stream source, Span<byte> destination) { return HashImpl.OneShot(new MD5Impl(), source, destination); }
    }

    internal sealed class MD5Managed : MD5
    {
        private readonly MD5Impl _impl = new MD5Impl();
        public MD5Managed() { }
        public override void Initialize() { _impl.Reset(); }
        protected override void HashCore(byte[] array, int ibStart, int cbSize) { _impl.Append(array, ibStart, cbSize); }
        protected override void HashCore(ReadOnlySpan<byte> source) { _impl.Append(source); }
        protected override byte[] HashFinal() { return _impl.Finish(); }
        protected override bool TryHashFinal(Span<byte> destination, out int bytesWritten)
        {
            if (destination.Length < 16) { bytesWritten = 0; return false; }
            _impl.FinishInto(destination);
            bytesWritten = 16;
            return true;
        }
    }
}
