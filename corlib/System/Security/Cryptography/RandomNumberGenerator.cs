// RandomNumberGenerator: bytes from the host's secure generator (an internal
// call over getentropy: the kernel natively, crypto.getRandomValues in Node and
// in pages). Where there is none it throws CryptographicException rather than
// fall back to a predictable generator. Integers in a range use
// rejection sampling over a power-of-two mask, so they are uniform.
using System.IO;

namespace System.Security.Cryptography
{
    internal static class SecureRandom
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        private static extern bool InternalFill(byte[] buffer, int offset, int count);

        internal static void Fill(byte[] buffer, int offset, int count)
        {
            if (count == 0) return;
            if (!InternalFill(buffer, offset, count))
                throw new CryptographicException("No cryptographically secure random source is available on this host.");
        }

        internal static void Fill(Span<byte> data)
        {
            if (data.IsEmpty) return;
            byte[] tmp = new byte[data.Length < 256 ? data.Length : 256];
            while (!data.IsEmpty)
            {
                int n = data.Length < tmp.Length ? data.Length : tmp.Length;
                Fill(tmp, 0, n);
                new ReadOnlySpan<byte>(tmp, 0, n).CopyTo(data);
                data = data.Slice(n);
            }
            Array.Clear(tmp, 0, tmp.Length);
        }

        internal static void FillNonZero(Span<byte> data)
        {
            Fill(data);
            byte[] one = new byte[1];
            for (int i = 0; i < data.Length; i++)
            {
                while (data[i] == 0) { Fill(one, 0, 1); data[i] = one[0]; }
            }
        }

        // uniform in [0, range), range >= 1
        internal static uint Below(uint range)
        {
            if (range <= 1) return 0;
            uint mask = range - 1;
            mask |= mask >> 1; mask |= mask >> 2; mask |= mask >> 4; mask |= mask >> 8; mask |= mask >> 16;
            byte[] b = new byte[4];
            while (true)
            {
                Fill(b, 0, 4);
                uint v = (b[0] | ((uint)b[1] << 8) | ((uint)b[2] << 16) | ((uint)b[3] << 24)) & mask;
                if (v < range) return v;
            }
        }
    }

    public abstract class RandomNumberGenerator : IDisposable
    {
        protected RandomNumberGenerator() { }

        public static RandomNumberGenerator Create() { return new SystemRandomNumberGenerator(); }

        [Obsolete("Cryptographic factory methods accepting an algorithm name are obsolete. Use the parameterless Create factory method on the algorithm type instead.", DiagnosticId = "SYSLIB0045", UrlFormat = "https://aka.ms/dotnet-warnings/{0}")]
        public static RandomNumberGenerator Create(string rngName)
        {
            return rngName == "RandomNumberGenerator" || rngName == "System.Security.Cryptography.RandomNumberGenerator" ? new SystemRandomNumberGenerator() : null;
        }

        public void Dispose() { Dispose(true); GC.SuppressFinalize(this); }
        protected virtual void Dispose(bool disposing) { }

        public abstract void GetBytes(byte[] data);

        public virtual void GetBytes(byte[] data, int offset, int count)
        {
            Check(data, offset, count);
            if (count > 0)
            {
                byte[] tmp = new byte[count];
                GetBytes(tmp);
                Buffer.BlockCopy(tmp, 0, data, offset, count);
            }
        }

        public virtual void GetBytes(Span<byte> data)
        {
            byte[] tmp = new byte[data.Length];
            GetBytes(tmp);
            new ReadOnlySpan<byte>(tmp).CopyTo(data);
        }

        public virtual void GetNonZeroBytes(byte[] data) { throw new NotImplementedException(); }

        public virtual void GetNonZeroBytes(Span<byte> data)
        {
            byte[] tmp = new byte[data.Length];
            GetNonZeroBytes(tmp);
            new ReadOnlySpan<byte>(tmp).CopyTo(data);
        }

        internal static void Check(byte[] data, int offset, int count)
        {
            if (data == null) throw new ArgumentNullException("data");
            ArgumentOutOfRangeException.ThrowIfNegative(offset, "offset");
            ArgumentOutOfRangeException.ThrowIfNegative(count, "count");
            if (count > data.Length - offset) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }

        // ---- static API ----

        public static void Fill(Span<byte> data) { SecureRandom.Fill(data); }

        public static byte[] GetBytes(int count)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count, "count");
            byte[] r = new byte[count];
            SecureRandom.Fill(r, 0, count);
            return r;
        }

        public static int GetInt32(int fromInclusive, int toExclusive)
        {
            if (fromInclusive >= toExclusive) throw new ArgumentException("Range of random number does not contain at least one possibility.");
            uint range = unchecked((uint)(toExclusive - fromInclusive));
            return unchecked((int)(SecureRandom.Below(range) + (uint)fromInclusive));
        }

        public static int GetInt32(int toExclusive)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(toExclusive, "toExclusive");
            return (int)SecureRandom.Below((uint)toExclusive);
        }

        public static void GetItems<T>(ReadOnlySpan<T> choices, Span<T> destination)
        {
            if (choices.IsEmpty) throw new ArgumentException("Span may not be empty.", "choices");
            for (int i = 0; i < destination.Length; i++) destination[i] = choices[(int)SecureRandom.Below((uint)choices.Length)];
        }

        public static T[] GetItems<T>(ReadOnlySpan<T> choices, int length)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(length, "length");
            if (choices.IsEmpty) throw new ArgumentException("Span may not be empty.", "choices");
            T[] r = new T[length];
            GetItems(choices, new Span<T>(r));
            return r;
        }

        public static string GetString(ReadOnlySpan<char> choices, int length)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(length, "length");
            if (choices.IsEmpty) throw new ArgumentException("Span may not be empty.", "choices");
            char[] r = new char[length];
            GetItems(choices, new Span<char>(r));
            return new string(r);
        }

        public static string GetHexString(int stringLength, bool lowercase = false)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(stringLength, "stringLength");
            char[] r = new char[stringLength];
            GetHexString(new Span<char>(r), lowercase);
            return new string(r);
        }

        public static void GetHexString(Span<char> destination, bool lowercase = false)
        {
            string digits = lowercase ? "0123456789abcdef" : "0123456789ABCDEF";
            byte[] b = new byte[(destination.Length + 1) / 2];
            SecureRandom.Fill(b, 0, b.Length);
            for (int i = 0; i < destination.Length; i++)
                destination[i] = digits[(i & 1) == 0 ? b[i >> 1] >> 4 : b[i >> 1] & 15];
        }

        public static void Shuffle<T>(Span<T> values)
        {
            for (int i = values.Length - 1; i > 0; i--)
            {
                int j = (int)SecureRandom.Below((uint)(i + 1));
                T t = values[i]; values[i] = values[j]; values[j] = t;
            }
        }
    }

    internal sealed class SystemRandomNumberGenerator : RandomNumberGenerator
    {
        public override void GetBytes(byte[] data)
        {
            if (data == null) throw new ArgumentNullException("data");
            SecureRandom.Fill(data, 0, data.Length);
        }

        public override void GetBytes(byte[] data, int offset, int count)
        {
            Check(data, offset, count);
            SecureRandom.Fill(data, offset, count);
        }

        public override void GetBytes(Span<byte> data) { SecureRandom.Fill(data); }

        public override void GetNonZeroBytes(byte[] data)
        {
            if (data == null) throw new ArgumentNullException("data");
            SecureRandom.FillNonZero(new Span<byte>(data));
        }

        public override void GetNonZeroBytes(Span<byte> data) { SecureRandom.FillNonZero(data); }
    }
}
