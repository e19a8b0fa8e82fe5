// System.Collections.BitArray: bits packed into ints, bit i in word i / 32.
namespace System.Collections
{
    public sealed class BitArray : ICollection, ICloneable
    {
        private int[] _w;
        private int _len;

        public BitArray(int length) : this(length, false) { }
        public BitArray(int length, bool defaultValue)
        {
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Non-negative number required.");
            _w = new int[(length + 31) / 32];
            _len = length;
            if (defaultValue) SetAll(true);
        }
        public BitArray(bool[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            _w = new int[(values.Length + 31) / 32];
            _len = values.Length;
            for (int i = 0; i < values.Length; i++) if (values[i]) _w[i >> 5] |= 1 << (i & 31);
        }
        public BitArray(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            _len = bytes.Length * 8;
            _w = new int[(_len + 31) / 32];
            for (int i = 0; i < bytes.Length; i++) _w[i >> 2] |= bytes[i] << ((i & 3) * 8);
        }
        public BitArray(int[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            _w = (int[])values.Clone();
            _len = values.Length * 32;
        }
        public BitArray(BitArray bits)
        {
            if (bits == null) throw new ArgumentNullException("bits");
            _w = (int[])bits._w.Clone();
            _len = bits._len;
        }

        public int Length
        {
            get { return _len; }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
                int[] n = new int[(value + 31) / 32];
                Array.Copy(_w, n, Math.Min(n.Length, _w.Length));
                if (value > _len && _len % 32 != 0) n[_len >> 5] &= (1 << (_len & 31)) - 1;   // new bits read as false
                _w = n;
                _len = value;
            }
        }
        public int Count { get { return _len; } }
        public bool IsReadOnly { get { return false; } }
        public bool IsSynchronized { get { return false; } }
        public object SyncRoot { get { return this; } }

        public bool this[int index] { get { return Get(index); } set { Set(index, value); } }

        public bool Get(int index)
        {
            if (index < 0 || index >= _len) throw new ArgumentOutOfRangeException("index", index, "Index was out of range. Must be non-negative and less than the size of the collection.");
            return (_w[index >> 5] & (1 << (index & 31))) != 0;
        }
        public void Set(int index, bool value)
        {
            if (index < 0 || index >= _len) throw new ArgumentOutOfRangeException("index", index, "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (value) _w[index >> 5] |= 1 << (index & 31);
            else _w[index >> 5] &= ~(1 << (index & 31));
        }
        public void SetAll(bool value) { for (int i = 0; i < _w.Length; i++) _w[i] = value ? -1 : 0; }

        private void CheckSame(BitArray value)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (value._len != _len) throw new ArgumentException("Array lengths must be the same.");
        }
        public BitArray And(BitArray value) { CheckSame(value); for (int i = 0; i < _w.Length; i++) _w[i] &= value._w[i]; return this; }
        public BitArray Or(BitArray value) { CheckSame(value); for (int i = 0; i < _w.Length; i++) _w[i] |= value._w[i]; return this; }
        public BitArray Xor(BitArray value) { CheckSame(value); for (int i = 0; i < _w.Length; i++) _w[i] ^= value._w[i]; return this; }
        public BitArray Not() { for (int i = 0; i < _w.Length; i++) _w[i] = ~_w[i]; return this; }

        public BitArray LeftShift(int count)
        {
            bool[] b = Bits();
            for (int i = _len - 1; i >= 0; i--) Set(i, i - count >= 0 && b[i - count]);
            return this;
        }
        public BitArray RightShift(int count)
        {
            bool[] b = Bits();
            for (int i = 0; i < _len; i++) Set(i, i + count < _len && b[i + count]);
            return this;
        }
        public bool HasAllSet() { for (int i = 0; i < _len; i++) if (!Get(i)) return false; return true; }
        public bool HasAnySet() { for (int i = 0; i < _len; i++) if (Get(i)) return true; return false; }

        private bool[] Bits() { bool[] b = new bool[_len]; for (int i = 0; i < _len; i++) b[i] = Get(i); return b; }

        public object Clone() { return new BitArray(this); }

        public void CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (array is bool[] ba)
            {
                if (ba.Length - index < _len) throw new ArgumentException("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.");
                for (int i = 0; i < _len; i++) ba[index + i] = Get(i);
            }
            else if (array is int[] ia)
            {
                int words = (_len + 31) / 32;
                if (ia.Length - index < words) throw new ArgumentException("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.");
                for (int i = 0; i < words; i++) ia[index + i] = _w[i];
                if (_len % 32 != 0) ia[index + words - 1] &= (1 << (_len & 31)) - 1;
            }
            else if (array is byte[] by)
            {
                int n = (_len + 7) / 8;
                if (by.Length - index < n) throw new ArgumentException("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.");
                for (int i = 0; i < n; i++)
                {
                    int v = 0;
                    for (int k = 0; k < 8 && i * 8 + k < _len; k++) if (Get(i * 8 + k)) v |= 1 << k;
                    by[index + i] = (byte)v;
                }
            }
            else throw new ArgumentException("Only supported array types for CopyTo on BitArrays are Boolean[], Int32[] and Byte[].", "array");
        }

        public IEnumerator GetEnumerator() { return ((IEnumerable)Bits()).GetEnumerator(); }
    }
}
