// Where a channel keeps its items: first in, first out (bounded and
// unbounded channels), or smallest first (prioritized channels).
using System.Collections.Generic;

namespace System.Threading.Channels
{
    internal interface IChannelStore<T>
    {
        int Count { get; }
        void Enqueue(T item);
        T Dequeue();
        T Peek();
        T RemoveNewest();
    }

    // A growable ring buffer: Queue<T> cannot drop its newest item, which
    // BoundedChannelFullMode.DropNewest needs.
    internal sealed class FifoStore<T> : IChannelStore<T>
    {
        private T[] _ring = new T[4];
        private int _head, _count;

        public int Count { get { return _count; } }

        public void Enqueue(T item)
        {
            if (_count == _ring.Length)
            {
                T[] bigger = new T[_ring.Length * 2];
                for (int i = 0; i < _count; i++) bigger[i] = _ring[(_head + i) % _ring.Length];
                _ring = bigger;
                _head = 0;
            }
            _ring[(_head + _count) % _ring.Length] = item;
            _count++;
        }

        public T Dequeue()
        {
            T item = _ring[_head];
            _ring[_head] = default(T);
            _head = (_head + 1) % _ring.Length;
            _count--;
            return item;
        }

        public T Peek() { return _ring[_head]; }

        public T RemoveNewest()
        {
            int last = (_head + _count - 1) % _ring.Length;
            T item = _ring[last];
            _ring[last] = default(T);
            _count--;
            return item;
        }
    }

    internal sealed class PriorityStore<T> : IChannelStore<T>
    {
        private readonly PriorityQueue<T, T> _heap;

        public PriorityStore(IComparer<T> comparer) { _heap = new PriorityQueue<T, T>(comparer); }

        public int Count { get { return _heap.Count; } }
        public void Enqueue(T item) { _heap.Enqueue(item, item); }
        public T Dequeue() { return _heap.Dequeue(); }
        public T Peek() { return _heap.Peek(); }
        public T RemoveNewest() { throw new InvalidOperationException("a prioritized channel is unbounded"); }
    }
}
