// .NET 8's options of Task.ConfigureAwait (behaviour in CompilerServices.cs).
namespace System.Threading.Tasks
{
    [Flags]
    public enum ConfigureAwaitOptions
    {
        None = 0x0,
        ContinueOnCapturedContext = 0x1,
        SuppressThrowing = 0x2,
        ForceYielding = 0x4,
    }
}
