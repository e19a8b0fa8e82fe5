using System.Runtime.CompilerServices;

namespace System
{
    public abstract partial class Array
    {
        /// <summary>Where the array's first element lives (also for an empty array).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern unsafe void* GetRawData(Array array);
    }
}
