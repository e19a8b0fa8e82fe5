// .NET 10's InlineArray2<T> .. InlineArray16<T>: fixed-size buffers that C#
// uses for collection expressions and `params ReadOnlySpan<T>` arguments
// (the runtime lays out [InlineArray(n)] structs as n copies of their field).
namespace System.Runtime.CompilerServices
{
    [InlineArray(2)] public struct InlineArray2<T> { private T t; }
    [InlineArray(3)] public struct InlineArray3<T> { private T t; }
    [InlineArray(4)] public struct InlineArray4<T> { private T t; }
    [InlineArray(5)] public struct InlineArray5<T> { private T t; }
    [InlineArray(6)] public struct InlineArray6<T> { private T t; }
    [InlineArray(7)] public struct InlineArray7<T> { private T t; }
    [InlineArray(8)] public struct InlineArray8<T> { private T t; }
    [InlineArray(9)] public struct InlineArray9<T> { private T t; }
    [InlineArray(10)] public struct InlineArray10<T> { private T t; }
    [InlineArray(11)] public struct InlineArray11<T> { private T t; }
    [InlineArray(12)] public struct InlineArray12<T> { private T t; }
    [InlineArray(13)] public struct InlineArray13<T> { private T t; }
    [InlineArray(14)] public struct InlineArray14<T> { private T t; }
    [InlineArray(15)] public struct InlineArray15<T> { private T t; }
    [InlineArray(16)] public struct InlineArray16<T> { private T t; }
}
