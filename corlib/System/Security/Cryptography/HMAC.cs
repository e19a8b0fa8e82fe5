// Keyed hashing: KeyedHashAlgorithm, HMAC (RFC 2104) and its five concrete
// algorithms, HashAlgorithmName, IncrementalHash and CryptographicOperations.
// HmacImpl keeps the hash states after absorbing K0^ipad and K0^opad, so a
// reset (and every PBKDF2 iteration) copies them instead of recompressing
// the key blocks.
using System.IO;

namespace System.Security.Cryptography
{
    internal sealed class HmacImpl : Hasher
    {
        private readonly HashImpl _innerStart, _outerStart;   // never changed after construction
        private readonly HashImpl _inner, _outer;
        private readonly byte[] _innerHash;

        // h must be freshly reset; it becomes the keyed inner start state
        internal HmacImpl(HashImpl h, ReadOnlySpan<byte> key)
        {
            int bs = h.BlockSize;
            byte[] k0 = new byte[bs];
            if (key.Length > bs) { h.Append(key); h.FinishInto(k0); }
            else key.CopyTo(k0);
            for (int i = 0; i < bs; i++) k0[i] ^= 0x36;
            h.Append(k0, 0, bs);
            _innerStart = h;
            _outerStart = h.NewEmpty();
            for (int i = 0; i < bs; i++) k0[i] ^= 0x36 ^ 0x5c;
            _outerStart.Append(k0, 0, bs);
            Array.Clear(k0, 0, bs);
            _inner = h.NewEmpty();
            _inner.CopyFrom(_innerStart);
            _outer = h.NewEmpty();
            _innerHash = new byte[h.HashBytes];
        }

        private HmacImpl(HmacImpl other)
        {
            _innerStart = other._innerStart;
            _outerStart = other._outerStart;
            _inner = other._inner.NewEmpty();
            _inner.CopyFrom(other._inner);
            _outer = other._outer.NewEmpty();
            _innerHash = new byte[other._innerHash.Length];
        }

        internal override int HashBytes { get { return _innerHash.Length; } }
        internal override void Reset() { _inner.CopyFrom(_innerStart); }
        internal override void Append(byte[] data, int offset, int count) { _inner.Append(data, offset, count); }
        internal override void Append(ReadOnlySpan<byte> data) { _inner.Append(data); }
        internal override Hasher CloneHasher() { return new HmacImpl(this); }

        internal override void FinishInto(Span<byte> destination)
        {
            _inner.FinishInto(_innerHash);
            _outer.CopyFrom(_outerStart);
            _outer.Append(_innerHash, 0, _innerHash.Length);
            _outer.FinishInto(destination);
            Reset();
        }

        // the key as .NET's HMAC types report it: hashed first when longer than a block
        internal static byte[] EffectiveKey(HashImpl h, byte[] key)
        {
            if (key.Length <= h.BlockSize) return (byte[])key.Clone();
            h.Append(key, 0, key.Length);
            return h.Finish();
        }

        // ---- one-shot helpers behind HMACSHA256.HashData and friends ----

        internal static byte[] OneShot(HashImpl h, ReadOnlySpan<byte> key, ReadOnlySpan<byte> source)
        {
            HmacImpl m = new HmacImpl(h, key);
            m.Append(source);
            return m.Finish();
        }

        internal static int OneShot(HashImpl h, ReadOnlySpan<byte> key, ReadOnlySpan<byte> source, Span<byte> destination)
        {
            if (destination.Length < h.HashBytes) throw new ArgumentException("Destination is too short.", "destination");
            HmacImpl m = new HmacImpl(h, key);
            m.Append(source);
            m.FinishInto(destination);
            return m.HashBytes;
        }

        internal static bool TryOneShot(HashImpl h, ReadOnlySpan<byte> key, ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten)
        {
            if (destination.Length < h.HashBytes) { bytesWritten = 0; return false; }
            bytesWritten = OneShot(h, key, source, destination);
            return true;
        }

        internal static byte[] OneShot(HashImpl h, ReadOnlySpan<byte> key, Stream source)
        {
            if (source == null) throw new ArgumentNullException("source");
            HmacImpl m = new HmacImpl(h, key);
            HashImpl.AppendStream(m, source);
            return m.Finish();
        }

        internal static int OneShot(HashImpl h, ReadOnlySpan<byte> key, Stream source, Span<byte> destination)
        {
            if (destination.Length < h.HashBytes) throw new ArgumentException("Destination is too short.", "destination");
            if (source == null) throw new ArgumentNullException("source");
            HmacImpl m = new HmacImpl(h, key);
            HashImpl.AppendStream(m, source);
            m.FinishInto(destination);
            return m.HashBytes;
        }
    }

    public abstract class KeyedHashAlgorithm : HashAlgorithm
    {
        protected byte[] KeyValue;

        protected KeyedHashAlgorithm() { }

        public virtual byte[] Key
        {
            get { return KeyValue == null ? null : (byte[])KeyValue.Clone(); }
            set { KeyValue = (byte[])value.Clone(); }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && KeyValue != null)
            {
                Array.Clear(KeyValue, 0, KeyValue.Length);
                KeyValue = null;
            }
            base.Dispose(disposing);
        }
    }

    public abstract class HMAC : KeyedHashAlgorithm
    {
        private int _blockSizeValue = 64;
        private string _hashName;
        internal HmacImpl _impl;

        protected HMAC() { }

        protected int BlockSizeValue { get { return _blockSizeValue; } set { _blockSizeValue = value; } }

        public string HashName { get { return _hashName; } set { _hashName = value; } }

        public override byte[] Key
        {
            get { return base.Key; }
            set
            {
                if (value == null) throw new ArgumentNullException("value");
                SetKey(value);
            }
        }

        internal void SetKey(byte[] key)
        {
            HashAlgorithmName name = new HashAlgorithmName(_hashName);
            KeyValue = HmacImpl.EffectiveKey(HashImpl.Create(name, "hashAlgorithm"), key);
            _impl = new HmacImpl(HashImpl.Create(name, "hashAlgorithm"), KeyValue);
        }

        public override void Initialize() { if (_impl != null) _impl.Reset(); }
        protected override void HashCore(byte[] rgb, int ib, int cb) { _impl.Append(rgb, ib, cb); }
        protected override void HashCore(ReadOnlySpan<byte> source) { _impl.Append(source); }
        protected override byte[] HashFinal() { return _impl.Finish(); }
        protected override bool TryHashFinal(Span<byte> destination, out int bytesWritten)
        {
            int n = _impl.HashBytes;
            if (destination.Length < n) { bytesWritten = 0; return false; }
            _impl.FinishInto(destination);
            bytesWritten = n;
            return true;
        }
    }

    public class HMACSHA1 : HMAC
    {
        public const int HashSizeInBits = 160;
        public const int HashSizeInBytes = 20;

        public HMACSHA1() : this(RandomNumberGenerator.GetBytes(64)) { }

        public HMACSHA1(byte[] key)
        {
            if (key == null) throw new ArgumentNullException("key");
            HashName = "SHA1";
            HashSizeValue = 160;
            BlockSizeValue = 64;
            SetKey(key);
        }

        public static byte[] HashData(byte[] key, byte[] source)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (source == null) throw new ArgumentNullException("source");
            return HmacImpl.OneShot(new SHA1Impl(), key, source);
        }
        public static byte[] HashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source) { return HmacImpl.OneShot(new SHA1Impl(), key, source); }
        public static int HashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source, Span<byte> destination) { return HmacImpl.OneShot(new SHA1Impl(), key, source, destination); }
        public static bool TryHashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten) { return HmacImpl.TryOneShot(new SHA1Impl(), key, source, destination, out bytesWritten); }
        public static byte[] HashData(byte[] key, Stream source)
        {
            if (key == null) throw new ArgumentNullException("key");
            return HmacImpl.OneShot(new SHA1Impl(), key, source);
        }
        public static byte[] HashData(ReadOnlySpan<byte> key, Stream source) { return HmacImpl.OneShot(new SHA1Impl(), key, source); }
        public static int HashData(ReadOnlySpan<byte> key, Stream source, Span<byte> destination) { return HmacImpl.OneShot(new SHA1Impl(), key, source, destination); }
    }

    public class HMACSHA256 : HMAC
    {
        public const int HashSizeInBits = 256;
        public const int HashSizeInBytes = 32;

        public HMACSHA256() : this(RandomNumberGenerator.GetBytes(64)) { }

        public HMACSHA256(byte[] key)
        {
            if (key == null) throw new ArgumentNullException("key");
            HashName = "SHA256";
            HashSizeValue = 256;
            BlockSizeValue = 64;
            SetKey(key);
        }

        public static byte[] HashData(byte[] key, byte[] source)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (source == null) throw new ArgumentNullException("source");
            return HmacImpl.OneShot(new SHA256Impl(), key, source);
        }
        public static byte[] HashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source) { return HmacImpl.OneShot(new SHA256Impl(), key, source); }
        public static int HashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source, Span<byte> destination) { return HmacImpl.OneShot(new SHA256Impl(), key, source, destination); }
        public static bool TryHashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten) { return HmacImpl.TryOneShot(new SHA256Impl(), key, source, destination, out bytesWritten); }
        public static byte[] HashData(byte[] key, Stream source)
        {
            if (key == null) throw new ArgumentNullException("key");
            return HmacImpl.OneShot(new SHA256Impl(), key, source);
        }
        public static byte[] HashData(ReadOnlySpan<byte> key, Stream source) { return HmacImpl.OneShot(new SHA256Impl(), key, source); }
        public static int HashData(ReadOnlySpan<byte> key, Stream source, Span<byte> destination) { return HmacImpl.OneShot(new SHA256Impl(), key, source, destination); }
    }

    public class HMACSHA384 : HMAC
    {
        public const int HashSizeInBits = 384;
        public const int HashSizeInBytes = 48;

        public HMACSHA384() : this(RandomNumberGenerator.GetBytes(128)) { }

        public HMACSHA384(byte[] key)
        {
            if (key == null) throw new ArgumentNullException("key");
            HashName = "SHA384";
            HashSizeValue = 384;
            BlockSizeValue = 128;
            SetKey(key);
        }

        public static byte[] HashData(byte[] key, byte[] source)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (source == null) throw new ArgumentNullException("source");
            return HmacImpl.OneShot(new SHA512Impl(true), key, source);
        }
        public static byte[] HashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source) { return HmacImpl.OneShot(new SHA512Impl(true), key, source); }
        public static int HashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source, Span<byte> destination) { return HmacImpl.OneShot(new SHA512Impl(true), key, source, destination); }
        public static bool TryHashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten) { return HmacImpl.TryOneShot(new SHA512Impl(true), key, source, destination, out bytesWritten); }
        public static byte[] HashData(byte[] key, Stream source)
        {
            if (key == null) throw new ArgumentNullException("key");
            return HmacImpl.OneShot(new SHA512Impl(true), key, source);
        }
        public static byte[] HashData(ReadOnlySpan<byte> key, Stream source) { return HmacImpl.OneShot(new SHA512Impl(true), key, source); }
        public static int HashData(ReadOnlySpan<byte> key, Stream source, Span<byte> destination) { return HmacImpl.OneShot(new SHA512Impl(true), key, source, destination); }
    }

    public class HMACSHA512 : HMAC
    {
        public const int HashSizeInBits = 512;
        public const int HashSizeInBytes = 64;

        public HMACSHA512() : this(RandomNumberGenerator.GetBytes(128)) { }

        public HMACSHA512(byte[] key)
        {
            if (key == null) throw new ArgumentNullException("key");
            HashName = "SHA512";
            HashSizeValue = 512;
            BlockSizeValue = 128;
            SetKey(key);
        }

        public static byte[] HashData(byte[] key, byte[] source)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (source == null) throw new ArgumentNullException("source");
            return HmacImpl.OneShot(new SHA512Impl(false), key, source);
        }
        public static byte[] HashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source) { return HmacImpl.OneShot(new SHA512Impl(false), key, source); }
        public static int HashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source, Span<byte> destination) { return HmacImpl.OneShot(new SHA512Impl(false), key, source, destination); }
        public static bool TryHashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten) { return HmacImpl.TryOneShot(new SHA512Impl(false), key, source, destination, out bytesWritten); }
        public static byte[] HashData(byte[] key, Stream source)
        {
            if (key == null) throw new ArgumentNullException("key");
            return HmacImpl.OneShot(new SHA512Impl(false), key, source);
        }
        public static byte[] HashData(ReadOnlySpan<byte> key, Stream source) { return HmacImpl.OneShot(new SHA512Impl(false), key, source); }
        public static int HashData(ReadOnlySpan<byte> key, Stream source, Span<byte> destination) { return HmacImpl.OneShot(new SHA512Impl(false), key, source, destination); }
    }

    public class HMACMD5 : HMAC
    {
        public const int HashSizeInBits = 128;
        public const int HashSizeInBytes = 16;

        public HMACMD5() : this(RandomNumberGenerator.GetBytes(64)) { }

        public HMACMD5(byte[] key)
        {
            if (key == null) throw new ArgumentNullException("key");
            HashName = "MD5";
            HashSizeValue = 128;
            BlockSizeValue = 64;
            SetKey(key);
        }

        public static byte[] HashData(byte[] key, byte[] source)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (source == null) throw new ArgumentNullException("source");
            return HmacImpl.OneShot(new MD5Impl(), key, source);
        }
        public static byte[] HashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source) { return HmacImpl.OneShot(new MD5Impl(), key, source); }
        public static int HashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source, Span<byte> destination) { return HmacImpl.OneShot(new MD5Impl(), key, source, destination); }
        public static bool TryHashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten) { return HmacImpl.TryOneShot(new MD5Impl(), key, source, destination, out bytesWritten); }
        public static byte[] HashData(byte[] key, Stream source)
        {
            if (key == null) throw new ArgumentNullException("key");
            return HmacImpl.OneShot(new MD5Impl(), key, source);
        }
        public static byte[] HashData(ReadOnlySpan<byte> key, Stream source) { return HmacImpl.OneShot(new MD5Impl(), key, source); }
        public static int HashData(ReadOnlySpan<byte> key, Stream source, Span<byte> destination) { return HmacImpl.OneShot(new MD5Impl(), key, source, destination); }
    }

    public readonly struct HashAlgorithmName : IEquatable<HashAlgorithmName>
    {
        private readonly string _name;

        public HashAlgorithmName(string name) { _name = name; }

        public string Name { get { return _name; } }

        public static HashAlgorithmName MD5 { get { return new HashAlgorithmName("MD5"); } }
        public static HashAlgorithmName SHA1 { get { return new HashAlgorithmName("SHA1"); } }
        public static HashAlgorithmName SHA256 { get { return new HashAlgorithmName("SHA256"); } }
        public static HashAlgorithmName SHA384 { get { return new HashAlgorithmName("SHA384"); } }
        public static HashAlgorithmName SHA512 { get { return new HashAlgorithmName("SHA512"); } }
        public static HashAlgorithmName SHA3_256 { get { return new HashAlgorithmName("SHA3-256"); } }
        public static HashAlgorithmName SHA3_384 { get { return new HashAlgorithmName("SHA3-384"); } }
        public static HashAlgorithmName SHA3_512 { get { return new HashAlgorithmName("SHA3-512"); } }

        public override string ToString() { return _name ?? string.Empty; }
        public override bool Equals(object obj) { return obj is HashAlgorithmName && Equals((HashAlgorithmName)obj); }
        public bool Equals(HashAlgorithmName other) { return _name == other._name; }
        public override int GetHashCode() { return _name == null ? 0 : _name.GetHashCode(); }
        public static bool operator ==(HashAlgorithmName left, HashAlgorithmName right) { return left.Equals(right); }
        public static bool operator !=(HashAlgorithmName left, HashAlgorithmName right) { return !left.Equals(right); }
    }

    public sealed class IncrementalHash : IDisposable
    {
        private readonly HashAlgorithmName _name;
        private Hasher _h;

        private IncrementalHash(HashAlgorithmName name, Hasher h) { _name = name; _h = h; }

        public HashAlgorithmName AlgorithmName { get { return _name; } }
        public int HashLengthInBytes { get { return Live().HashBytes; } }

        public static IncrementalHash CreateHash(HashAlgorithmName hashAlgorithm)
        {
            return new IncrementalHash(hashAlgorithm, HashImpl.Create(hashAlgorithm, "hashAlgorithm"));
        }

        public static IncrementalHash CreateHMAC(HashAlgorithmName hashAlgorithm, byte[] key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return CreateHMAC(hashAlgorithm, new ReadOnlySpan<byte>(key));
        }

        public static IncrementalHash CreateHMAC(HashAlgorithmName hashAlgorithm, ReadOnlySpan<byte> key)
        {
            return new IncrementalHash(hashAlgorithm, new HmacImpl(HashImpl.Create(hashAlgorithm, "hashAlgorithm"), key));
        }

        private Hasher Live()
        {
            if (_h == null) throw new ObjectDisposedException(typeof(IncrementalHash).FullName);
            return _h;
        }

        public void AppendData(byte[] data)
        {
            if (data == null) throw new ArgumentNullException("data");
            Live().Append(data, 0, data.Length);
        }

        public void AppendData(byte[] data, int offset, int count)
        {
            if (data == null) throw new ArgumentNullException("data");
            ArgumentOutOfRangeException.ThrowIfNegative(offset, "offset");
            ArgumentOutOfRangeException.ThrowIfNegative(count, "count");
            ArgumentOutOfRangeException.ThrowIfGreaterThan(count, data.Length, "count");
            if (data.Length - count < offset) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            Live().Append(data, offset, count);
        }

        public void AppendData(ReadOnlySpan<byte> data) { Live().Append(data); }

        public byte[] GetHashAndReset() { return Live().Finish(); }

        public int GetHashAndReset(Span<byte> destination)
        {
            Hasher h = Live();
            if (destination.Length < h.HashBytes) throw new ArgumentException("Destination is too short.", "destination");
            h.FinishInto(destination);
            return h.HashBytes;
        }

        public bool TryGetHashAndReset(Span<byte> destination, out int bytesWritten)
        {
            Hasher h = Live();
            if (destination.Length < h.HashBytes) { bytesWritten = 0; return false; }
            h.FinishInto(destination);
            bytesWritten = h.HashBytes;
            return true;
        }

        public byte[] GetCurrentHash() { return Live().CloneHasher().Finish(); }

        public int GetCurrentHash(Span<byte> destination)
        {
            Hasher h = Live();
            if (destination.Length < h.HashBytes) throw new ArgumentException("Destination is too short.", "destination");
            h.CloneHasher().FinishInto(destination);
            return h.HashBytes;
        }

        public bool TryGetCurrentHash(Span<byte> destination, out int bytesWritten)
        {
            Hasher h = Live();
            if (destination.Length < h.HashBytes) { bytesWritten = 0; return false; }
            h.CloneHasher().FinishInto(destination);
            bytesWritten = h.HashBytes;
            return true;
        }

        public IncrementalHash Clone() { return new IncrementalHash(_name, Live().CloneHasher()); }

        public void Dispose() { _h = null; }
    }

    public static class CryptographicOperations
    {
        // Time depends only on the lengths, never on where the contents differ.
        public static bool FixedTimeEquals(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
        {
            if (left.Length != right.Length) return false;
            int acc = 0;
            for (int i = 0; i < left.Length; i++) acc |= left[i] ^ right[i];
            return acc == 0;
        }

        public static void ZeroMemory(Span<byte> buffer) { buffer.Clear(); }

        public static byte[] HashData(HashAlgorithmName hashAlgorithm, byte[] source)
        {
            if (source == null) throw new ArgumentNullException("source");
            return HashImpl.OneShot(HashImpl.Create(hashAlgorithm, "hashAlgorithm"), source);
        }

        public static byte[] HashData(HashAlgorithmName hashAlgorithm, ReadOnlySpan<byte> source)
        {
            return HashImpl.OneShot(HashImpl.Create(hashAlgorithm, "hashAlgorithm"), source);
        }

        public static int HashData(HashAlgorithmName hashAlgorithm, ReadOnlySpan<byte> source, Span<byte> destination)
        {
            return HashImpl.OneShot(HashImpl.Create(hashAlgorithm, "hashAlgorithm"), source, destination);
        }

        public static byte[] HmacData(HashAlgorithmName hashAlgorithm, byte[] key, byte[] source)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (source == null) throw new ArgumentNullException("source");
            return HmacImpl.OneShot(HashImpl.Create(hashAlgorithm, "hashAlgorithm"), key, source);
        }

        public static byte[] HmacData(HashAlgorithmName hashAlgorithm, ReadOnlySpan<byte> key, ReadOnlySpan<byte> source)
        {
            return HmacImpl.OneShot(HashImpl.Create(hashAlgorithm, "hashAlgorithm"), key, source);
        }
    }
}
