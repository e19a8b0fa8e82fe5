// Random: Knuth's subtractive generator (the algorithm .NET uses for seeded
// instances), so a seed gives the same sequence on every run.
namespace System
{
    [Serializable]
    public partial class Random
    {
        private const int MBIG = int.MaxValue;
        private const int MSEED = 161803398;
        private static int s_counter;

        private readonly int[] _seeds = new int[56];
        private int _inext, _inextp;

        public Random() : this(unchecked((int)DateTime.UtcNow.Ticks ^ Environment.TickCount ^ (++s_counter * 0x5bd1e995))) { }

        public Random(int Seed)
        {
            int[] a = _seeds;
            int sub = Seed == int.MinValue ? int.MaxValue : Math.Abs(Seed);
            int mj = MSEED - sub;
            a[55] = mj;
            int mk = 1;
            for (int i = 1; i < 55; i++)
            {
                int ii = (21 * i) % 55;
                a[ii] = mk;
                mk = mj - mk;
                if (mk < 0) mk += MBIG;
                mj = a[ii];
            }
            for (int k = 1; k < 5; k++)
                for (int i = 1; i < 56; i++)
                {
                    a[i] -= a[1 + (i + 30) % 55];
                    if (a[i] < 0) a[i] += MBIG;
                }
            _inext = 0;
            _inextp = 21;
        }

        public static Random Shared { get { return s_shared ?? (s_shared = new Random()); } }
        private static Random s_shared;

        private int InternalSample()
        {
            int n = _inext, p = _inextp;
            if (++n >= 56) n = 1;
            if (++p >= 56) p = 1;
            int r = _seeds[n] - _seeds[p];
            if (r == MBIG) r--;
            if (r < 0) r += MBIG;
            _seeds[n] = r;
            _inext = n;
            _inextp = p;
            return r;
        }

        protected virtual double Sample() { return InternalSample() * (1.0 / MBIG); }

        private double LargeRangeSample()
        {
            int r = InternalSample();
            if (InternalSample() % 2 == 0) r = -r;
            double d = r;
            d += int.MaxValue - 1;
            d /= 2u * (uint)int.MaxValue - 1;
            return d;
        }

        public virtual int Next() { return InternalSample(); }

        public virtual int Next(int maxValue)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(maxValue, "maxValue");
            return (int)(Sample() * maxValue);
        }

        public virtual int Next(int minValue, int maxValue)
        {
            if (minValue > maxValue) throw new ArgumentOutOfRangeException("minValue", "'minValue' cannot be greater than maxValue.");
            long range = (long)maxValue - minValue;
            if (range <= int.MaxValue) return (int)(Sample() * range) + minValue;
            return (int)((long)(LargeRangeSample() * range) + minValue);
        }

        // The 64-bit draws of .NET's seeded generator: three Next calls give
        // 22 + 22 + 20 bits, so a seed gives .NET's exact NextInt64 sequence.
        private ulong NextUInt64()
        {
            return ((ulong)(uint)Next(1 << 22)) | (((ulong)(uint)Next(1 << 22)) << 22) | (((ulong)(uint)Next(1 << 20)) << 44);
        }

        public virtual long NextInt64()
        {
            while (true)
            {
                ulong r = NextUInt64() >> 1;
                if (r != long.MaxValue) return (long)r;
            }
        }

        public virtual long NextInt64(long maxValue) { ArgumentOutOfRangeException.ThrowIfNegative(maxValue, "maxValue"); return NextInt64(0, maxValue); }

        public virtual long NextInt64(long minValue, long maxValue)
        {
            if (minValue > maxValue) throw new ArgumentOutOfRangeException("minValue", "'minValue' cannot be greater than maxValue.");
            ulong range = (ulong)(maxValue - minValue);
            if (range <= 1) return minValue;
            // The smallest power of two >= range, drawn from the top bits, retried when past range.
            int bits = 64 - System.Numerics.BitOperations.LeadingZeroCount(range - 1);
            while (true)
            {
                ulong r = NextUInt64() >> (64 - bits);
                if (r < range) return (long)r + minValue;
            }
        }

        public virtual double NextDouble() { return Sample(); }
        public virtual float NextSingle() { return (float)Sample(); }

        public virtual void NextBytes(byte[] buffer)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)InternalSample();
        }

        public void Shuffle<T>(T[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            for (int i = 0; i < values.Length - 1; i++)
            {
                int j = Next(i, values.Length);
                if (j != i) { T t = values[i]; values[i] = values[j]; values[j] = t; }
            }
        }
    }
}
