// UnmanagedMemoryStream over a pointer and over a SafeBuffer, UnmanagedMemoryAccessor,
// SafeBuffer typed reads/writes, SafeHandle reference counting and their .NET exceptions.
using System.Runtime.InteropServices;

unsafe
{
    void Try(string what, Action a)
    {
        try { a(); Console.WriteLine($"{what}: ok"); }
        catch (Exception e) { Console.WriteLine($"{what}: {e.GetType().Name}: {e.Message}"); }
    }

    // ---- UnmanagedMemoryStream over a pointer ----
    byte* mem = (byte*)Marshal.AllocHGlobal(64);
    for (int i = 0; i < 64; i++) mem[i] = (byte)(i + 1);
    var ro = new UnmanagedMemoryStream(mem, 10);
    Console.WriteLine($"{ro.CanRead} {ro.CanWrite} {ro.CanSeek} len={ro.Length} cap={ro.Capacity} pos={ro.Position}");
    var buf = new byte[4];
    Console.WriteLine($"read {ro.Read(buf, 0, 4)} -> {string.Join(",", buf)}; byte {ro.ReadByte()} pos={ro.Position}");
    Console.WriteLine($"ptr offset {ro.PositionPointer - mem}");
    ro.Seek(-2, SeekOrigin.End);
    Console.WriteLine($"tail {ro.Read(buf, 0, 4)} -> {buf[0]},{buf[1]} then {ro.ReadByte()}");
    Try("write read-only", () => ro.WriteByte(1));
    Try("seek before start", () => ro.Seek(-1, SeekOrigin.Begin));
    ro.Position = 100;
    Console.WriteLine($"past end read {ro.Read(buf, 0, 4)} pos={ro.Position}");
    Try("SetLength read-only", () => ro.SetLength(3));
    ro.Dispose();
    Console.WriteLine($"closed: {ro.CanRead} {ro.CanSeek}");
    Try("Length after close", () => { var _ = ro.Length; });
    Try("Read after close", () => ro.ReadByte());

    var rw = new UnmanagedMemoryStream(mem, 4, 16, FileAccess.ReadWrite);
    rw.Position = 8;
    rw.Write(new byte[] { 9, 9 }, 0, 2);
    Console.WriteLine($"gap write: len={rw.Length} pos={rw.Position} bytes={string.Join(",", new ReadOnlySpan<byte>(mem, 10).ToArray())}");
    Try("write past capacity", () => rw.Write(new byte[10], 0, 10));
    rw.SetLength(12);
    Console.WriteLine($"SetLength 12: len={rw.Length} b10={mem[10]} b11={mem[11]}");
    rw.SetLength(3);
    Console.WriteLine($"SetLength 3: len={rw.Length} pos={rw.Position}");
    Try("SetLength past capacity", () => rw.SetLength(17));
    rw.PositionPointer = mem + 1;
    rw.WriteByte(77);
    Console.WriteLine($"via PositionPointer: {mem[1]} pos={rw.Position}");
    Try("PositionPointer before start", () => rw.PositionPointer = mem - 1);
    Try("null pointer", () => new UnmanagedMemoryStream(null, 1));
    Try("length > capacity", () => new UnmanagedMemoryStream(mem, 5, 4, FileAccess.Read));
    Try("bad access", () => new UnmanagedMemoryStream(mem, 1, 1, (FileAccess)7));
    Try("negative length", () => new UnmanagedMemoryStream(mem, -1));
    var copy = new MemoryStream();
    rw.Position = 0;
    rw.CopyTo(copy);
    Console.WriteLine("CopyTo: " + string.Join(",", copy.ToArray()));
    Console.WriteLine("async read: " + rw.ReadAsync(new byte[2], 0, 2).Result + " at " + rw.Position);

    // ---- SafeBuffer ----
    using var sb = new HGlobalBuffer(32);
    Try("ByteLength before Initialize", () => { var _ = sb.ByteLength; });
    sb.Initialize<int>(8);
    Console.WriteLine($"ByteLength {sb.ByteLength}");
    sb.Write<int>(0, 0x01020304);
    sb.Write<long>(8, -2);
    Console.WriteLine($"Read<int> {sb.Read<int>(0):X} Read<byte> {sb.Read<byte>(0)} Read<long> {sb.Read<long>(8)}");
    sb.WriteArray<short>(16, new short[] { 10, 20, 30 }, 0, 3);
    var sh = new short[3];
    sb.ReadArray<short>(16, sh, 0, 3);
    Console.WriteLine("short array " + string.Join(",", sh));
    Try("Read past end", () => sb.Read<long>(28));
    Try("WriteArray too long", () => sb.WriteArray<int>(0, new int[9], 0, 9));
    Try("ReadArray bad range", () => sb.ReadArray<int>(0, new int[2], 1, 2));
    byte* p = null;
    sb.AcquirePointer(ref p);
    Console.WriteLine($"acquired, first byte {p[0]}");
    sb.ReleasePointer();
    Console.WriteLine($"IsInvalid {sb.IsInvalid} IsClosed {sb.IsClosed}");

    // ---- UnmanagedMemoryStream over a SafeBuffer ----
    var sbs = new UnmanagedMemoryStream(sb, 4, 8, FileAccess.ReadWrite);
    Console.WriteLine($"sb stream len={sbs.Length} cap={sbs.Capacity}");
    sbs.Write(new byte[] { 0xAA, 0xBB }, 0, 2);
    Console.WriteLine($"wrote at 4: {sb.Read<byte>(4):X} {sb.Read<byte>(5):X}");
    Try("SetLength on SafeBuffer stream", () => sbs.SetLength(2));
    Try("PositionPointer on SafeBuffer stream", () => { var _ = sbs.PositionPointer; });
    Try("offset+length too big", () => new UnmanagedMemoryStream(sb, 30, 4));

    // ---- UnmanagedMemoryAccessor ----
    var acc = new UnmanagedMemoryAccessor(sb, 0, 32, FileAccess.ReadWrite);
    Console.WriteLine($"acc {acc.CanRead} {acc.CanWrite} cap={acc.Capacity}");
    acc.Write(0, true); acc.Write(1, (byte)200); acc.Write(2, 'Z'); acc.Write(4, (short)-5);
    acc.Write(6, (ushort)65000); acc.Write(8, 123456789); acc.Write(12, 3.5f); acc.Write(16, long.MinValue);
    acc.Write(24, 2.25); 
    Console.WriteLine($"{acc.ReadBoolean(0)} {acc.ReadByte(1)} {acc.ReadSByte(1)} {acc.ReadChar(2)} {acc.ReadInt16(4)} {acc.ReadUInt16(6)} {acc.ReadInt32(8)} {acc.ReadUInt32(8)} {acc.ReadSingle(12)} {acc.ReadInt64(16)} {acc.ReadUInt64(16)} {acc.ReadDouble(24)}");
    acc.Write(0, -12345.678m);
    Console.WriteLine($"decimal {acc.ReadDecimal(0)} raw flags {acc.ReadInt32(12):X8}");
    acc.Write(12, 0x00FF0000);
    Try("bad decimal", () => acc.ReadDecimal(0));
    var pt = new Pt { X = 7, Y = -8 };
    acc.Write(20, ref pt);
    acc.Read(20, out Pt back);
    Console.WriteLine($"struct {back.X} {back.Y}");
    Try("struct past end", () => acc.Read(28, out Pt _));
    Try("int past end", () => acc.ReadInt32(30));
    Try("position = capacity", () => acc.ReadByte(32));
    Try("negative position", () => acc.ReadByte(-1));
    var ints = new int[10];
    Console.WriteLine($"ReadArray got {acc.ReadArray(24, ints, 0, 10)}");
    acc.WriteArray(0, new[] { 1, 2, 3 }, 0, 3);
    Console.WriteLine($"ReadArray got {acc.ReadArray(0, ints, 0, 3)}: {ints[0]},{ints[1]},{ints[2]}");
    Try("WriteArray past end", () => acc.WriteArray(24, new int[3], 0, 3));
    var roAcc = new UnmanagedMemoryAccessor(sb, 8, 8);
    Console.WriteLine($"ro acc {roAcc.CanRead} {roAcc.CanWrite} {roAcc.ReadInt32(0)}");
    Try("write read-only accessor", () => roAcc.Write(0, 1));
    Try("accessor offset+capacity too big", () => new UnmanagedMemoryAccessor(sb, 16, 17));
    acc.Dispose();
    Console.WriteLine($"disposed {acc.CanRead}");
    Try("read after dispose", () => acc.ReadByte(0));

    // ---- SafeHandle reference counting ----
    var h = new HGlobalBuffer(8);
    bool ok = false;
    h.DangerousAddRef(ref ok);
    h.Dispose();
    Console.WriteLine($"after Dispose with a ref: closed={h.IsClosed} released={h.Released}");
    h.DangerousRelease();
    Console.WriteLine($"after last release: released={h.Released}");
    Try("AddRef after close", () => { bool b = false; h.DangerousAddRef(ref b); });
    Marshal.FreeHGlobal((IntPtr)mem);
}

struct Pt { public int X; public int Y; }

sealed class HGlobalBuffer : SafeBuffer
{
    public bool Released;
    public HGlobalBuffer(int size) : base(true) { SetHandle(Marshal.AllocHGlobal(size)); }
    protected override bool ReleaseHandle() { Marshal.FreeHGlobal(handle); Released = true; return true; }
}
