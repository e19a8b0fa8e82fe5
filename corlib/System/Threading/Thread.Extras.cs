// Thread members of .NET's surface beyond starting and joining: the
// obsolete VolatileRead/Write, named and unnamed data slots, culture,
// apartment state (Unknown: there is no COM), and the members .NET Core
// keeps only for source compatibility (Abort, Suspend, Resume throw
// PlatformNotSupportedException there, as here).
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace System
{
    public sealed class LocalDataStoreSlot
    {
        internal readonly ThreadLocal<object> Data = new ThreadLocal<object>();
        internal LocalDataStoreSlot() { }
    }
}

namespace System.Threading
{
    public enum ApartmentState { STA = 0, MTA = 1, Unknown = 2 }

    public sealed partial class Thread
    {
        public static byte VolatileRead(ref byte address) { return Volatile.Read(ref address); }
        public static void VolatileWrite(ref byte address, byte value) { Volatile.Write(ref address, value); }
        [CLSCompliant(false)] public static sbyte VolatileRead(ref sbyte address) { return Volatile.Read(ref address); }
        [CLSCompliant(false)] public static void VolatileWrite(ref sbyte address, sbyte value) { Volatile.Write(ref address, value); }
        public static short VolatileRead(ref short address) { return Volatile.Read(ref address); }
        public static void VolatileWrite(ref short address, short value) { Volatile.Write(ref address, value); }
        [CLSCompliant(false)] public static ushort VolatileRead(ref ushort address) { return Volatile.Read(ref address); }
        [CLSCompliant(false)] public static void VolatileWrite(ref ushort address, ushort value) { Volatile.Write(ref address, value); }
        public static int VolatileRead(ref int address) { return Volatile.Read(ref address); }
        public static void VolatileWrite(ref int address, int value) { Volatile.Write(ref address, value); }
        [CLSCompliant(false)] public static uint VolatileRead(ref uint address) { return Volatile.Read(ref address); }
        [CLSCompliant(false)] public static void VolatileWrite(ref uint address, uint value) { Volatile.Write(ref address, value); }
        public static long VolatileRead(ref long address) { return Volatile.Read(ref address); }
        public static void VolatileWrite(ref long address, long value) { Volatile.Write(ref address, value); }
        [CLSCompliant(false)] public static ulong VolatileRead(ref ulong address) { return Volatile.Read(ref address); }
        [CLSCompliant(false)] public static void VolatileWrite(ref ulong address, ulong value) { Volatile.Write(ref address, value); }
        public static float VolatileRead(ref float address) { return Volatile.Read(ref address); }
        public static void VolatileWrite(ref float address, float value) { Volatile.Write(ref address, value); }
        public static double VolatileRead(ref double address) { return Volatile.Read(ref address); }
        public static void VolatileWrite(ref double address, double value) { Volatile.Write(ref address, value); }
        public static IntPtr VolatileRead(ref IntPtr address) { return Volatile.Read(ref address); }
        public static void VolatileWrite(ref IntPtr address, IntPtr value) { Volatile.Write(ref address, value); }
        [CLSCompliant(false)] public static UIntPtr VolatileRead(ref UIntPtr address) { return Volatile.Read(ref address); }
        [CLSCompliant(false)] public static void VolatileWrite(ref UIntPtr address, UIntPtr value) { Volatile.Write(ref address, value); }
        public static object VolatileRead(ref object address) { return Volatile.Read(ref address); }
        public static void VolatileWrite(ref object address, object value) { Volatile.Write(ref address, value); }

        public static void MemoryBarrier() { Interlocked.MemoryBarrier(); }
        public static void BeginCriticalRegion() { }
        public static void EndCriticalRegion() { }
        public static void BeginThreadAffinity() { }
        public static void EndThreadAffinity() { }
        public void DisableComObjectEagerCleanup() { }

        [Obsolete("Thread.Abort is not supported and throws PlatformNotSupportedException.")]
        public void Abort() { throw new PlatformNotSupportedException("Thread abort is not supported on this platform."); }
        [Obsolete("Thread.Abort is not supported and throws PlatformNotSupportedException.")]
        public void Abort(object stateInfo) { throw new PlatformNotSupportedException("Thread abort is not supported on this platform."); }
        [Obsolete("Thread.ResetAbort is not supported and throws PlatformNotSupportedException.")]
        public static void ResetAbort() { throw new PlatformNotSupportedException("Thread abort is not supported on this platform."); }
        [Obsolete("Thread.Suspend has been deprecated. Use other classes in System.Threading, such as Monitor, Mutex, Event, and Semaphore, to synchronize Threads or protect resources.")]
        public void Suspend() { throw new PlatformNotSupportedException("Thread suspend is not supported on this platform."); }
        [Obsolete("Thread.Resume has been deprecated. Use other classes in System.Threading, such as Monitor, Mutex, Event, and Semaphore, to synchronize Threads or protect resources.")]
        public void Resume() { throw new PlatformNotSupportedException("Thread resume is not supported on this platform."); }

        public ApartmentState GetApartmentState() { return ApartmentState.Unknown; }
        public bool TrySetApartmentState(ApartmentState state)
        {
            if (state != ApartmentState.STA && state != ApartmentState.MTA && state != ApartmentState.Unknown)
                throw new ArgumentOutOfRangeException("state", "Enum value was out of legal range.");
            return state == ApartmentState.Unknown;
        }
        public void SetApartmentState(ApartmentState state)
        {
            if (!TrySetApartmentState(state)) throw new PlatformNotSupportedException("COM Interop is not supported on this platform.");
        }
        [Obsolete("The ApartmentState property has been deprecated. Use GetApartmentState, SetApartmentState or TrySetApartmentState instead.")]
        public ApartmentState ApartmentState { get { return GetApartmentState(); } set { TrySetApartmentState(value); } }

        public CultureInfo CurrentCulture
        {
            get { return CultureInfo.CurrentCulture; }
            set { if (value == null) throw new ArgumentNullException("value"); CultureInfo.CurrentCulture = value; }
        }

        public CultureInfo CurrentUICulture
        {
            get { return CultureInfo.CurrentUICulture; }
            set { if (value == null) throw new ArgumentNullException("value"); CultureInfo.CurrentUICulture = value; }
        }

        private static readonly Dictionary<string, LocalDataStoreSlot> s_namedSlots = new Dictionary<string, LocalDataStoreSlot>();

        public static LocalDataStoreSlot AllocateDataSlot() { return new LocalDataStoreSlot(); }

        public static LocalDataStoreSlot AllocateNamedDataSlot(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            lock (s_namedSlots)
            {
                var slot = new LocalDataStoreSlot();
                s_namedSlots.Add(name, slot);
                return slot;
            }
        }

        public static LocalDataStoreSlot GetNamedDataSlot(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            lock (s_namedSlots)
            {
                LocalDataStoreSlot slot;
                if (!s_namedSlots.TryGetValue(name, out slot)) s_namedSlots[name] = slot = new LocalDataStoreSlot();
                return slot;
            }
        }

        public static void FreeNamedDataSlot(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            lock (s_namedSlots) s_namedSlots.Remove(name);
        }

        public static object GetData(LocalDataStoreSlot slot)
        {
            if (slot == null) throw new ArgumentNullException("slot");
            return slot.Data.Value;
        }

        public static void SetData(LocalDataStoreSlot slot, object data)
        {
            if (slot == null) throw new ArgumentNullException("slot");
            slot.Data.Value = data;
        }
    }
}
