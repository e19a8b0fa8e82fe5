// RuntimeHelpers.GetSubArray: what C# `array[a..b]` compiles to.
namespace System.Runtime.CompilerServices
{
    public static partial class RuntimeHelpers
    {
        public static T[] GetSubArray<T>(T[] array, Range range)
        {
            if (array == null) throw new ArgumentNullException("array");
            (int offset, int length) = range.GetOffsetAndLength(array.Length);
            T[] result;
            if (typeof(T[]) == array.GetType())
            {
                if (length == 0) return Array.Empty<T>();
                result = new T[length];
            }
            else
            {
                // A covariant array (a string[] seen as object[]): the slice keeps
                // the actual element type.
                result = (T[])Array.CreateInstance(array.GetType().GetElementType(), length);
            }
            Array.Copy(array, offset, result, 0, length);
            return result;
        }
    }
}
