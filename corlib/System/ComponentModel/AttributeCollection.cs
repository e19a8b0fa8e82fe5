// AttributeCollection: the read-only attribute set of a type or member as
// TypeDescriptor and member descriptors report it.
using System.Collections;
using System.Reflection;

namespace System.ComponentModel
{
    public class AttributeCollection : ICollection, IEnumerable
    {
        public static readonly AttributeCollection Empty = new AttributeCollection(null);

        private readonly Attribute[] _attributes;

        protected AttributeCollection() { _attributes = Array.Empty<Attribute>(); }

        public AttributeCollection(params Attribute[] attributes)
        {
            _attributes = attributes ?? Array.Empty<Attribute>();
            for (int i = 0; i < _attributes.Length; i++)
                if (_attributes[i] == null) throw new ArgumentNullException(nameof(attributes));
        }

        // A new collection: the existing attributes, each replaced by a new one of the same type, plus the new ones.
        public static AttributeCollection FromExisting(AttributeCollection existing, params Attribute[] newAttributes)
        {
            if (existing == null) throw new ArgumentNullException(nameof(existing));
            if (newAttributes == null) newAttributes = Array.Empty<Attribute>();
            var list = new System.Collections.Generic.List<Attribute>(existing.Attributes);
            foreach (Attribute attr in newAttributes)
            {
                if (attr == null) throw new ArgumentNullException(nameof(newAttributes));
                int found = -1;
                for (int i = 0; i < list.Count; i++)
                    if (list[i].TypeId.Equals(attr.TypeId)) { found = i; break; }
                if (found >= 0) list[found] = attr; else list.Add(attr);
            }
            return new AttributeCollection(list.ToArray());
        }

        protected virtual Attribute[] Attributes { get { return _attributes; } }

        public int Count { get { return Attributes.Length; } }

        public virtual Attribute this[int index] { get { return Attributes[index]; } }

        // The attribute of this type (or a subclass), else the type's default (its static Default field or a default-constructed one that IsDefaultAttribute), else null.
        public virtual Attribute this[Type attributeType]
        {
            get
            {
                if (attributeType == null) throw new ArgumentNullException(nameof(attributeType));
                foreach (Attribute attr in Attributes)
                    if (attr.GetType() == attributeType) return attr;
                foreach (Attribute attr in Attributes)
                    if (attributeType.IsInstanceOfType(attr)) return attr;
                return GetDefaultAttribute(attributeType);
            }
        }

        protected Attribute GetDefaultAttribute(Type attributeType)
        {
            if (attributeType == null) throw new ArgumentNullException(nameof(attributeType));
            FieldInfo field = attributeType.GetField("Default", BindingFlags.Public | BindingFlags.Static);
            if (field != null) return field.GetValue(null) as Attribute;
            ConstructorInfo ctor = attributeType.GetConstructor(Type.EmptyTypes);
            if (ctor != null && !attributeType.IsAbstract)
            {
                var attr = (Attribute)ctor.Invoke(null);
                if (attr.IsDefaultAttribute()) return attr;
            }
            return null;
        }

        public bool Contains(Attribute attribute)
        {
            if (attribute == null) return false;
            Attribute attr = this[attribute.GetType()];
            return attr != null && attr.Equals(attribute);
        }

        public bool Contains(Attribute[] attributes)
        {
            if (attributes == null) return true;
            foreach (Attribute attr in attributes)
                if (!Contains(attr)) return false;
            return true;
        }

        public bool Matches(Attribute attribute)
        {
            foreach (Attribute attr in Attributes)
                if (attr.Match(attribute)) return true;
            return false;
        }

        public bool Matches(Attribute[] attributes)
        {
            if (attributes == null) return true;
            foreach (Attribute attr in attributes)
                if (!Matches(attr)) return false;
            return true;
        }

        public void CopyTo(Array array, int index) { Array.Copy(Attributes, 0, array, index, Attributes.Length); }
        public IEnumerator GetEnumerator() { return Attributes.GetEnumerator(); }
        int ICollection.Count { get { return Count; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return null; } }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    }
}
