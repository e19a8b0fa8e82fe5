// PBKDF2 (RFC 8018 section 5.2) over HMAC: the static Rfc2898DeriveBytes.Pbkdf2
// one-shots and the streaming Rfc2898DeriveBytes (whose constructors .NET 10
// marks obsolete but keeps). Block i is U1 ^ ... ^ Uc with U1 = PRF(P, S || INT(i))
// and Uj = PRF(P, Uj-1); the PRF reuses one HmacImpl, whose resets copy the
// precomputed keyed states.
using System.Text;

namespace System.Security.Cryptography
{
    public abstract class DeriveBytes : IDisposable
    {
        protected DeriveBytes() { }
        public abstract byte[] GetBytes(int cb);
        public abstract void Reset();
        public void Dispose() { Dispose(true); GC.SuppressFinalize(this); }
        protected virtual void Dispose(bool disposing) { }
    }

    internal static class Pbkdf2Core
    {
        internal static HmacImpl Prf(HashAlgorithmName name, ReadOnlySpan<byte> password)
        {
            return new HmacImpl(HashImpl.Create(name, "hashAlgorithm"), password);
        }

        // writes block number `index` (1-based) into block (HashBytes long)
        internal static void Block(HmacImpl prf, ReadOnlySpan<byte> salt, uint index, int iterations, byte[] u, byte[] block)
        {
            int n = prf.HashBytes;
            byte[] counter = { (byte)(index >> 24), (byte)(index >> 16), (byte)(index >> 8), (byte)index };
            prf.Append(salt);
            prf.Append(counter, 0, 4);
            prf.FinishInto(u);
            Buffer.BlockCopy(u, 0, block, 0, n);
            for (int j = 1; j < iterations; j++)
            {
                prf.Append(u, 0, n);
                prf.FinishInto(u);
                for (int k = 0; k < n; k++) block[k] ^= u[k];
            }
        }

        internal static void Derive(ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, Span<byte> destination, int iterations, HashAlgorithmName name)
        {
            HashImpl.CheckName(name, "hashAlgorithm");
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(iterations, "iterations");
            HmacImpl prf = Prf(name, password);
            int n = prf.HashBytes;
            byte[] u = new byte[n], block = new byte[n];
            uint index = 1;
            while (!destination.IsEmpty)
            {
                Block(prf, salt, index++, iterations, u, block);
                int take = destination.Length < n ? destination.Length : n;
                new ReadOnlySpan<byte>(block, 0, take).CopyTo(destination);
                destination = destination.Slice(take);
            }
            Array.Clear(u, 0, n);
            Array.Clear(block, 0, n);
        }

        internal static byte[] Utf8(ReadOnlySpan<char> s)
        {
            return Encoding.UTF8.GetBytes(s.ToArray());
        }
    }

    public class Rfc2898DeriveBytes : DeriveBytes
    {
        private const string ObsoleteCtor = "The constructors on Rfc2898DeriveBytes are obsolete. Use the static Pbkdf2 method instead.";

        private readonly byte[] _password;
        private byte[] _salt;
        private int _iterations;
        private readonly HashAlgorithmName _hashAlgorithm;
        private HmacImpl _prf;
        private byte[] _u, _block;
        private uint _index;      // blocks produced so far
        private int _used;        // bytes of _block already handed out

        [Obsolete(ObsoleteCtor, DiagnosticId = "SYSLIB0060", UrlFormat = "https://aka.ms/dotnet-warnings/{0}")]
        public Rfc2898DeriveBytes(byte[] password, byte[] salt, int iterations) : this(password, salt, iterations, HashAlgorithmName.SHA1) { }

        [Obsolete(ObsoleteCtor, DiagnosticId = "SYSLIB0060", UrlFormat = "https://aka.ms/dotnet-warnings/{0}")]
        public Rfc2898DeriveBytes(byte[] password, byte[] salt, int iterations, HashAlgorithmName hashAlgorithm)
        {
            if (password == null) throw new ArgumentNullException("password");
            if (salt == null) throw new ArgumentNullException("salt");
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(iterations, "iterations");
            HashImpl.CheckName(hashAlgorithm, "hashAlgorithm");
            _password = (byte[])password.Clone();
            _salt = (byte[])salt.Clone();
            _iterations = iterations;
            _hashAlgorithm = hashAlgorithm;
            _prf = Pbkdf2Core.Prf(hashAlgorithm, _password);
            _u = new byte[_prf.HashBytes];
            _block = new byte[_prf.HashBytes];
            Reset();
        }

        [Obsolete(ObsoleteCtor, DiagnosticId = "SYSLIB0060", UrlFormat = "https://aka.ms/dotnet-warnings/{0}")]
        public Rfc2898DeriveBytes(string password, byte[] salt) : this(password, salt, 1000) { }

        [Obsolete(ObsoleteCtor, DiagnosticId = "SYSLIB0060", UrlFormat = "https://aka.ms/dotnet-warnings/{0}")]
        public Rfc2898DeriveBytes(string password, byte[] salt, int iterations) : this(password, salt, iterations, HashAlgorithmName.SHA1) { }

        [Obsolete(ObsoleteCtor, DiagnosticId = "SYSLIB0060", UrlFormat = "https://aka.ms/dotnet-warnings/{0}")]
        public Rfc2898DeriveBytes(string password, byte[] salt, int iterations, HashAlgorithmName hashAlgorithm)
            : this(Encoding.UTF8.GetBytes(password ?? throw new ArgumentNullException("password")), salt, iterations, hashAlgorithm) { }

        [Obsolete(ObsoleteCtor, DiagnosticId = "SYSLIB0060", UrlFormat = "https://aka.ms/dotnet-warnings/{0}")]
        public Rfc2898DeriveBytes(string password, int saltSize) : this(password, saltSize, 1000) { }

        [Obsolete(ObsoleteCtor, DiagnosticId = "SYSLIB0060", UrlFormat = "https://aka.ms/dotnet-warnings/{0}")]
        public Rfc2898DeriveBytes(string password, int saltSize, int iterations) : this(password, saltSize, iterations, HashAlgorithmName.SHA1) { }

        [Obsolete(ObsoleteCtor, DiagnosticId = "SYSLIB0060", UrlFormat = "https://aka.ms/dotnet-warnings/{0}")]
        public Rfc2898DeriveBytes(string password, int saltSize, int iterations, HashAlgorithmName hashAlgorithm)
            : this(Encoding.UTF8.GetBytes(password ?? throw new ArgumentNullException("password")), RandomSalt(saltSize), iterations, hashAlgorithm) { }

        private static byte[] RandomSalt(int saltSize)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(saltSize, "saltSize");
            return RandomNumberGenerator.GetBytes(saltSize);
        }

        public HashAlgorithmName HashAlgorithm { get { return _hashAlgorithm; } }

        public int IterationCount
        {
            get { return _iterations; }
            set
            {
                ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, "value");
                _iterations = value;
                Reset();
            }
        }

        public byte[] Salt
        {
            get { return (byte[])_salt.Clone(); }
            set
            {
                if (value == null) throw new ArgumentNullException("value");
                _salt = (byte[])value.Clone();
                Reset();
            }
        }

        public override byte[] GetBytes(int cb)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cb, "cb");
            if (_prf == null) throw new ObjectDisposedException(GetType().FullName);
            byte[] r = new byte[cb];
            int at = 0, n = _block.Length;
            while (at < cb)
            {
                if (_used == n)
                {
                    Pbkdf2Core.Block(_prf, _salt, ++_index, _iterations, _u, _block);
                    _used = 0;
                }
                int take = n - _used;
                if (take > cb - at) take = cb - at;
                Buffer.BlockCopy(_block, _used, r, at, take);
                _used += take;
                at += take;
            }
            return r;
        }

        public override void Reset()
        {
            _index = 0;
            if (_block != null) _used = _block.Length;
        }

        [Obsolete("Rfc2898DeriveBytes.CryptDeriveKey is obsolete and is not supported. Use PasswordDeriveBytes.CryptDeriveKey instead.", DiagnosticId = "SYSLIB0033", UrlFormat = "https://aka.ms/dotnet-warnings/{0}")]
        public byte[] CryptDeriveKey(string algname, string alghashname, int keySize, byte[] rgbIV)
        {
            throw new PlatformNotSupportedException();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                if (_password != null) Array.Clear(_password, 0, _password.Length);
                if (_block != null) Array.Clear(_block, 0, _block.Length);
                if (_u != null) Array.Clear(_u, 0, _u.Length);
                _prf = null;
            }
            base.Dispose(disposing);
        }

        // ---- static one-shots ----

        public static byte[] Pbkdf2(byte[] password, byte[] salt, int iterations, HashAlgorithmName hashAlgorithm, int outputLength)
        {
            if (password == null) throw new ArgumentNullException("password");
            if (salt == null) throw new ArgumentNullException("salt");
            return Pbkdf2(new ReadOnlySpan<byte>(password), new ReadOnlySpan<byte>(salt), iterations, hashAlgorithm, outputLength);
        }

        public static byte[] Pbkdf2(ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, int iterations, HashAlgorithmName hashAlgorithm, int outputLength)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(iterations, "iterations");
            ArgumentOutOfRangeException.ThrowIfNegative(outputLength, "outputLength");
            byte[] r = new byte[outputLength];
            Pbkdf2Core.Derive(password, salt, r, iterations, hashAlgorithm);
            return r;
        }

        public static void Pbkdf2(ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, Span<byte> destination, int iterations, HashAlgorithmName hashAlgorithm)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(iterations, "iterations");
            Pbkdf2Core.Derive(password, salt, destination, iterations, hashAlgorithm);
        }

        public static byte[] Pbkdf2(string password, byte[] salt, int iterations, HashAlgorithmName hashAlgorithm, int outputLength)
        {
            if (password == null) throw new ArgumentNullException("password");
            if (salt == null) throw new ArgumentNullException("salt");
            return Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, hashAlgorithm, outputLength);
        }

        public static byte[] Pbkdf2(ReadOnlySpan<char> password, ReadOnlySpan<byte> salt, int iterations, HashAlgorithmName hashAlgorithm, int outputLength)
        {
            return Pbkdf2(new ReadOnlySpan<byte>(Pbkdf2Core.Utf8(password)), salt, iterations, hashAlgorithm, outputLength);
        }

        public static void Pbkdf2(ReadOnlySpan<char> password, ReadOnlySpan<byte> salt, Span<byte> destination, int iterations, HashAlgorithmName hashAlgorithm)
        {
            Pbkdf2(new ReadOnlySpan<byte>(Pbkdf2Core.Utf8(password)), salt, destination, iterations, hashAlgorithm);
        }
    }
}
