// MemoryMarshal: the raw views of spans and arrays.
using System.Runtime.CompilerServices;

#pragma warning disable CS8500
namespace System.Runtime.InteropServices
{
    public static unsafe partial class MemoryMarshal
    {
        public static ref T GetReference<T>(Span<T> span) => ref span._reference;
        public static ref T GetReference<T>(ReadOnlySpan<T> span) => ref span._reference;

        /// <summary>The first element's location, even for an empty array; no covariance check.</summary>
        public static ref T GetArrayDataReference<T>(T[] array) => ref Unsafe.AsRef<T>(Array.GetRawData(array));
        public static ref byte GetArrayDataReference(Array array) => ref Unsafe.AsRef<byte>(Array.GetRawData(array));

        public static Span<T> CreateSpan<T>(scoped ref T reference, int length) => new Span<T>(ref Unsafe.AsRef(in reference), length);
        public static ReadOnlySpan<T> CreateReadOnlySpan<T>(scoped ref readonly T reference, int length) =>
            new ReadOnlySpan<T>(ref Unsafe.AsRef(in reference), length);

        public static ReadOnlySpan<char> CreateReadOnlySpanFromNullTerminated(char* value)
        {
            if (value == null) return default;
            int n = 0;
            while (value[n] != '\0') n++;
            return new ReadOnlySpan<char>(value, n);
        }

        public static ReadOnlySpan<byte> CreateReadOnlySpanFromNullTerminated(byte* value)
        {
            if (value == null) return default;
            int n = 0;
            while (value[n] != 0) n++;
            return new ReadOnlySpan<byte>(value, n);
        }

        public static Span<TTo> Cast<TFrom, TTo>(Span<TFrom> span) where TFrom : struct where TTo : struct
        {
            CheckNoReferences<TFrom>(); CheckNoReferences<TTo>();
            long bytes = (long)span.Length * sizeof(TFrom);
            return new Span<TTo>(ref Unsafe.As<TFrom, TTo>(ref span._reference), checked((int)(bytes / sizeof(TTo))));
        }

        public static ReadOnlySpan<TTo> Cast<TFrom, TTo>(ReadOnlySpan<TFrom> span) where TFrom : struct where TTo : struct
        {
            CheckNoReferences<TFrom>(); CheckNoReferences<TTo>();
            long bytes = (long)span.Length * sizeof(TFrom);
            return new ReadOnlySpan<TTo>(ref Unsafe.As<TFrom, TTo>(ref span._reference), checked((int)(bytes / sizeof(TTo))));
        }

        public static Span<byte> AsBytes<T>(Span<T> span) where T : struct => Cast<T, byte>(span);
        public static ReadOnlySpan<byte> AsBytes<T>(ReadOnlySpan<T> span) where T : struct => Cast<T, byte>(span);

        public static T Read<T>(ReadOnlySpan<byte> source) where T : struct
        {
            CheckNoReferences<T>();
            if (sizeof(T) > source.Length) throw new ArgumentOutOfRangeException("length");
            return Unsafe.ReadUnaligned<T>(in source._reference);
        }

        public static bool TryRead<T>(ReadOnlySpan<byte> source, out T value) where T : struct
        {
            CheckNoReferences<T>();
            if (sizeof(T) > source.Length) { value = default; return false; }
            value = Unsafe.ReadUnaligned<T>(in source._reference);
            return true;
        }

        public static void Write<T>(Span<byte> destination, in T value) where T : struct
        {
            CheckNoReferences<T>();
            if (sizeof(T) > destination.Length) throw new ArgumentOutOfRangeException("length");
            Unsafe.WriteUnaligned(ref destination._reference, value);
        }

        public static bool TryWrite<T>(Span<byte> destination, in T value) where T : struct
        {
            CheckNoReferences<T>();
            if (sizeof(T) > destination.Length) return false;
            Unsafe.WriteUnaligned(ref destination._reference, value);
            return true;
        }

        public static ref T AsRef<T>(Span<byte> span) where T : struct
        {
            CheckNoReferences<T>();
            if (sizeof(T) > span.Length) throw new ArgumentOutOfRangeException("length");
            return ref Unsafe.As<byte, T>(ref span._reference);
        }

        public static ref readonly T AsRef<T>(ReadOnlySpan<byte> span) where T : struct
        {
            CheckNoReferences<T>();
            if (sizeof(T) > span.Length) throw new ArgumentOutOfRangeException("length");
            return ref Unsafe.As<byte, T>(ref span._reference);
        }

        private static void CheckNoReferences<T>()
        {
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
                throw new ArgumentException("Cannot use type '" + typeof(T).ToString() + "'. Only value types without pointers or references are supported.");
        }
    }
}
