// `fixed (char* p = s)`: Roslyn pins a string through GetPinnableReference
// when the reference assemblies declare it (they do since .NET Core 3.0).
namespace System
{
    public sealed partial class String
    {
        [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
        public ref readonly char GetPinnableReference() { return ref _firstChar; }
    }
}
