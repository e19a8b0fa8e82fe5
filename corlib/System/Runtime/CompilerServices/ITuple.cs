// ITuple: positional access to the items of a Tuple or ValueTuple (what C#
// positional patterns on `object` use).
namespace System.Runtime.CompilerServices
{
    public interface ITuple
    {
        int Length { get; }
        object this[int index] { get; }
    }
}
