// The Arm instruction-set classes, as .NET reports them on a machine without
// them: IsSupported is false for each class and its Arm64 nested class.
namespace System.Runtime.Intrinsics.Arm
{
    public abstract class ArmBase { internal ArmBase() { } public static bool IsSupported => false; public abstract class Arm64 { internal Arm64() { } public static bool IsSupported => false; } }
    public abstract class AdvSimd : ArmBase { internal AdvSimd() { } public static new bool IsSupported => false; public new abstract class Arm64 : ArmBase.Arm64 { internal Arm64() { } public static new bool IsSupported => false; } }
}
