// The x86 instruction-set classes, as .NET reports them on a machine without
// them: Cilantro executes no SIMD instructions, so IsSupported is false at
// every level (each class and its X64 nested class).
namespace System.Runtime.Intrinsics.X86
{
    public abstract class X86Base { internal X86Base() { } public static bool IsSupported => false; public abstract class X64 { internal X64() { } public static bool IsSupported => false; } }
    public abstract class Sse : X86Base { internal Sse() { } public static new bool IsSupported => false; public new abstract class X64 : X86Base.X64 { internal X64() { } public static new bool IsSupported => false; } }
    public abstract class Sse2 : Sse { internal Sse2() { } public static new bool IsSupported => false; public new abstract class X64 : Sse.X64 { internal X64() { } public static new bool IsSupported => false; } }
    public abstract class Sse3 : Sse2 { internal Sse3() { } public static new bool IsSupported => false; public new abstract class X64 : Sse2.X64 { internal X64() { } public static new bool IsSupported => false; } }
    public abstract class Ssse3 : Sse3 { internal Ssse3() { } public static new bool IsSupported => false; public new abstract class X64 : Sse3.X64 { internal X64() { } public static new bool IsSupported => false; } }
    public abstract class Sse41 : Ssse3 { internal Sse41() { } public static new bool IsSupported => false; public new abstract class X64 : Ssse3.X64 { internal X64() { } public static new bool IsSupported => false; } }
    public abstract class Sse42 : Sse41 { internal Sse42() { } public static new bool IsSupported => false; public new abstract class X64 : Sse41.X64 { internal X64() { } public static new bool IsSupported => false; } }
    public abstract class Avx : Sse42 { internal Avx() { } public static new bool IsSupported => false; public new abstract class X64 : Sse42.X64 { internal X64() { } public static new bool IsSupported => false; } }
    public abstract class Avx2 : Avx { internal Avx2() { } public static new bool IsSupported => false; public new abstract class X64 : Avx.X64 { internal X64() { } public static new bool IsSupported => false; } }
    public abstract class Popcnt : Sse42 { internal Popcnt() { } public static new bool IsSupported => false; public new abstract class X64 : Sse42.X64 { internal X64() { } public static new bool IsSupported => false; } }
    public abstract class Lzcnt : X86Base { internal Lzcnt() { } public static new bool IsSupported => false; public new abstract class X64 : X86Base.X64 { internal X64() { } public static new bool IsSupported => false; } }
    public abstract class Bmi1 : X86Base { internal Bmi1() { } public static new bool IsSupported => false; public new abstract class X64 : X86Base.X64 { internal X64() { } public static new bool IsSupported => false; } }
    public abstract class Bmi2 : X86Base { internal Bmi2() { } public static new bool IsSupported => false; public new abstract class X64 : X86Base.X64 { internal X64() { } public static new bool IsSupported => false; } }
}
