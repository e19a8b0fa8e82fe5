// Random members of .NET 8: GetItems (choices drawn with replacement) and
// GetHexString, both built on Next so seeded instances stay deterministic.
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
