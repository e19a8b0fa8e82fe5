// EventDescriptor and EventDescriptorCollection: events as the component model describes them.
using System.Collections;
using System.Collections.Generic;

namespace System.ComponentModel
{
    public abstract class EventDescriptor : MemberDescriptor
    {
        protected EventDescriptor(string name, Attribute[] attrs) : base(name, attrs) { }
        protected EventDescriptor(MemberDescriptor descr) : base(descr) { }
        protected EventDescriptor(MemberDescriptor descr, Attribute[] attrs) : base(descr, attrs) { }

        public abstract Type ComponentType { get; }
        public abstract Type EventType { get; }
        public abstract bool IsMulticast { get; }
        public abstract void AddEventHandler(object component, Delegate value);
        public abstract void RemoveEventHandler(object component, Delegate value);
    }

    public class EventDescriptorCollection : IList
    {
        public static readonly EventDescriptorCollection Empty = new EventDescriptorCollection(null, true);

        private readonly List<EventDescriptor> _events;
        private readonly bool _readOnly;

        public EventDescriptorCollection(EventDescriptor[] events) : this(events, false) { }

        public EventDescriptorCollection(EventDescriptor[] events, bool readOnly)
        {
            _events = events == null ? new List<EventDescriptor>() : new List<EventDescriptor>(events);
            _readOnly = readOnly;
        }

        public int Count { get { return _events.Count; } }
        public virtual EventDescriptor this[int index] { get { return _events[index]; } }
        public virtual EventDescriptor this[string name] { get { return Find(name, false); } }

        private void CheckWritable() { if (_readOnly) throw new NotSupportedException(); }

        public int Add(EventDescriptor value) { CheckWritable(); _events.Add(value); return _events.Count - 1; }
        public void Clear() { CheckWritable(); _events.Clear(); }
        public bool Contains(EventDescriptor value) { return _events.Contains(value); }
        public int IndexOf(EventDescriptor value) { return _events.IndexOf(value); }
        public void Insert(int index, EventDescriptor value) { CheckWritable(); _events.Insert(index, value); }
        public void Remove(EventDescriptor value) { CheckWritable(); _events.Remove(value); }
        public void RemoveAt(int index) { CheckWritable(); _events.RemoveAt(index); }
        public IEnumerator GetEnumerator() { return _events.GetEnumerator(); }

        public virtual EventDescriptor Find(string name, bool ignoreCase)
        {
            StringComparison comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            foreach (EventDescriptor e in _events)
                if (string.Equals(e.Name, name, comparison)) return e;
            return null;
        }

        public virtual EventDescriptorCollection Sort() { return Sort(null, null); }
        public virtual EventDescriptorCollection Sort(string[] names) { return Sort(names, null); }
        public virtual EventDescriptorCollection Sort(IComparer comparer) { return Sort(null, comparer); }

        // A new collection: the named events first in the given order, then the rest sorted by name (or by the comparer).
        public virtual EventDescriptorCollection Sort(string[] names, IComparer comparer)
        {
            var first = new List<EventDescriptor>();
            var rest = new List<EventDescriptor>(_events);
            if (names != null)
                foreach (string name in names)
                {
                    int at = rest.FindIndex(e => e.Name == name);
                    if (at >= 0) { first.Add(rest[at]); rest.RemoveAt(at); }
                }
            if (comparer != null) rest.Sort((a, b) => comparer.Compare(a, b));
            else rest.Sort((a, b) => string.Compare(a.DisplayName, b.DisplayName, StringComparison.InvariantCultureIgnoreCase));
            first.AddRange(rest);
            return new EventDescriptorCollection(first.ToArray(), false);
        }

        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return null; } }
        int ICollection.Count { get { return Count; } }
        void ICollection.CopyTo(Array array, int index) { ((ICollection)_events).CopyTo(array, index); }
        object IList.this[int index] { get { return this[index]; } set { CheckWritable(); _events[index] = (EventDescriptor)value; } }
        int IList.Add(object value) { return Add((EventDescriptor)value); }
        bool IList.Contains(object value) { return Contains(value as EventDescriptor); }
        int IList.IndexOf(object value) { return IndexOf(value as EventDescriptor); }
        void IList.Insert(int index, object value) { Insert(index, (EventDescriptor)value); }
        void IList.Remove(object value) { Remove((EventDescriptor)value); }
        void IList.Clear() { Clear(); }
        void IList.RemoveAt(int index) { RemoveAt(index); }
        bool IList.IsReadOnly { get { return _readOnly; } }
        bool IList.IsFixedSize { get { return _readOnly; } }
    }
}

namespace System.ComponentModel
{
    // An EventDescriptor over a reflected public event: adds and removes
    // handlers through its accessors; its attributes are the event's.
    internal sealed class ReflectEventDescriptor : EventDescriptor
    {
        private readonly Type _componentType;
        private readonly System.Reflection.EventInfo _event;

        internal ReflectEventDescriptor(Type componentType, System.Reflection.EventInfo e) : base(e.Name, Attributes(e))
        {
            _componentType = componentType;
            _event = e;
        }

        private static Attribute[] Attributes(System.Reflection.EventInfo e)
        {
            object[] found = e.GetCustomAttributes(true);
            Attribute[] attrs = new Attribute[found.Length];
            for (int i = 0; i < found.Length; i++) attrs[i] = (Attribute)found[i];
            return attrs;
        }

        public override Type ComponentType { get { return _componentType; } }
        public override Type EventType { get { return _event.EventHandlerType; } }
        public override bool IsMulticast { get { return typeof(MulticastDelegate).IsAssignableFrom(_event.EventHandlerType); } }

        public override void AddEventHandler(object component, Delegate value)
        {
            if (component == null) return;
            _event.AddEventHandler(component, value);
        }

        public override void RemoveEventHandler(object component, Delegate value)
        {
            if (component == null) return;
            _event.RemoveEventHandler(component, value);
        }
    }
}
