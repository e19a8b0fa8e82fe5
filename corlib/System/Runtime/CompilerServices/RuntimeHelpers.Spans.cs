namespace System.Runtime.CompilerServices
{
    public static partial class RuntimeHelpers
    {
        /// <summary>A span over a field's initial data (an RVA static), as Roslyn emits for
        /// `ReadOnlySpan&lt;int&gt; x = [1, 2, 3]`: no copy, the data stays in the image.</summary>
        public static unsafe ReadOnlySpan<T> CreateSpan<T>(RuntimeFieldHandle fldHandle)
        {
            byte* data = (byte*)GetFieldInitialData(fldHandle._value, out int byteLength);
            if (data == null) throw new ArgumentException("The field has no initial data.", nameof(fldHandle));
            return new ReadOnlySpan<T>(ref Unsafe.AsRef<T>(data), byteLength / sizeof(T));
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern unsafe void* GetFieldInitialData(IntPtr field, out int byteLength);
    }
}
