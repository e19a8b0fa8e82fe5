// System.Runtime.CompilerServices.Unsafe: reinterpretation and arithmetic on
// managed references. Written with C# pointers: the collector never moves an
// object, so a `fixed` over a reference costs nothing and the pointer stays
// valid; interpreter stacks are scanned conservatively, so a reference turned
// into a pointer and back still keeps its object alive.
#pragma warning disable CS8500 // pointers to managed types are the point here
namespace System.Runtime.CompilerServices
{
    public static unsafe class Unsafe
    {
        public static void* AsPointer<T>(ref readonly T value) { fixed (T* p = &value) return p; }
        public static ref T AsRef<T>(void* source) => ref *(T*)source;
        public static ref T AsRef<T>(scoped ref readonly T source) { fixed (T* p = &source) return ref *p; }
        public static T As<T>(object? o) where T : class? => *(T*)&o;
        public static ref TTo As<TFrom, TTo>(ref TFrom source) { fixed (TFrom* p = &source) return ref *(TTo*)p; }
        public static int SizeOf<T>() => sizeof(T);

        public static ref T Add<T>(ref T source, int elementOffset) { fixed (T* p = &source) return ref *(p + elementOffset); }
        public static ref T Add<T>(ref T source, nint elementOffset) { fixed (T* p = &source) return ref *(p + elementOffset); }
        public static ref T Add<T>(ref T source, nuint elementOffset) { fixed (T* p = &source) return ref *(p + elementOffset); }
        public static void* Add<T>(void* source, int elementOffset) => (byte*)source + (nint)elementOffset * sizeof(T);
        public static ref T Subtract<T>(ref T source, int elementOffset) { fixed (T* p = &source) return ref *(p - elementOffset); }
        public static ref T Subtract<T>(ref T source, nint elementOffset) { fixed (T* p = &source) return ref *(p - elementOffset); }
        public static ref T Subtract<T>(ref T source, nuint elementOffset) { fixed (T* p = &source) return ref *(p - elementOffset); }
        public static void* Subtract<T>(void* source, int elementOffset) => (byte*)source - (nint)elementOffset * sizeof(T);
        public static ref T AddByteOffset<T>(ref T source, nint byteOffset) { fixed (T* p = &source) return ref *(T*)((byte*)p + byteOffset); }
        public static ref T AddByteOffset<T>(ref T source, nuint byteOffset) { fixed (T* p = &source) return ref *(T*)((byte*)p + byteOffset); }
        public static ref T SubtractByteOffset<T>(ref T source, nint byteOffset) { fixed (T* p = &source) return ref *(T*)((byte*)p - byteOffset); }
        public static ref T SubtractByteOffset<T>(ref T source, nuint byteOffset) { fixed (T* p = &source) return ref *(T*)((byte*)p - byteOffset); }
        public static nint ByteOffset<T>(ref readonly T origin, ref readonly T target)
        {
            fixed (T* o = &origin) fixed (T* t = &target) return (nint)((byte*)t - (byte*)o);
        }

        public static bool AreSame<T>(ref readonly T left, ref readonly T right)
        {
            fixed (T* l = &left) fixed (T* r = &right) return l == r;
        }
        public static bool IsAddressGreaterThan<T>(ref readonly T left, ref readonly T right)
        {
            fixed (T* l = &left) fixed (T* r = &right) return l > r;
        }
        public static bool IsAddressLessThan<T>(ref readonly T left, ref readonly T right)
        {
            fixed (T* l = &left) fixed (T* r = &right) return l < r;
        }
        public static bool IsAddressGreaterThanOrEqualTo<T>(ref readonly T left, ref readonly T right) => !IsAddressLessThan(in left, in right);
        public static bool IsAddressLessThanOrEqualTo<T>(ref readonly T left, ref readonly T right) => !IsAddressGreaterThan(in left, in right);
        public static bool IsNullRef<T>(ref readonly T source) { fixed (T* p = &source) return p == null; }
        public static ref T NullRef<T>() => ref *(T*)null;

        public static T Read<T>(void* source) => *(T*)source;
        public static void Write<T>(void* destination, T value) { *(T*)destination = value; }
        public static T ReadUnaligned<T>(void* source) => *(T*)source;
        public static T ReadUnaligned<T>(scoped ref readonly byte source) { fixed (byte* p = &source) return *(T*)p; }
        public static void WriteUnaligned<T>(void* destination, T value) { *(T*)destination = value; }
        public static void WriteUnaligned<T>(ref byte destination, T value) { fixed (byte* p = &destination) *(T*)p = value; }
        public static void Copy<T>(void* destination, ref readonly T source) { fixed (T* s = &source) *(T*)destination = *s; }
        public static void Copy<T>(ref T destination, void* source) { destination = *(T*)source; }

        public static void CopyBlock(void* destination, void* source, uint byteCount) => Buffer.Memmove(destination, source, byteCount);
        public static void CopyBlock(ref byte destination, ref readonly byte source, uint byteCount)
        {
            fixed (byte* d = &destination) fixed (byte* s = &source) Buffer.Memmove(d, s, byteCount);
        }
        public static void CopyBlockUnaligned(void* destination, void* source, uint byteCount) => Buffer.Memmove(destination, source, byteCount);
        public static void CopyBlockUnaligned(ref byte destination, ref readonly byte source, uint byteCount) => CopyBlock(ref destination, in source, byteCount);
        public static void InitBlock(void* startAddress, byte value, uint byteCount) => Buffer.Memset(startAddress, value, byteCount);
        public static void InitBlock(ref byte startAddress, byte value, uint byteCount) { fixed (byte* p = &startAddress) Buffer.Memset(p, value, byteCount); }
        public static void InitBlockUnaligned(void* startAddress, byte value, uint byteCount) => Buffer.Memset(startAddress, value, byteCount);
        public static void InitBlockUnaligned(ref byte startAddress, byte value, uint byteCount) => InitBlock(ref startAddress, value, byteCount);

        public static ref T Unbox<T>(object box) where T : struct
        {
            if (box == null) throw new NullReferenceException();
            if (box.GetType() != typeof(T)) throw new InvalidCastException();
            return ref As<RawData<T>>(box).Value;
        }
        public static void SkipInit<T>(out T value) { value = default!; }
        public static TTo BitCast<TFrom, TTo>(TFrom source) where TFrom : allows ref struct where TTo : allows ref struct
        {
            if (sizeof(TFrom) != sizeof(TTo) || RuntimeHelpers.IsReferenceOrContainsReferences<TFrom>() || RuntimeHelpers.IsReferenceOrContainsReferences<TTo>())
                throw new NotSupportedException();
            return *(TTo*)&source;
        }

        // A class whose only field sits where a boxed value's data starts.
        private sealed class RawData<T> { public T Value = default!; }
    }
}
