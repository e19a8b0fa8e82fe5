// string <-> ReadOnlySpan<char>: the implicit conversion and the span constructor.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace System
{
    public sealed partial class String
    {
        [MethodImpl(MethodImplOptions.InternalCall), System.Diagnostics.CodeAnalysis.DynamicDependency("Ctor(System.ReadOnlySpan{System.Char})")]
        public extern String(ReadOnlySpan<char> value);

        private static string Ctor(ReadOnlySpan<char> value)
        {
            if (value.Length == 0) return Empty;
            string s = FastAllocateString(value.Length);
            value.CopyTo(new Span<char>(ref s._firstChar, s.Length));
            return s;
        }

        public static implicit operator ReadOnlySpan<char>(string? value) =>
            value == null ? default : new ReadOnlySpan<char>(ref value._firstChar, value.Length);

        internal ref char GetRawStringData() => ref _firstChar;
    }
}
