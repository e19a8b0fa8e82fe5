// System.Array. No fields: the runtime lays arrays out itself. Element access
// by object, creation and geometry are runtime-provided internal calls; Copy
// and Clear are ours (runtime/icalls/icall_array.c); the generic algorithms
// are plain C# below.
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;

namespace System
{
    [Serializable]
    public abstract partial class Array : ICloneable, IList, IStructuralComparable, IStructuralEquatable
    {
        protected Array() { }
        public static int MaxLength { get { return 0x7FFFFFC7; } }

        // ---- runtime-provided ----
        public extern int Length { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public extern int Rank { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        [MethodImpl(MethodImplOptions.InternalCall)] public extern int GetLength(int dimension);
        [MethodImpl(MethodImplOptions.InternalCall)] public extern int GetLowerBound(int dimension);
        [MethodImpl(MethodImplOptions.InternalCall)] public extern object GetValue(int index);
        [MethodImpl(MethodImplOptions.InternalCall)] public extern void SetValue(object value, int index);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern Array InternalCreate(Type elementType, int[] lengths, int[] lowerBounds);
        [MethodImpl(MethodImplOptions.InternalCall)] private extern Type InternalGetElementType();

        // ---- icall_array.c ----
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Copy(Array sourceArray, Array destinationArray, int length);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Clear(Array array, int index, int length);

        public static void Copy(Array sourceArray, long sourceIndex, Array destinationArray, long destinationIndex, long length)
        {
            Copy(sourceArray, checked((int)sourceIndex), destinationArray, checked((int)destinationIndex), checked((int)length));
        }

        public static void Copy(Array sourceArray, Array destinationArray, long length) { Copy(sourceArray, destinationArray, checked((int)length)); }

        public static void ConstrainedCopy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)
        {
            Copy(sourceArray, sourceIndex, destinationArray, destinationIndex, length);
        }

        public static void Clear(Array array)
        {
            if (array == null) throw new ArgumentNullException("array");
            Clear(array, 0, array.Length);
        }

        public long LongLength { get { return Length; } }
        public long GetLongLength(int dimension) { return GetLength(dimension); }
        public int GetUpperBound(int dimension) { return GetLowerBound(dimension) + GetLength(dimension) - 1; }
        public bool IsFixedSize { get { return true; } }
        public bool IsReadOnly { get { return false; } }
        public bool IsSynchronized { get { return false; } }
        public object SyncRoot { get { return this; } }

        public object Clone() { return MemberwiseClone(); }

        public static Array CreateInstance(Type elementType, int length)
        {
            if (elementType == null) throw new ArgumentNullException("elementType");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Non-negative number required.");
            return InternalCreate(elementType, new int[] { length }, null);
        }

        public static Array CreateInstance(Type elementType, int length1, int length2)
        {
            return CreateInstance(elementType, new int[] { length1, length2 });
        }

        public static Array CreateInstance(Type elementType, int length1, int length2, int length3)
        {
            return CreateInstance(elementType, new int[] { length1, length2, length3 });
        }

        public static Array CreateInstance(Type elementType, params int[] lengths)
        {
            if (elementType == null) throw new ArgumentNullException("elementType");
            if (lengths == null) throw new ArgumentNullException("lengths");
            if (lengths.Length == 0) throw new ArgumentException("Must provide at least one rank.");
            for (int i = 0; i < lengths.Length; i++)
                if (lengths[i] < 0) throw new ArgumentOutOfRangeException("lengths[" + i + "]", "Non-negative number required.");
            return InternalCreate(elementType, lengths, null);
        }

        public static Array CreateInstance(Type elementType, int[] lengths, int[] lowerBounds)
        {
            if (elementType == null) throw new ArgumentNullException("elementType");
            if (lengths == null) throw new ArgumentNullException("lengths");
            if (lowerBounds == null) throw new ArgumentNullException("lowerBounds");
            if (lengths.Length != lowerBounds.Length) throw new ArgumentException("The arrays must have the same number of dimensions.");
            return InternalCreate(elementType, lengths, lowerBounds);
        }

        internal Type ElementType { get { return InternalGetElementType(); } }

        // Multi-dimensional element access through a flattened row-major index.
        private int FlatIndex(int[] indices)
        {
            if (indices == null) throw new ArgumentNullException("indices");
            if (indices.Length != Rank) throw new ArgumentException("Indices length does not match the array rank.");
            int flat = 0;
            for (int d = 0; d < indices.Length; d++)
            {
                int i = indices[d] - GetLowerBound(d);
                int len = GetLength(d);
                if ((uint)i >= (uint)len) throw new IndexOutOfRangeException();
                flat = flat * len + i;
            }
            return flat;
        }

        internal object GetFlat(int flat) { return Rank == 1 ? GetValue(flat + GetLowerBound(0)) : GetValueFlatMulti(flat); }

        private object GetValueFlatMulti(int flat)
        {
            int[] idx = Unflatten(flat);
            return GetValue(idx);
        }

        private int[] Unflatten(int flat)
        {
            int r = Rank;
            int[] idx = new int[r];
            for (int d = r - 1; d >= 0; d--)
            {
                int len = GetLength(d);
                idx[d] = flat % len + GetLowerBound(d);
                flat /= len;
            }
            return idx;
        }

        [MethodImpl(MethodImplOptions.InternalCall)] private extern object InternalGetValueFlat(int flatIndex);
        [MethodImpl(MethodImplOptions.InternalCall)] private extern void InternalSetValueFlat(object value, int flatIndex);

        public object GetValue(params int[] indices)
        {
            if (Rank == 1 && indices != null && indices.Length == 1) return GetValue(indices[0]);
            return InternalGetValueFlat(FlatIndex(indices));
        }

        public void SetValue(object value, params int[] indices)
        {
            if (Rank == 1 && indices != null && indices.Length == 1) { SetValue(value, indices[0]); return; }
            InternalSetValueFlat(value, FlatIndex(indices));
        }

        public object GetValue(int index1, int index2) { return GetValue(new int[] { index1, index2 }); }
        public object GetValue(int index1, int index2, int index3) { return GetValue(new int[] { index1, index2, index3 }); }
        public object GetValue(long index) { return GetValue(checked((int)index)); }
        public void SetValue(object value, int index1, int index2) { SetValue(value, new int[] { index1, index2 }); }
        public void SetValue(object value, int index1, int index2, int index3) { SetValue(value, new int[] { index1, index2, index3 }); }
        public void SetValue(object value, long index) { SetValue(value, checked((int)index)); }

        public void CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("destinationArray");
            if (array.Rank != 1) throw new ArgumentException("Only single dimension arrays are supported here.");
            Copy(this, GetLowerBound(0), array, index, Length);
        }

        public void CopyTo(Array array, long index) { CopyTo(array, checked((int)index)); }

        public void Initialize() { }

        public IEnumerator GetEnumerator() { return new ArrayEnumerator(this); }

        private sealed class ArrayEnumerator : IEnumerator, ICloneable
        {
            private Array _array;
            private int _index;
            private int _length;

            internal ArrayEnumerator(Array array) { _array = array; _index = -1; _length = array.Length; }

            public object Clone() { return MemberwiseClone(); }

            public bool MoveNext()
            {
                if (_index < _length) _index++;
                return _index < _length;
            }

            public object Current
            {
                get
                {
                    if (_index < 0) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                    if (_index >= _length) throw new InvalidOperationException("Enumeration already finished.");
                    return _array.Rank == 1 ? _array.GetValue(_index + _array.GetLowerBound(0)) : _array.InternalGetValueFlat(_index);
                }
            }

            public void Reset() { _index = -1; }
        }

        // ---- IList (non-generic) ----
        int ICollection.Count { get { return Length; } }
        object IList.this[int index] { get { return GetValue(index); } set { SetValue(value, index); } }
        int IList.Add(object value) { throw new NotSupportedException("Collection was of a fixed size."); }
        bool IList.Contains(object value) { return IndexOf(this, value) >= GetLowerBound(0); }
        void IList.Clear() { Clear(this, 0, Length); }
        int IList.IndexOf(object value) { return IndexOf(this, value); }
        void IList.Insert(int index, object value) { throw new NotSupportedException("Collection was of a fixed size."); }
        void IList.Remove(object value) { throw new NotSupportedException("Collection was of a fixed size."); }
        void IList.RemoveAt(int index) { throw new NotSupportedException("Collection was of a fixed size."); }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            Array o = other as Array;
            if (o == null || o.Length != Length) throw new ArgumentException("Object is not a array with the same number of elements as the array to compare it to.", "other");
            for (int i = 0; i < Length; i++)
            {
                int c = comparer.Compare(GetValue(i), o.GetValue(i));
                if (c != 0) return c;
            }
            return 0;
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null) return false;
            if (other == (object)this) return true;
            Array o = other as Array;
            if (o == null || o.Length != Length) return false;
            for (int i = 0; i < Length; i++)
                if (!comparer.Equals(GetValue(i), o.GetValue(i))) return false;
            return true;
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            int h = 0;
            for (int i = Length >= 8 ? Length - 8 : 0; i < Length; i++) h = ((h << 5) + h) ^ comparer.GetHashCode(GetValue(i));
            return h;
        }

        // ---- non-generic algorithms ----
        public static int IndexOf(Array array, object value)
        {
            if (array == null) throw new ArgumentNullException("array");
            return IndexOf(array, value, 0, array.Length);
        }

        public static int IndexOf(Array array, object value, int startIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            return IndexOf(array, value, startIndex, array.Length - startIndex);
        }

        public static int IndexOf(Array array, object value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Rank != 1) throw new RankException("Only single dimension arrays are supported here.");
            if ((uint)startIndex > (uint)array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count > array.Length - startIndex) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i < startIndex + count; i++)
                if (object.Equals(array.GetValue(i), value)) return i;
            return -1;
        }

        public static int LastIndexOf(Array array, object value)
        {
            if (array == null) throw new ArgumentNullException("array");
            for (int i = array.Length - 1; i >= 0; i--)
                if (object.Equals(array.GetValue(i), value)) return i;
            return -1;
        }

        public static void Reverse(Array array)
        {
            if (array == null) throw new ArgumentNullException("array");
            Reverse(array, 0, array.Length);
        }

        public static void Reverse(Array array, int index, int length)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (array.Length - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            int i = index, j = index + length - 1;
            while (i < j)
            {
                object t = array.GetValue(i);
                array.SetValue(array.GetValue(j), i);
                array.SetValue(t, j);
                i++; j--;
            }
        }

        public static void Sort(Array array) { Sort(array, null, 0, array == null ? 0 : array.Length, null); }
        public static void Sort(Array array, IComparer comparer) { Sort(array, null, 0, array == null ? 0 : array.Length, comparer); }
        public static void Sort(Array keys, Array items) { Sort(keys, items, 0, keys == null ? 0 : keys.Length, null); }
        public static void Sort(Array array, int index, int length) { Sort(array, null, index, length, null); }
        public static void Sort(Array keys, Array items, IComparer comparer) { Sort(keys, items, 0, keys == null ? 0 : keys.Length, comparer); }

        public static void Sort(Array keys, Array items, int index, int length, IComparer comparer)
        {
            if (keys == null) throw new ArgumentNullException("keys");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (keys.Length - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            object[] k = new object[length];
            object[] v = items == null ? null : new object[length];
            for (int i = 0; i < length; i++)
            {
                k[i] = keys.GetValue(index + i);
                if (v != null) v[i] = items.GetValue(index + i);
            }
            IComparer<object> c = new ComparerAdapter(comparer ?? Comparer.Default);
            if (v == null) ArraySortHelper<object>.Sort(k, 0, length, c);
            else ArraySortHelper<object>.SortPaired(k, v, 0, length, c);
            for (int i = 0; i < length; i++)
            {
                keys.SetValue(k[i], index + i);
                if (v != null) items.SetValue(v[i], index + i);
            }
        }

        private sealed class ComparerAdapter : IComparer<object>
        {
            private IComparer _c;
            internal ComparerAdapter(IComparer c) { _c = c; }
            public int Compare(object x, object y) { return _c.Compare(x, y); }
        }

        public static int BinarySearch(Array array, object value) { return BinarySearch(array, 0, array == null ? 0 : array.Length, value, null); }
        public static int BinarySearch(Array array, object value, IComparer comparer) { return BinarySearch(array, 0, array == null ? 0 : array.Length, value, comparer); }
        public static int BinarySearch(Array array, int index, int length, object value) { return BinarySearch(array, index, length, value, null); }

        public static int BinarySearch(Array array, int index, int length, object value, IComparer comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (comparer == null) comparer = Comparer.Default;
            int lo = index, hi = index + length - 1;
            while (lo <= hi)
            {
                int mid = lo + ((hi - lo) >> 1);
                int c = comparer.Compare(array.GetValue(mid), value);
                if (c == 0) return mid;
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return ~lo;
        }

        // ---- generic algorithms ----
        public static T[] Empty<T>() { return EmptyArray<T>.Value; }

        public static ReadOnlyCollection<T> AsReadOnly<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            return new ReadOnlyCollection<T>(array);
        }

        public static void Resize<T>(ref T[] array, int newSize)
        {
            if (newSize < 0) throw new ArgumentOutOfRangeException("newSize", "Non-negative number required.");
            T[] a = array;
            if (a == null) { array = new T[newSize]; return; }
            if (a.Length == newSize) return;
            T[] n = new T[newSize];
            Copy(a, 0, n, 0, a.Length < newSize ? a.Length : newSize);
            array = n;
        }

        public static void Fill<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException("array");
            for (int i = 0; i < array.Length; i++) array[i] = value;
        }

        public static void Fill<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if ((uint)startIndex > (uint)array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if ((uint)count > (uint)(array.Length - startIndex)) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i < startIndex + count; i++) array[i] = value;
        }

        public static int IndexOf<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException("array");
            return IndexOf<T>(array, value, 0, array.Length);
        }

        public static int IndexOf<T>(T[] array, T value, int startIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            return IndexOf<T>(array, value, startIndex, array.Length - startIndex);
        }

        public static int IndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if ((uint)startIndex > (uint)array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count > array.Length - startIndex) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = startIndex; i < startIndex + count; i++)
                if (c.Equals(array[i], value)) return i;
            return -1;
        }

        public static int LastIndexOf<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException("array");
            return LastIndexOf<T>(array, value, array.Length - 1, array.Length);
        }

        public static int LastIndexOf<T>(T[] array, T value, int startIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            return LastIndexOf<T>(array, value, startIndex, array.Length == 0 ? 0 : startIndex + 1);
        }

        public static int LastIndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Length == 0) return -1;
            if ((uint)startIndex >= (uint)array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex - count + 1 < 0) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = startIndex; i > startIndex - count; i--)
                if (c.Equals(array[i], value)) return i;
            return -1;
        }

        public static void Reverse<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            Reverse<T>(array, 0, array.Length);
        }

        public static void Reverse<T>(T[] array, int index, int length)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (array.Length - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            int i = index, j = index + length - 1;
            while (i < j)
            {
                T t = array[i]; array[i] = array[j]; array[j] = t;
                i++; j--;
            }
        }

        public static void Sort<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            ArraySortHelper<T>.Sort(array, 0, array.Length, Comparer<T>.Default);
        }

        public static void Sort<T>(T[] array, IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            ArraySortHelper<T>.Sort(array, 0, array.Length, comparer ?? Comparer<T>.Default);
        }

        public static void Sort<T>(T[] array, int index, int length) { Sort<T>(array, index, length, null); }

        public static void Sort<T>(T[] array, int index, int length, IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (array.Length - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            ArraySortHelper<T>.Sort(array, index, length, comparer ?? Comparer<T>.Default);
        }

        public static void Sort<T>(T[] array, Comparison<T> comparison)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (comparison == null) throw new ArgumentNullException("comparison");
            ArraySortHelper<T>.Sort(array, 0, array.Length, new ComparisonComparer<T>(comparison));
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items) { Sort<TKey, TValue>(keys, items, 0, keys == null ? 0 : keys.Length, null); }
        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, IComparer<TKey> comparer) { Sort<TKey, TValue>(keys, items, 0, keys == null ? 0 : keys.Length, comparer); }
        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, int index, int length) { Sort<TKey, TValue>(keys, items, index, length, null); }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, int index, int length, IComparer<TKey> comparer)
        {
            if (keys == null) throw new ArgumentNullException("keys");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (keys.Length - index < length || (items != null && index > items.Length - length))
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (items == null) ArraySortHelper<TKey>.Sort(keys, index, length, comparer ?? Comparer<TKey>.Default);
            else ArraySortHelper<TKey>.SortPaired<TValue>(keys, items, index, length, comparer ?? Comparer<TKey>.Default);
        }

        public static int BinarySearch<T>(T[] array, T value) { return BinarySearch<T>(array, 0, array == null ? 0 : array.Length, value, null); }
        public static int BinarySearch<T>(T[] array, T value, IComparer<T> comparer) { return BinarySearch<T>(array, 0, array == null ? 0 : array.Length, value, comparer); }
        public static int BinarySearch<T>(T[] array, int index, int length, T value) { return BinarySearch<T>(array, index, length, value, null); }

        public static int BinarySearch<T>(T[] array, int index, int length, T value, IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (array.Length - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (comparer == null) comparer = Comparer<T>.Default;
            int lo = index, hi = index + length - 1;
            while (lo <= hi)
            {
                int mid = lo + ((hi - lo) >> 1);
                int c = comparer.Compare(array[mid], value);
                if (c == 0) return mid;
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return ~lo;
        }

        public static TOutput[] ConvertAll<TInput, TOutput>(TInput[] array, Converter<TInput, TOutput> converter)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (converter == null) throw new ArgumentNullException("converter");
            TOutput[] r = new TOutput[array.Length];
            for (int i = 0; i < array.Length; i++) r[i] = converter(array[i]);
            return r;
        }

        public static bool Exists<T>(T[] array, Predicate<T> match) { return FindIndex<T>(array, match) != -1; }

        public static bool TrueForAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = 0; i < array.Length; i++)
                if (!match(array[i])) return false;
            return true;
        }

        public static void ForEach<T>(T[] array, Action<T> action)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (action == null) throw new ArgumentNullException("action");
            for (int i = 0; i < array.Length; i++) action(array[i]);
        }

        public static T Find<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = 0; i < array.Length; i++)
                if (match(array[i])) return array[i];
            return default(T);
        }

        public static T FindLast<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = array.Length - 1; i >= 0; i--)
                if (match(array[i])) return array[i];
            return default(T);
        }

        public static T[] FindAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            List<T> r = new List<T>();
            for (int i = 0; i < array.Length; i++)
                if (match(array[i])) r.Add(array[i]);
            return r.ToArray();
        }

        public static int FindIndex<T>(T[] array, Predicate<T> match) { return FindIndex<T>(array, 0, array == null ? 0 : array.Length, match); }
        public static int FindIndex<T>(T[] array, int startIndex, Predicate<T> match) { return FindIndex<T>(array, startIndex, array == null ? 0 : array.Length - startIndex, match); }

        public static int FindIndex<T>(T[] array, int startIndex, int count, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            if ((uint)startIndex > (uint)array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (count < 0 || startIndex > array.Length - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i < startIndex + count; i++)
                if (match(array[i])) return i;
            return -1;
        }

        public static int FindLastIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = array.Length - 1; i >= 0; i--)
                if (match(array[i])) return i;
            return -1;
        }
    }

    internal static class EmptyArray<T>
    {
        internal static readonly T[] Value = new T[0];
    }

    // The runtime dispatches interface calls made on a T[] (IList<T>,
    // ICollection<T>, IEnumerable<T>, IReadOnlyList<T>, IReadOnlyCollection<T>)
    // to these methods by name, with `this` being the array itself.
    internal sealed class SZArrayHelper<T>
    {
        private SZArrayHelper() { }

        private T[] Self { get { return (T[])(object)this; } }

        internal IEnumerator<T> GetEnumerator()
        {
            T[] a = Self;
            return a.Length == 0 ? (IEnumerator<T>)SZGenericArrayEnumerator<T>.Empty : new SZGenericArrayEnumerator<T>(a);
        }

        internal int get_Count() { return Self.Length; }

        internal T get_Item(int index)
        {
            T[] a = Self;
            if ((uint)index >= (uint)a.Length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return a[index];
        }

        internal void set_Item(int index, T value)
        {
            T[] a = Self;
            if ((uint)index >= (uint)a.Length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            a[index] = value;
        }

        internal bool get_IsReadOnly() { return true; }

        internal void Add(T value) { throw new NotSupportedException("Collection was of a fixed size."); }
        internal void Clear() { throw new NotSupportedException("Collection is read-only."); }
        internal void Insert(int index, T value) { throw new NotSupportedException("Collection was of a fixed size."); }
        internal bool Remove(T value) { throw new NotSupportedException("Collection was of a fixed size."); }
        internal void RemoveAt(int index) { throw new NotSupportedException("Collection was of a fixed size."); }

        internal bool Contains(T value) { return Array.IndexOf<T>(Self, value) >= 0; }
        internal int IndexOf(T value) { return Array.IndexOf<T>(Self, value); }

        internal void CopyTo(T[] array, int index)
        {
            T[] a = Self;
            Array.Copy(a, 0, array, index, a.Length);
        }
    }

    internal sealed class SZGenericArrayEnumerator<T> : IEnumerator<T>
    {
        internal static readonly SZGenericArrayEnumerator<T> Empty = new SZGenericArrayEnumerator<T>(new T[0]);

        private T[] _array;
        private int _index;

        internal SZGenericArrayEnumerator(T[] array) { _array = array; _index = -1; }

        public bool MoveNext()
        {
            int i = _index + 1;
            if (i < _array.Length) { _index = i; return true; }
            _index = _array.Length;
            return false;
        }

        public T Current
        {
            get
            {
                if (_index < 0) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                if (_index >= _array.Length) throw new InvalidOperationException("Enumeration already finished.");
                return _array[_index];
            }
        }

        object IEnumerator.Current { get { return Current; } }
        public void Reset() { _index = -1; }
        public void Dispose() { }
    }

    internal sealed class ComparisonComparer<T> : IComparer<T>
    {
        private readonly Comparison<T> _comparison;
        internal ComparisonComparer(Comparison<T> comparison) { _comparison = comparison; }
        public int Compare(T x, T y) { return _comparison(x, y); }
    }

    // Introsort (insertion sort for short runs, heapsort when recursion gets deep),
    // with an explicit stack instead of recursion.
    internal static class ArraySortHelper<T>
    {
        internal static void Sort(T[] keys, int index, int length, IComparer<T> comparer)
        {
            if (length < 2) return;
            IntroSort(keys, null, index, index + length - 1, comparer, 2 * Log2(length));
        }

        internal static void SortPaired<TValue>(T[] keys, TValue[] values, int index, int length, IComparer<T> comparer)
        {
            if (length < 2) return;
            PairedSort<TValue>.IntroSort(keys, values, index, index + length - 1, comparer, 2 * Log2(length));
        }

        private static int Log2(int n)
        {
            int r = 0;
            while (n > 1) { n >>= 1; r++; }
            return r + 1;
        }

        private static void Swap(T[] a, int i, int j)
        {
            T t = a[i]; a[i] = a[j]; a[j] = t;
        }

        private static void IntroSort(T[] keys, object unused, int lo, int hi, IComparer<T> cmp, int depthLimit)
        {
            int[] stack = new int[96];
            int sp = 0;
            stack[sp++] = lo; stack[sp++] = hi; stack[sp++] = depthLimit;
            while (sp > 0)
            {
                int depth = stack[--sp]; hi = stack[--sp]; lo = stack[--sp];
                while (hi > lo)
                {
                    int size = hi - lo + 1;
                    if (size <= 16) { InsertionSort(keys, lo, hi, cmp); break; }
                    if (depth == 0) { HeapSort(keys, lo, hi, cmp); break; }
                    depth--;
                    int p = Partition(keys, lo, hi, cmp);
                    // Push the larger side, loop on the smaller: the stack stays O(log n).
                    if (p - lo > hi - p)
                    {
                        if (sp + 3 > stack.Length) { int[] g = new int[stack.Length * 2]; Array.Copy(stack, g, sp); stack = g; }
                        stack[sp++] = lo; stack[sp++] = p - 1; stack[sp++] = depth;
                        lo = p + 1;
                    }
                    else
                    {
                        if (sp + 3 > stack.Length) { int[] g = new int[stack.Length * 2]; Array.Copy(stack, g, sp); stack = g; }
                        stack[sp++] = p + 1; stack[sp++] = hi; stack[sp++] = depth;
                        hi = p - 1;
                    }
                }
            }
        }

        private static void SwapIfGreater(T[] keys, IComparer<T> cmp, int i, int j)
        {
            if (i != j && cmp.Compare(keys[i], keys[j]) > 0) Swap(keys, i, j);
        }

        private static int Partition(T[] keys, int lo, int hi, IComparer<T> cmp)
        {
            int mid = lo + ((hi - lo) >> 1);
            SwapIfGreater(keys, cmp, lo, mid);
            SwapIfGreater(keys, cmp, lo, hi);
            SwapIfGreater(keys, cmp, mid, hi);
            T pivot = keys[mid];
            Swap(keys, mid, hi - 1);
            int left = lo, right = hi - 1;
            while (left < right)
            {
                while (cmp.Compare(keys[++left], pivot) < 0) { }
                while (cmp.Compare(pivot, keys[--right]) < 0) { }
                if (left >= right) break;
                Swap(keys, left, right);
            }
            if (left != hi - 1) Swap(keys, left, hi - 1);
            return left;
        }

        private static void InsertionSort(T[] keys, int lo, int hi, IComparer<T> cmp)
        {
            for (int i = lo; i < hi; i++)
            {
                int j = i;
                T t = keys[i + 1];
                while (j >= lo && cmp.Compare(t, keys[j]) < 0)
                {
                    keys[j + 1] = keys[j];
                    j--;
                }
                keys[j + 1] = t;
            }
        }

        private static void HeapSort(T[] keys, int lo, int hi, IComparer<T> cmp)
        {
            int n = hi - lo + 1;
            for (int i = n >> 1; i >= 1; i--) DownHeap(keys, i, n, lo, cmp);
            for (int i = n; i > 1; i--)
            {
                Swap(keys, lo, lo + i - 1);
                DownHeap(keys, 1, i - 1, lo, cmp);
            }
        }

        private static void DownHeap(T[] keys, int i, int n, int lo, IComparer<T> cmp)
        {
            T d = keys[lo + i - 1];
            while (i <= n >> 1)
            {
                int child = 2 * i;
                if (child < n && cmp.Compare(keys[lo + child - 1], keys[lo + child]) < 0) child++;
                if (!(cmp.Compare(d, keys[lo + child - 1]) < 0)) break;
                keys[lo + i - 1] = keys[lo + child - 1];
                i = child;
            }
            keys[lo + i - 1] = d;
        }

        // The same algorithm, moving values along with keys.
        private static class PairedSort<TValue>
        {
            private static void Swap(T[] k, TValue[] v, int i, int j)
            {
                T t = k[i]; k[i] = k[j]; k[j] = t;
                TValue u = v[i]; v[i] = v[j]; v[j] = u;
            }

            internal static void IntroSort(T[] keys, TValue[] values, int lo, int hi, IComparer<T> cmp, int depthLimit)
            {
                int[] stack = new int[96];
                int sp = 0;
                stack[sp++] = lo; stack[sp++] = hi; stack[sp++] = depthLimit;
                while (sp > 0)
                {
                    int depth = stack[--sp]; hi = stack[--sp]; lo = stack[--sp];
                    while (hi > lo)
                    {
                        int size = hi - lo + 1;
                        if (size <= 16) { InsertionSort(keys, values, lo, hi, cmp); break; }
                        if (depth == 0) { HeapSort(keys, values, lo, hi, cmp); break; }
                        depth--;
                        int p = Partition(keys, values, lo, hi, cmp);
                        if (sp + 3 > stack.Length) { int[] g = new int[stack.Length * 2]; Array.Copy(stack, g, sp); stack = g; }
                        if (p - lo > hi - p)
                        {
                            stack[sp++] = lo; stack[sp++] = p - 1; stack[sp++] = depth;
                            lo = p + 1;
                        }
                        else
                        {
                            stack[sp++] = p + 1; stack[sp++] = hi; stack[sp++] = depth;
                            hi = p - 1;
                        }
                    }
                }
            }

            private static void SwapIfGreater(T[] k, TValue[] v, IComparer<T> cmp, int i, int j)
            {
                if (i != j && cmp.Compare(k[i], k[j]) > 0) Swap(k, v, i, j);
            }

            private static int Partition(T[] k, TValue[] v, int lo, int hi, IComparer<T> cmp)
            {
                int mid = lo + ((hi - lo) >> 1);
                SwapIfGreater(k, v, cmp, lo, mid);
                SwapIfGreater(k, v, cmp, lo, hi);
                SwapIfGreater(k, v, cmp, mid, hi);
                T pivot = k[mid];
                Swap(k, v, mid, hi - 1);
                int left = lo, right = hi - 1;
                while (left < right)
                {
                    while (cmp.Compare(k[++left], pivot) < 0) { }
                    while (cmp.Compare(pivot, k[--right]) < 0) { }
                    if (left >= right) break;
                    Swap(k, v, left, right);
                }
                if (left != hi - 1) Swap(k, v, left, hi - 1);
                return left;
            }

            private static void InsertionSort(T[] k, TValue[] v, int lo, int hi, IComparer<T> cmp)
            {
                for (int i = lo; i < hi; i++)
                {
                    int j = i;
                    T t = k[i + 1];
                    TValue tv = v[i + 1];
                    while (j >= lo && cmp.Compare(t, k[j]) < 0)
                    {
                        k[j + 1] = k[j];
                        v[j + 1] = v[j];
                        j--;
                    }
                    k[j + 1] = t;
                    v[j + 1] = tv;
                }
            }

            private static void HeapSort(T[] k, TValue[] v, int lo, int hi, IComparer<T> cmp)
            {
                int n = hi - lo + 1;
                for (int i = n >> 1; i >= 1; i--) DownHeap(k, v, i, n, lo, cmp);
                for (int i = n; i > 1; i--)
                {
                    Swap(k, v, lo, lo + i - 1);
                    DownHeap(k, v, 1, i - 1, lo, cmp);
                }
            }

            private static void DownHeap(T[] k, TValue[] v, int i, int n, int lo, IComparer<T> cmp)
            {
                T d = k[lo + i - 1];
                TValue dv = v[lo + i - 1];
                while (i <= n >> 1)
                {
                    int child = 2 * i;
                    if (child < n && cmp.Compare(k[lo + child - 1], k[lo + child]) < 0) child++;
                    if (!(cmp.Compare(d, k[lo + child - 1]) < 0)) break;
                    k[lo + i - 1] = k[lo + child - 1];
                    v[lo + i - 1] = v[lo + child - 1];
                    i = child;
                }
                k[lo + i - 1] = d;
                v[lo + i - 1] = dv;
            }
        }
    }
}
