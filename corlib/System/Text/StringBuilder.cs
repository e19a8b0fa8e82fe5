// StringBuilder over one char[] that doubles when full (amortized O(1) appends).
using System.Globalization;

namespace System.Text
{
    [Serializable]
    public sealed partial class StringBuilder
    {
        private char[] _chars;
        private int _length;
        private int _maxCapacity;

        public StringBuilder() : this(16) { }

        public StringBuilder(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Capacity must be positive.");
            _chars = new char[capacity == 0 ? 16 : capacity];
            _maxCapacity = int.MaxValue;
        }

        public StringBuilder(int capacity, int maxCapacity) : this(capacity) { _maxCapacity = maxCapacity; }

        public StringBuilder(string value) : this(value, 16) { }

        public StringBuilder(string value, int capacity) : this(capacity < (value == null ? 0 : value.Length) ? (value == null ? 0 : value.Length) : capacity)
        {
            if (value != null) Append(value);
        }

        public StringBuilder(string value, int startIndex, int length, int capacity) : this(capacity < length ? length : capacity)
        {
            if (value != null) Append(value, startIndex, length);
        }

        public int Capacity
        {
            get { return _chars.Length; }
            set
            {
                if (value < _length) throw new ArgumentOutOfRangeException("value", "Capacity must be positive and greater than or equal to the current size.");
                if (value == _chars.Length) return;
                char[] n = new char[value == 0 ? 1 : value];
                Array.Copy(_chars, n, _length);
                _chars = n;
            }
        }

        public int MaxCapacity { get { return _maxCapacity; } }

        public int Length
        {
            get { return _length; }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Length cannot be less than zero.");
                if (value > _length)
                {
                    EnsureCapacity(value);
                    for (int i = _length; i < value; i++) _chars[i] = '\0';
                }
                _length = value;
            }
        }

        [System.Runtime.CompilerServices.IndexerName("Chars")]
        public char this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_length) throw new IndexOutOfRangeException();
                return _chars[index];
            }
            set
            {
                if ((uint)index >= (uint)_length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                _chars[index] = value;
            }
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Capacity must be positive.");
            if (capacity > _chars.Length)
            {
                int n = _chars.Length * 2;
                if (n < capacity) n = capacity;
                char[] c = new char[n];
                Array.Copy(_chars, c, _length);
                _chars = c;
            }
            return _chars.Length;
        }

        public override string ToString()
        {
            if (_length == 0) return string.Empty;
            string s = string.FastAllocateString(_length);
            string.InternalCopyFromArray(_chars, 0, s, 0, _length);
            return s;
        }

        public string ToString(int startIndex, int length)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex > _length - length) throw new ArgumentOutOfRangeException("length", "Index and length must refer to a location within the string.");
            if (length == 0) return string.Empty;
            string s = string.FastAllocateString(length);
            string.InternalCopyFromArray(_chars, startIndex, s, 0, length);
            return s;
        }

        public StringBuilder Clear() { _length = 0; return this; }

        public StringBuilder Append(char value)
        {
            if (_length == _chars.Length) EnsureCapacity(_length + 1);
            _chars[_length++] = value;
            return this;
        }

        public StringBuilder Append(char value, int repeatCount)
        {
            if (repeatCount < 0) throw new ArgumentOutOfRangeException("repeatCount", "Count cannot be less than zero.");
            EnsureCapacity(_length + repeatCount);
            for (int i = 0; i < repeatCount; i++) _chars[_length++] = value;
            return this;
        }

        public StringBuilder Append(string value)
        {
            if (value == null) return this;
            int n = value.Length;
            if (n == 0) return this;
            if (_length + n > _chars.Length) EnsureCapacity(_length + n);
            if (n <= 2)
            {
                _chars[_length] = value[0];
                if (n == 2) _chars[_length + 1] = value[1];
            }
            else string.InternalCopyToArray(value, 0, _chars, _length, n);
            _length += n;
            return this;
        }

        public StringBuilder Append(string value, int startIndex, int count)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (value == null)
            {
                if (startIndex == 0 && count == 0) return this;
                throw new ArgumentNullException("value");
            }
            if (startIndex > value.Length - count) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count == 0) return this;
            EnsureCapacity(_length + count);
            string.InternalCopyToArray(value, startIndex, _chars, _length, count);
            _length += count;
            return this;
        }

        public StringBuilder Append(char[] value)
        {
            if (value == null) return this;
            return Append(value, 0, value.Length);
        }

        public StringBuilder Append(char[] value, int startIndex, int charCount)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "Value must be positive.");
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Value must be positive.");
            if (value == null)
            {
                if (startIndex == 0 && charCount == 0) return this;
                throw new ArgumentNullException("value");
            }
            if (charCount > value.Length - startIndex) throw new ArgumentOutOfRangeException("charCount", "Index was out of range. Must be non-negative and less than the size of the collection.");
            EnsureCapacity(_length + charCount);
            Array.Copy(value, startIndex, _chars, _length, charCount);
            _length += charCount;
            return this;
        }

        public StringBuilder Append(StringBuilder value)
        {
            if (value == null) return this;
            return Append(value._chars, 0, value._length);
        }

        public StringBuilder Append(StringBuilder value, int startIndex, int count)
        {
            if (value == null) return this;
            return Append(value._chars, startIndex, count);
        }

        public StringBuilder Append(bool value) { return Append(value ? "True" : "False"); }
        public StringBuilder Append(sbyte value) { return Append(value.ToString()); }
        public StringBuilder Append(byte value) { return Append(value.ToString()); }
        public StringBuilder Append(short value) { return Append(value.ToString()); }
        public StringBuilder Append(ushort value) { return Append(value.ToString()); }
        public StringBuilder Append(int value) { return Append(value.ToString()); }
        public StringBuilder Append(uint value) { return Append(value.ToString()); }
        public StringBuilder Append(long value) { return Append(value.ToString()); }
        public StringBuilder Append(ulong value) { return Append(value.ToString()); }
        public StringBuilder Append(float value) { return Append(value.ToString()); }
        public StringBuilder Append(double value) { return Append(value.ToString()); }
        public StringBuilder Append(decimal value) { return Append(value.ToString()); }
        public StringBuilder Append(object value) { return value == null ? this : Append(value.ToString()); }

        public StringBuilder AppendLine() { return Append(Environment.NewLine); }
        public StringBuilder AppendLine(string value) { Append(value); return Append(Environment.NewLine); }

        public StringBuilder AppendJoin(string separator, params object[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0) Append(separator);
                if (values[i] != null) Append(values[i].ToString());
            }
            return this;
        }

        public StringBuilder AppendJoin(string separator, params string[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0) Append(separator);
                Append(values[i]);
            }
            return this;
        }

        public StringBuilder AppendJoin<T>(string separator, System.Collections.Generic.IEnumerable<T> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            bool first = true;
            foreach (T v in values)
            {
                if (!first) Append(separator);
                first = false;
                if (v != null) Append(v.ToString());
            }
            return this;
        }

        public StringBuilder AppendJoin(char separator, params object[] values) { return AppendJoin(char.ToString(separator), values); }
        public StringBuilder AppendJoin(char separator, params string[] values) { return AppendJoin(char.ToString(separator), values); }

        public StringBuilder AppendFormat(string format, object arg0) { return AppendFormatHelper(null, format, new object[] { arg0 }); }
        public StringBuilder AppendFormat(string format, object arg0, object arg1) { return AppendFormatHelper(null, format, new object[] { arg0, arg1 }); }
        public StringBuilder AppendFormat(string format, object arg0, object arg1, object arg2) { return AppendFormatHelper(null, format, new object[] { arg0, arg1, arg2 }); }
        public StringBuilder AppendFormat(string format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException(format == null ? "format" : "args");
            return AppendFormatHelper(null, format, args);
        }
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0) { return AppendFormatHelper(provider, format, new object[] { arg0 }); }
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1) { return AppendFormatHelper(provider, format, new object[] { arg0, arg1 }); }
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1, object arg2) { return AppendFormatHelper(provider, format, new object[] { arg0, arg1, arg2 }); }
        public StringBuilder AppendFormat(IFormatProvider provider, string format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException(format == null ? "format" : "args");
            return AppendFormatHelper(provider, format, args);
        }

        private static void FormatError() { throw new FormatException("Input string was not in a correct format."); }

        // Composite formatting: {index[,alignment][:formatString]}, with {{ and }} escapes.
        internal StringBuilder AppendFormatHelper(IFormatProvider provider, string format, object[] args)
        {
            if (format == null) throw new ArgumentNullException("format");
            ICustomFormatter cf = null;
            if (provider != null) cf = provider.GetFormat(typeof(ICustomFormatter)) as ICustomFormatter;
            int pos = 0, len = format.Length;
            while (true)
            {
                char ch = '\0';
                while (pos < len)
                {
                    ch = format[pos];
                    pos++;
                    if (ch == '}')
                    {
                        if (pos < len && format[pos] == '}') pos++;
                        else FormatError();
                    }
                    else if (ch == '{')
                    {
                        if (pos < len && format[pos] == '{') pos++;
                        else { pos--; break; }
                    }
                    Append(ch);
                }
                if (pos == len) break;
                pos++;
                if (pos == len || (ch = format[pos]) < '0' || ch > '9') FormatError();
                int index = 0;
                do
                {
                    index = index * 10 + ch - '0';
                    pos++;
                    if (pos == len) FormatError();
                    ch = format[pos];
                } while (ch >= '0' && ch <= '9' && index < 1000000);
                if (index >= args.Length) throw new FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
                while (pos < len && (ch = format[pos]) == ' ') pos++;
                bool leftJustify = false;
                int width = 0;
                if (ch == ',')
                {
                    pos++;
                    while (pos < len && format[pos] == ' ') pos++;
                    if (pos == len) FormatError();
                    ch = format[pos];
                    if (ch == '-')
                    {
                        leftJustify = true;
                        pos++;
                        if (pos == len) FormatError();
                        ch = format[pos];
                    }
                    if (ch < '0' || ch > '9') FormatError();
                    do
                    {
                        width = width * 10 + ch - '0';
                        pos++;
                        if (pos == len) FormatError();
                        ch = format[pos];
                    } while (ch >= '0' && ch <= '9' && width < 1000000);
                }
                while (pos < len && (ch = format[pos]) == ' ') pos++;
                object arg = args[index];
                string itemFormat = null;
                if (ch == ':')
                {
                    pos++;
                    int start = pos;
                    while (true)
                    {
                        if (pos == len) FormatError();
                        ch = format[pos];
                        if (ch == '}') break;
                        if (ch == '{') FormatError();
                        pos++;
                    }
                    if (pos > start) itemFormat = format.Substring(start, pos - start);
                }
                else if (ch != '}') FormatError();
                pos++;
                string s = null;
                if (cf != null) s = cf.Format(itemFormat, arg, provider);
                if (s == null)
                {
                    IFormattable f = arg as IFormattable;
                    if (f != null) s = f.ToString(itemFormat, provider);
                    else if (arg != null) s = arg.ToString();
                }
                if (s == null) s = string.Empty;
                int pad = width - s.Length;
                if (!leftJustify && pad > 0) Append(' ', pad);
                Append(s);
                if (leftJustify && pad > 0) Append(' ', pad);
            }
            return this;
        }

        public StringBuilder Insert(int index, string value)
        {
            if ((uint)index > (uint)_length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (value == null || value.Length == 0) return this;
            int n = value.Length;
            EnsureCapacity(_length + n);
            Array.Copy(_chars, index, _chars, index + n, _length - index);
            string.InternalCopyToArray(value, 0, _chars, index, n);
            _length += n;
            return this;
        }

        public StringBuilder Insert(int index, string value, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            for (int i = 0; i < count; i++) Insert(index, value);
            return this;
        }

        public StringBuilder Insert(int index, char value) { return Insert(index, char.ToString(value)); }
        public StringBuilder Insert(int index, char[] value) { return Insert(index, value == null ? null : new string(value)); }
        public StringBuilder Insert(int index, char[] value, int startIndex, int charCount) { return Insert(index, value == null ? null : new string(value, startIndex, charCount)); }
        public StringBuilder Insert(int index, bool value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, int value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, long value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, double value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, decimal value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, object value) { return value == null ? this : Insert(index, value.ToString()); }

        public StringBuilder Remove(int startIndex, int length)
        {
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (length > _length - startIndex) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            Array.Copy(_chars, startIndex + length, _chars, startIndex, _length - startIndex - length);
            _length -= length;
            return this;
        }

        public StringBuilder Replace(char oldChar, char newChar) { return Replace(oldChar, newChar, 0, _length); }

        public StringBuilder Replace(char oldChar, char newChar, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)_length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (count < 0 || startIndex > _length - count) throw new ArgumentOutOfRangeException("count", "Index was out of range. Must be non-negative and less than the size of the collection.");
            for (int i = startIndex; i < startIndex + count; i++)
                if (_chars[i] == oldChar) _chars[i] = newChar;
            return this;
        }

        public StringBuilder Replace(string oldValue, string newValue) { return Replace(oldValue, newValue, 0, _length); }

        public StringBuilder Replace(string oldValue, string newValue, int startIndex, int count)
        {
            if (oldValue == null) throw new ArgumentNullException("oldValue");
            if (oldValue.Length == 0) throw new ArgumentException("String cannot be of zero length.", "oldValue");
            if ((uint)startIndex > (uint)_length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (count < 0 || startIndex > _length - count) throw new ArgumentOutOfRangeException("count", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (newValue == null) newValue = string.Empty;
            string before = ToString(0, startIndex);
            string mid = ToString(startIndex, count).Replace(oldValue, newValue);
            string after = ToString(startIndex + count, _length - startIndex - count);
            _length = 0;
            Append(before); Append(mid); Append(after);
            return this;
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if ((uint)sourceIndex > (uint)_length || sourceIndex > _length - count) throw new ArgumentOutOfRangeException("sourceIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            Array.Copy(_chars, sourceIndex, destination, destinationIndex, count);
        }

        public bool Equals(StringBuilder sb)
        {
            if (sb == null || sb._length != _length) return false;
            for (int i = 0; i < _length; i++)
                if (sb._chars[i] != _chars[i]) return false;
            return true;
        }
    }
}
