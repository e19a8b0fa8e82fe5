using System.Runtime.CompilerServices;

namespace System
{
    // Element copies between spans: one memmove, correct for overlapping ranges.
    internal static unsafe class MemoryCopy
    {
#pragma warning disable CS8500
        internal static void Move<T>(ref T destination, ref T source, int count)
        {
            if (count <= 0) return;
            fixed (T* d = &destination) fixed (T* s = &source)
                Buffer.Memmove(d, s, (nuint)count * (nuint)sizeof(T));
        }
#pragma warning restore CS8500
    }
}
