// string.Create(provider, $"...") (.NET 6): formats an interpolated string
// with the given provider.
using System.Runtime.CompilerServices;

namespace System
{
    public sealed partial class String
    {
        public static string Create(IFormatProvider? provider, [InterpolatedStringHandlerArgument("provider")] ref DefaultInterpolatedStringHandler handler)
        {
            return handler.ToStringAndClear();
        }

        public static string Create(IFormatProvider? provider, Span<char> initialBuffer,
            [InterpolatedStringHandlerArgument("provider", "initialBuffer")] ref DefaultInterpolatedStringHandler handler)
        {
            return handler.ToStringAndClear();
        }
    }
}
