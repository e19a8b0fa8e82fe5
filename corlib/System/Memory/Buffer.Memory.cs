using System.Runtime.CompilerServices;

namespace System
{
    public static partial class Buffer
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern unsafe void Memmove(void* destination, void* source, nuint byteCount);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern unsafe void Memset(void* destination, byte value, nuint byteCount);
    }
}
