// System.Buffers.ArrayPool<T>: rented arrays come from power-of-two buckets
// (16, 32, 64, ...), so Rent(n) gives an array of at least n elements; a
// returned array is handed out again by the next Rent of its bucket (LIFO).
namespace System.Buffers
{
    public abstract class ArrayPool<T>
    {
        private static ArrayPool<T>? s_shared;

        public static ArrayPool<T> Shared => s_shared ??= new BucketArrayPool<T>(1 << 30, 32, true);

        public static ArrayPool<T> Create() => new BucketArrayPool<T>(1024 * 1024, 50, false);
        public static ArrayPool<T> Create(int maxArrayLength, int maxArraysPerBucket) =>
            new BucketArrayPool<T>(maxArrayLength, maxArraysPerBucket, false);

        public abstract T[] Rent(int minimumLength);
        public abstract void Return(T[] array, bool clearArray = false);
    }

    internal sealed class BucketArrayPool<T> : ArrayPool<T>
    {
        private const int MinimumArrayLength = 16;
        private readonly T[]?[][] _buckets;
        private readonly int[] _counts;
        private readonly bool _shared;

        internal BucketArrayPool(int maxArrayLength, int maxArraysPerBucket, bool shared)
        {
            if (maxArrayLength <= 0) throw new ArgumentOutOfRangeException(nameof(maxArrayLength));
            if (maxArraysPerBucket <= 0) throw new ArgumentOutOfRangeException(nameof(maxArraysPerBucket));
            if (maxArrayLength > 1 << 30) maxArrayLength = 1 << 30;
            else if (maxArrayLength < MinimumArrayLength) maxArrayLength = MinimumArrayLength;
            int count = BucketIndex(maxArrayLength) + 1;
            _buckets = new T[]?[count][];
            for (int i = 0; i < count; i++) _buckets[i] = new T[]?[maxArraysPerBucket];
            _counts = new int[count];
            _shared = shared;
        }

        // 1..16 -> 0, 17..32 -> 1, 33..64 -> 2, ...
        private static int BucketIndex(int length)
        {
            int index = 0;
            int size = MinimumArrayLength;
            while (size < length) { size <<= 1; index++; }
            return index;
        }

        private static int BucketLength(int index) => MinimumArrayLength << index;

        public override T[] Rent(int minimumLength)
        {
            if (minimumLength < 0) throw new ArgumentOutOfRangeException(nameof(minimumLength), "Non-negative number required.");
            if (minimumLength == 0) return Array.Empty<T>();
            int index = BucketIndex(minimumLength);
            if (index >= _buckets.Length) return new T[minimumLength];
            lock (_buckets)
            {
                if (_counts[index] > 0)
                {
                    int top = --_counts[index];
                    T[] array = _buckets[index][top]!;
                    _buckets[index][top] = null;
                    return array;
                }
            }
            return new T[BucketLength(index)];
        }

        public override void Return(T[] array, bool clearArray = false)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if (array.Length == 0) return;
            int index = BucketIndex(array.Length);
            if (index >= _buckets.Length) return;
            if (array.Length != BucketLength(index))
                throw new ArgumentException("The buffer is not associated with this pool and may not be returned to it.", nameof(array));
            if (clearArray) Array.Clear(array, 0, array.Length);
            lock (_buckets)
            {
                if (_counts[index] < _buckets[index].Length) _buckets[index][_counts[index]++] = array;
            }
        }
    }
}
