// System.HashCode: combines hash codes with the xxHash32 scheme (32-bit
// inputs, four accumulator lanes, final avalanche), seeded once per process
// so that, as on .NET, the values differ from run to run.
using System.Collections.Generic;

namespace System
{
    public struct HashCode
    {
        private const uint P1 = 2654435761U, P2 = 2246822519U, P3 = 3266489917U, P4 = 668265263U, P5 = 374761393U;

        private static readonly uint s_seed = MakeSeed();

        private uint _v1, _v2, _v3, _v4;
        private uint _q1, _q2, _q3;
        private uint _length;

        private static uint MakeSeed()
        {
            long t = DateTime.UtcNow.Ticks ^ Environment.TickCount64 ^ ((long)new object().GetHashCode() << 20);
            return unchecked((uint)t ^ (uint)(t >> 32) ^ 0x9E3779B9U);
        }

        private static uint Rotl(uint x, int n) { return (x << n) | (x >> (32 - n)); }
        private static uint Round(uint acc, uint input) { return unchecked(Rotl(acc + input * P2, 13) * P1); }
        private static uint QueueRound(uint acc, uint input) { return unchecked(Rotl(acc + input * P3, 17) * P4); }

        private static uint Avalanche(uint h)
        {
            unchecked
            {
                h ^= h >> 15; h *= P2;
                h ^= h >> 13; h *= P3;
                h ^= h >> 16;
            }
            return h;
        }

        private static uint Hash<T>(T value) { return value == null ? 0u : (uint)value.GetHashCode(); }

        // Combine(1..4 values) never fills a stripe: seed+P5, then queue rounds.
        private static int Short(uint a, int n, uint b, uint c, uint d)
        {
            uint h = unchecked(s_seed + P5 + (uint)(n * 4));
            h = QueueRound(h, a);
            if (n > 1) h = QueueRound(h, b);
            if (n > 2) h = QueueRound(h, c);
            if (n > 3) h = QueueRound(h, d);
            return (int)Avalanche(h);
        }

        public static int Combine<T1>(T1 value1) { return Short(Hash(value1), 1, 0, 0, 0); }
        public static int Combine<T1, T2>(T1 value1, T2 value2) { return Short(Hash(value1), 2, Hash(value2), 0, 0); }
        public static int Combine<T1, T2, T3>(T1 value1, T2 value2, T3 value3) { return Short(Hash(value1), 3, Hash(value2), Hash(value3), 0); }

        public static int Combine<T1, T2, T3, T4>(T1 value1, T2 value2, T3 value3, T4 value4)
        {
            HashCode h = new HashCode();
            h.Add(value1); h.Add(value2); h.Add(value3); h.Add(value4);
            return h.ToHashCode();
        }

        public static int Combine<T1, T2, T3, T4, T5>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5)
        {
            HashCode h = new HashCode();
            h.Add(value1); h.Add(value2); h.Add(value3); h.Add(value4); h.Add(value5);
            return h.ToHashCode();
        }

        public static int Combine<T1, T2, T3, T4, T5, T6>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6)
        {
            HashCode h = new HashCode();
            h.Add(value1); h.Add(value2); h.Add(value3); h.Add(value4); h.Add(value5); h.Add(value6);
            return h.ToHashCode();
        }

        public static int Combine<T1, T2, T3, T4, T5, T6, T7>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6, T7 value7)
        {
            HashCode h = new HashCode();
            h.Add(value1); h.Add(value2); h.Add(value3); h.Add(value4); h.Add(value5); h.Add(value6); h.Add(value7);
            return h.ToHashCode();
        }

        public static int Combine<T1, T2, T3, T4, T5, T6, T7, T8>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6, T7 value7, T8 value8)
        {
            HashCode h = new HashCode();
            h.Add(value1); h.Add(value2); h.Add(value3); h.Add(value4); h.Add(value5); h.Add(value6); h.Add(value7); h.Add(value8);
            return h.ToHashCode();
        }

        public void Add<T>(T value) { AddHash(Hash(value)); }

        public void Add<T>(T value, IEqualityComparer<T> comparer)
        {
            AddHash(value == null ? 0u : (uint)(comparer != null ? comparer.GetHashCode(value) : value.GetHashCode()));
        }

        private void AddHash(uint h)
        {
            uint pos = _length++ % 4;
            if (pos == 0) _q1 = h;
            else if (pos == 1) _q2 = h;
            else if (pos == 2) _q3 = h;
            else
            {
                if (_length == 4)
                {
                    unchecked
                    {
                        _v1 = s_seed + P1 + P2;
                        _v2 = s_seed + P2;
                        _v3 = s_seed;
                        _v4 = s_seed - P1;
                    }
                }
                _v1 = Round(_v1, _q1);
                _v2 = Round(_v2, _q2);
                _v3 = Round(_v3, _q3);
                _v4 = Round(_v4, h);
            }
        }

        public int ToHashCode()
        {
            uint len = _length;
            uint pending = len % 4;
            uint h = len < 4
                ? unchecked(s_seed + P5)
                : unchecked(Rotl(_v1, 1) + Rotl(_v2, 7) + Rotl(_v3, 12) + Rotl(_v4, 18));
            h = unchecked(h + len * 4);
            if (pending > 0) h = QueueRound(h, _q1);
            if (pending > 1) h = QueueRound(h, _q2);
            if (pending > 2) h = QueueRound(h, _q3);
            return (int)Avalanche(h);
        }

#pragma warning disable 0809
        [Obsolete("HashCode is a mutable struct and should not be compared with other HashCodes. Use ToHashCode to retrieve the computed hash code.", true)]
        public override int GetHashCode()
        {
            throw new NotSupportedException("HashCode is a mutable struct and should not be compared with other HashCodes. Use ToHashCode to retrieve the computed hash code.");
        }

        [Obsolete("HashCode is a mutable struct and should not be compared with other HashCodes.", true)]
        public override bool Equals(object obj)
        {
            throw new NotSupportedException("HashCode is a mutable struct and should not be compared with other HashCodes.");
        }
#pragma warning restore 0809
    }
}
