// EqualityComparer<T>.Create (.NET 8): an equality comparer from delegates.
namespace System.Collections.Generic
{
    public abstract partial class EqualityComparer<T>
    {
        public static EqualityComparer<T> Create(Func<T, T, bool> equals, Func<T, int> getHashCode = null)
        {
            if (equals == null) throw new ArgumentNullException("equals");
            return new DelegateEqualityComparer(equals, getHashCode);
        }

        private sealed class DelegateEqualityComparer : EqualityComparer<T>
        {
            private readonly Func<T, T, bool> _equals;
            private readonly Func<T, int> _getHashCode;

            internal DelegateEqualityComparer(Func<T, T, bool> equals, Func<T, int> getHashCode)
            {
                _equals = equals;
                _getHashCode = getHashCode;
            }

            public override bool Equals(T x, T y) { return _equals(x, y); }

            public override int GetHashCode(T obj)
            {
                if (_getHashCode == null) throw new NotSupportedException();
                return _getHashCode(obj);
            }

            public override bool Equals(object obj)
            {
                DelegateEqualityComparer o = obj as DelegateEqualityComparer;
                return o != null && _equals == o._equals && _getHashCode == o._getHashCode;
            }

            public override int GetHashCode() { return _equals.GetHashCode() ^ (_getHashCode == null ? 0 : _getHashCode.GetHashCode()); }
        }
    }
}
