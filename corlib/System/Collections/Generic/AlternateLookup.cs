// .NET 9's alternate keys: a Dictionary (ConcurrentDictionary wraps one) whose
// comparer also implements IAlternateEqualityComparer<TAlternate, TKey> can be
// searched with a TAlternate (a ReadOnlySpan<char> for string keys) without
// making a TKey first. The string comparers (EqualityComparer<string>.Default,
// StringComparer.Ordinal/OrdinalIgnoreCase and the culture comparers) are such
// comparers; their span hash equals the string's hash.
using System.Runtime.CompilerServices;

namespace System.Collections.Generic
{
    public interface IAlternateEqualityComparer<in TAlternate, T>
        where TAlternate : allows ref struct
        where T : allows ref struct
    {
        bool Equals(TAlternate alternate, T other);
        int GetHashCode(TAlternate alternate);
        T Create(TAlternate alternate);
    }

    public partial class Dictionary<TKey, TValue>
    {
        public AlternateLookup<TAlternateKey> GetAlternateLookup<TAlternateKey>() where TAlternateKey : notnull, allows ref struct
        {
            if (!AlternateLookup<TAlternateKey>.IsCompatibleKey(this))
                throw new InvalidOperationException("The collection's comparer does not support the requested operation.");
            return new AlternateLookup<TAlternateKey>(this);
        }

        public bool TryGetAlternateLookup<TAlternateKey>(out AlternateLookup<TAlternateKey> lookup) where TAlternateKey : notnull, allows ref struct
        {
            if (AlternateLookup<TAlternateKey>.IsCompatibleKey(this))
            {
                lookup = new AlternateLookup<TAlternateKey>(this);
                return true;
            }
            lookup = default;
            return false;
        }

        private int FindEntryAlternate<TAlternateKey>(IAlternateEqualityComparer<TAlternateKey, TKey> comparer, TAlternateKey key) where TAlternateKey : notnull, allows ref struct
        {
            int[] buckets = _buckets;
            if (buckets == null) return -1;
            uint hashCode = (uint)comparer.GetHashCode(key);
            int i = buckets[(int)(hashCode % (uint)buckets.Length)] - 1;
            Entry[] entries = _entries;
            while ((uint)i < (uint)entries.Length)
            {
                if (entries[i].hashCode == hashCode && comparer.Equals(key, entries[i].key)) return i;
                i = entries[i].next;
            }
            return -1;
        }

        public readonly struct AlternateLookup<TAlternateKey> where TAlternateKey : notnull, allows ref struct
        {
            private readonly Dictionary<TKey, TValue> _dictionary;

            internal AlternateLookup(Dictionary<TKey, TValue> dictionary) { _dictionary = dictionary; }

            internal static bool IsCompatibleKey(Dictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) throw new ArgumentNullException("dictionary");
                return dictionary._comparer is IAlternateEqualityComparer<TAlternateKey, TKey>;
            }

            private IAlternateEqualityComparer<TAlternateKey, TKey> Comparer
            {
                get { return (IAlternateEqualityComparer<TAlternateKey, TKey>)_dictionary._comparer; }
            }

            public Dictionary<TKey, TValue> Dictionary { get { return _dictionary; } }

            public TValue this[TAlternateKey key]
            {
                get
                {
                    int i = _dictionary.FindEntryAlternate(Comparer, key);
                    if (i < 0) throw new KeyNotFoundException("The given key '" + Comparer.Create(key) + "' was not present in the dictionary.");
                    return _dictionary._entries[i].value;
                }
                set
                {
                    int i = _dictionary.FindEntryAlternate(Comparer, key);
                    if (i >= 0) { _dictionary._entries[i].value = value; _dictionary._version++; }
                    else _dictionary.TryInsert(Comparer.Create(key), value, 2);
                }
            }

            public bool ContainsKey(TAlternateKey key) { return _dictionary.FindEntryAlternate(Comparer, key) >= 0; }

            public bool TryGetValue(TAlternateKey key, out TValue value)
            {
                int i = _dictionary.FindEntryAlternate(Comparer, key);
                if (i >= 0) { value = _dictionary._entries[i].value; return true; }
                value = default!;
                return false;
            }

            public bool TryGetValue(TAlternateKey key, out TKey actualKey, out TValue value)
            {
                int i = _dictionary.FindEntryAlternate(Comparer, key);
                if (i >= 0) { actualKey = _dictionary._entries[i].key; value = _dictionary._entries[i].value; return true; }
                actualKey = default!;
                value = default!;
                return false;
            }

            public bool TryAdd(TAlternateKey key, TValue value)
            {
                if (_dictionary.FindEntryAlternate(Comparer, key) >= 0) return false;
                return _dictionary.TryInsert(Comparer.Create(key), value, 0);
            }

            public bool Remove(TAlternateKey key)
            {
                int i = _dictionary.FindEntryAlternate(Comparer, key);
                return i >= 0 && _dictionary.Remove(_dictionary._entries[i].key);
            }

            public bool Remove(TAlternateKey key, out TKey actualKey, out TValue value)
            {
                int i = _dictionary.FindEntryAlternate(Comparer, key);
                if (i < 0) { actualKey = default!; value = default!; return false; }
                actualKey = _dictionary._entries[i].key;
                value = _dictionary._entries[i].value;
                return _dictionary.Remove(actualKey);
            }
        }
    }
}
