// StringBuilder.Insert for the remaining primitive types and Append(char*, int).
namespace System.Text
{
    public sealed partial class StringBuilder
    {
        public StringBuilder Insert(int index, byte value) { return Insert(index, value.ToString()); }
        [CLSCompliant(false)] public StringBuilder Insert(int index, sbyte value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, short value) { return Insert(index, value.ToString()); }
        [CLSCompliant(false)] public StringBuilder Insert(int index, ushort value) { return Insert(index, value.ToString()); }
        [CLSCompliant(false)] public StringBuilder Insert(int index, uint value) { return Insert(index, value.ToString()); }
        [CLSCompliant(false)] public StringBuilder Insert(int index, ulong value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, float value) { return Insert(index, value.ToString()); }

        [CLSCompliant(false)]
        public unsafe StringBuilder Append(char* value, int valueCount)
        {
            if (valueCount < 0) throw new ArgumentOutOfRangeException("valueCount", "Count cannot be less than zero.");
            if (value == null && valueCount != 0) throw new ArgumentNullException("value");
            for (int i = 0; i < valueCount; i++) Append(value[i]);
            return this;
        }
    }
}
