// Marshal: the unmanaged-memory helpers that portable C# uses (sizes, raw
// memory blocks, reading and writing through IntPtr, copying arrays). Memory
// from AllocHGlobal lives in the runtime's native heap (malloc), not the GC's.
using System.Runtime.CompilerServices;

namespace System.Runtime.InteropServices
{
    public static unsafe class Marshal
    {
        public static readonly int SystemDefaultCharSize = 2;
        public static readonly int SystemMaxDBCSCharSize = 1;

        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int InternalSizeOf(Type t);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr InternalAlloc(IntPtr size);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr InternalRealloc(IntPtr p, IntPtr size);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void InternalFree(IntPtr p);

        public static int SizeOf(Type t)
        {
            if (t == null) throw new ArgumentNullException("t");
            return InternalSizeOf(t);
        }
        public static int SizeOf(object structure)
        {
            if (structure == null) throw new ArgumentNullException("structure");
            return InternalSizeOf(structure.GetType());
        }
        public static int SizeOf<T>() { return InternalSizeOf(typeof(T)); }
        public static int SizeOf<T>(T structure) { return SizeOf((object)structure); }

        public static IntPtr AllocHGlobal(int cb) { return AllocHGlobal(new IntPtr(cb)); }
        public static IntPtr AllocHGlobal(IntPtr cb)
        {
            IntPtr p = InternalAlloc(cb);
            if (p == IntPtr.Zero) throw new OutOfMemoryException();
            return p;
        }
        public static IntPtr ReAllocHGlobal(IntPtr pv, IntPtr cb)
        {
            IntPtr p = InternalRealloc(pv, cb);
            if (p == IntPtr.Zero) throw new OutOfMemoryException();
            return p;
        }
        public static void FreeHGlobal(IntPtr hglobal) { if (hglobal != IntPtr.Zero) InternalFree(hglobal); }
        public static IntPtr AllocCoTaskMem(int cb) { return AllocHGlobal(cb); }
        public static void FreeCoTaskMem(IntPtr ptr) { FreeHGlobal(ptr); }

        public static byte ReadByte(IntPtr ptr) { return *(byte*)ptr; }
        public static byte ReadByte(IntPtr ptr, int ofs) { return *((byte*)ptr + ofs); }
        public static short ReadInt16(IntPtr ptr) { return *(short*)ptr; }
        public static short ReadInt16(IntPtr ptr, int ofs) { return *(short*)((byte*)ptr + ofs); }
        public static int ReadInt32(IntPtr ptr) { return *(int*)ptr; }
        public static int ReadInt32(IntPtr ptr, int ofs) { return *(int*)((byte*)ptr + ofs); }
        public static long ReadInt64(IntPtr ptr) { return *(long*)ptr; }
        public static long ReadInt64(IntPtr ptr, int ofs) { return *(long*)((byte*)ptr + ofs); }
        public static IntPtr ReadIntPtr(IntPtr ptr) { return *(IntPtr*)ptr; }
        public static IntPtr ReadIntPtr(IntPtr ptr, int ofs) { return *(IntPtr*)((byte*)ptr + ofs); }
        public static void WriteByte(IntPtr ptr, byte val) { *(byte*)ptr = val; }
        public static void WriteByte(IntPtr ptr, int ofs, byte val) { *((byte*)ptr + ofs) = val; }
        public static void WriteInt16(IntPtr ptr, short val) { *(short*)ptr = val; }
        public static void WriteInt16(IntPtr ptr, int ofs, short val) { *(short*)((byte*)ptr + ofs) = val; }
        public static void WriteInt32(IntPtr ptr, int val) { *(int*)ptr = val; }
        public static void WriteInt32(IntPtr ptr, int ofs, int val) { *(int*)((byte*)ptr + ofs) = val; }
        public static void WriteInt64(IntPtr ptr, long val) { *(long*)ptr = val; }
        public static void WriteInt64(IntPtr ptr, int ofs, long val) { *(long*)((byte*)ptr + ofs) = val; }
        public static void WriteIntPtr(IntPtr ptr, IntPtr val) { *(IntPtr*)ptr = val; }
        public static void WriteIntPtr(IntPtr ptr, int ofs, IntPtr val) { *(IntPtr*)((byte*)ptr + ofs) = val; }

        private static void CheckRange(Array a, int startIndex, int length)
        {
            if (a == null) throw new ArgumentNullException("source");
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex");
            if (length < 0) throw new ArgumentOutOfRangeException("length");
            if (startIndex > a.Length - length) throw new ArgumentOutOfRangeException("length");
        }

        public static void Copy(byte[] source, int startIndex, IntPtr destination, int length)
        {
            CheckRange(source, startIndex, length);
            byte* d = (byte*)destination;
            for (int i = 0; i < length; i++) d[i] = source[startIndex + i];
        }
        public static void Copy(IntPtr source, byte[] destination, int startIndex, int length)
        {
            CheckRange(destination, startIndex, length);
            byte* s = (byte*)source;
            for (int i = 0; i < length; i++) destination[startIndex + i] = s[i];
        }
        public static void Copy(int[] source, int startIndex, IntPtr destination, int length)
        {
            CheckRange(source, startIndex, length);
            int* d = (int*)destination;
            for (int i = 0; i < length; i++) d[i] = source[startIndex + i];
        }
        public static void Copy(IntPtr source, int[] destination, int startIndex, int length)
        {
            CheckRange(destination, startIndex, length);
            int* s = (int*)source;
            for (int i = 0; i < length; i++) destination[startIndex + i] = s[i];
        }
        public static void Copy(char[] source, int startIndex, IntPtr destination, int length)
        {
            CheckRange(source, startIndex, length);
            char* d = (char*)destination;
            for (int i = 0; i < length; i++) d[i] = source[startIndex + i];
        }
        public static void Copy(IntPtr source, char[] destination, int startIndex, int length)
        {
            CheckRange(destination, startIndex, length);
            char* s = (char*)source;
            for (int i = 0; i < length; i++) destination[startIndex + i] = s[i];
        }
        public static void Copy(double[] source, int startIndex, IntPtr destination, int length)
        {
            CheckRange(source, startIndex, length);
            double* d = (double*)destination;
            for (int i = 0; i < length; i++) d[i] = source[startIndex + i];
        }
        public static void Copy(IntPtr source, double[] destination, int startIndex, int length)
        {
            CheckRange(destination, startIndex, length);
            double* s = (double*)source;
            for (int i = 0; i < length; i++) destination[startIndex + i] = s[i];
        }

        public static string PtrToStringUni(IntPtr ptr)
        {
            if (ptr == IntPtr.Zero) return null;
            char* p = (char*)ptr;
            int n = 0;
            while (p[n] != '\0') n++;
            return new string(p, 0, n);
        }
        public static string PtrToStringUni(IntPtr ptr, int len) { return ptr == IntPtr.Zero ? null : new string((char*)ptr, 0, len); }
        public static string PtrToStringAnsi(IntPtr ptr)
        {
            if (ptr == IntPtr.Zero) return null;
            byte* p = (byte*)ptr;
            int n = 0;
            while (p[n] != 0) n++;
            return PtrToStringAnsi(ptr, n);
        }
        public static string PtrToStringAnsi(IntPtr ptr, int len)
        {
            if (ptr == IntPtr.Zero) return null;
            byte* p = (byte*)ptr;
            char[] chars = new char[len];
            for (int i = 0; i < len; i++) chars[i] = (char)p[i];
            return new string(chars);
        }
        public static string PtrToStringUTF8(IntPtr ptr)
        {
            if (ptr == IntPtr.Zero) return null;
            byte* p = (byte*)ptr;
            int n = 0;
            while (p[n] != 0) n++;
            byte[] bytes = new byte[n];
            for (int i = 0; i < n; i++) bytes[i] = p[i];
            return System.Text.Encoding.UTF8.GetString(bytes);
        }
        public static IntPtr StringToHGlobalUni(string s)
        {
            if (s == null) return IntPtr.Zero;
            IntPtr mem = AllocHGlobal((s.Length + 1) * 2);
            char* d = (char*)mem;
            for (int i = 0; i < s.Length; i++) d[i] = s[i];
            d[s.Length] = '\0';
            return mem;
        }
        public static IntPtr StringToHGlobalAnsi(string s)
        {
            if (s == null) return IntPtr.Zero;
            IntPtr mem = AllocHGlobal(s.Length + 1);
            byte* d = (byte*)mem;
            for (int i = 0; i < s.Length; i++) d[i] = s[i] < 128 ? (byte)s[i] : (byte)'?';
            d[s.Length] = 0;
            return mem;
        }
        public static int GetLastWin32Error() { return 0; }
        public static int GetHRForException(Exception e) { return e == null ? 0 : e.HResult; }
        public static void ThrowExceptionForHR(int errorCode) { if (errorCode < 0) throw new Exception("HRESULT 0x" + errorCode.ToString("X8")); }
        public static bool IsComObject(object o) { return false; }
    }
}
