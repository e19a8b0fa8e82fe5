// Random members of .NET 8 to 10: GetItems (choices drawn with replacement),
// GetString and GetHexString, all built on Next so seeded instances stay
// deterministic.
namespace System
{
    public partial class Random
    {
        public T[] GetItems<T>(T[] choices, int length)
        {
            if (choices == null) throw new ArgumentNullException("choices");
            if (length < 0) throw new ArgumentOutOfRangeException("length", length, "length ('" + length + "') must be a non-negative value.");
            if (choices.Length == 0) throw new ArgumentException("Span may not be empty.", "choices");
            T[] result = new T[length];
            for (int i = 0; i < length; i++) result[i] = choices[Next(choices.Length)];
            return result;
        }

        public T[] GetItems<T>(ReadOnlySpan<T> choices, int length)
        {
            if (length < 0) throw new ArgumentOutOfRangeException("length", length, "length ('" + length + "') must be a non-negative value.");
            T[] result = new T[length];
            GetItems(choices, result.AsSpan());
            return result;
        }

        public void GetItems<T>(ReadOnlySpan<T> choices, Span<T> destination)
        {
            if (choices.IsEmpty) throw new ArgumentException("Span may not be empty.", "choices");
            for (int i = 0; i < destination.Length; i++) destination[i] = choices[Next(choices.Length)];
        }

        public string GetString(ReadOnlySpan<char> choices, int length)
        {
            if (length < 0) throw new ArgumentOutOfRangeException("length", length, "length ('" + length + "') must be a non-negative value.");
            char[] chars = new char[length];
            GetItems(choices, chars.AsSpan());
            return new string(chars);
        }

        public void GetHexString(Span<char> destination, bool lowercase = false)
        {
            string digits = lowercase ? "0123456789abcdef" : "0123456789ABCDEF";
            for (int i = 0; i < destination.Length; i++) destination[i] = digits[Next(16)];
        }

        public string GetHexString(int stringLength, bool lowercase = false)
        {
            if (stringLength < 0) throw new ArgumentOutOfRangeException("stringLength", stringLength, "stringLength ('" + stringLength + "') must be a non-negative value.");
            string digits = lowercase ? "0123456789abcdef" : "0123456789ABCDEF";
            char[] chars = new char[stringLength];
            for (int i = 0; i < stringLength; i++) chars[i] = digits[Next(16)];
            return new string(chars);
        }
    }
}
