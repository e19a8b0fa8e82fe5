// MemberDescriptor: name and attributes of a property or event as the
// component model describes it (the base of PropertyDescriptor and EventDescriptor).
using System.Collections;
using System.Reflection;

namespace System.ComponentModel
{
    public abstract class MemberDescriptor
    {
        private readonly string _name;
        private readonly string _displayName;
        private Attribute[] _attributes;
        private AttributeCollection _attributeCollection;
        private bool _filled;

        protected MemberDescriptor(string name) : this(name, null) { }

        protected MemberDescriptor(string name, Attribute[] attributes)
        {
            if (name == null) throw new ArgumentException("Invalid member name.", nameof(name));
            _name = name;
            _displayName = name;
            if (attributes != null)
            {
                _attributes = attributes;
                _filled = true;
            }
        }

        protected MemberDescriptor(MemberDescriptor descr)
        {
            if (descr == null) throw new ArgumentNullException(nameof(descr));
            _name = descr.Name;
            _displayName = _name;
            _attributes = descr.AttributeArray;
            _filled = true;
        }

        protected MemberDescriptor(MemberDescriptor oldMemberDescriptor, Attribute[] newAttributes)
        {
            if (oldMemberDescriptor == null) throw new ArgumentNullException(nameof(oldMemberDescriptor));
            _name = oldMemberDescriptor.Name;
            _displayName = _name;
            var list = new ArrayList(oldMemberDescriptor.AttributeArray);
            if (newAttributes != null) list.AddRange(newAttributes);
            _attributes = (Attribute[])list.ToArray(typeof(Attribute));
            _filled = true;
        }

        protected virtual Attribute[] AttributeArray
        {
            get
            {
                if (!_filled)
                {
                    var list = new ArrayList();
                    FillAttributes(list);
                    _attributes = (Attribute[])list.ToArray(typeof(Attribute));
                    _filled = true;
                }
                return _attributes ?? Array.Empty<Attribute>();
            }
            set
            {
                _attributes = value;
                _filled = true;
                _attributeCollection = null;
            }
        }

        public virtual AttributeCollection Attributes
        {
            get
            {
                if (_attributeCollection == null) _attributeCollection = CreateAttributeCollection();
                return _attributeCollection;
            }
        }

        public virtual string Category { get { return ((CategoryAttribute)Attributes[typeof(CategoryAttribute)]).Category; } }
        public virtual string Description { get { return ((DescriptionAttribute)Attributes[typeof(DescriptionAttribute)]).Description; } }
        public virtual bool IsBrowsable { get { return ((BrowsableAttribute)Attributes[typeof(BrowsableAttribute)]).Browsable; } }
        public virtual string Name { get { return _name ?? string.Empty; } }
        protected virtual int NameHashCode { get { return _name.GetHashCode(); } }
        public virtual bool DesignTimeOnly { get { return false; } }

        public virtual string DisplayName
        {
            get
            {
                var attr = Attributes[typeof(DisplayNameAttribute)] as DisplayNameAttribute;
                if (attr == null || attr.IsDefaultAttribute()) return _displayName;
                return attr.DisplayName;
            }
        }

        protected virtual AttributeCollection CreateAttributeCollection() { return new AttributeCollection(AttributeArray); }

        protected virtual void FillAttributes(IList attributeList) { }

        public override bool Equals(object obj)
        {
            if (this == obj) return true;
            var other = obj as MemberDescriptor;
            if (other == null || other.GetType() != GetType()) return false;
            if (other.Name != Name || other.Category != Category || other.Description != Description) return false;
            Attribute[] mine = AttributeArray, theirs = other.AttributeArray;
            if (mine.Length != theirs.Length) return false;
            for (int i = 0; i < mine.Length; i++)
                if (!mine[i].Equals(theirs[i])) return false;
            return true;
        }

        public override int GetHashCode() { return NameHashCode; }

        protected virtual object GetInvocationTarget(Type type, object instance)
        {
            if (type == null) throw new ArgumentNullException(nameof(type));
            if (instance == null) throw new ArgumentNullException(nameof(instance));
            return instance;
        }

        protected static MethodInfo FindMethod(Type componentClass, string name, Type[] args, Type returnType) { return FindMethod(componentClass, name, args, returnType, true); }

        protected static MethodInfo FindMethod(Type componentClass, string name, Type[] args, Type returnType, bool publicOnly)
        {
            if (componentClass == null) throw new ArgumentNullException(nameof(componentClass));
            BindingFlags flags = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public;
            if (!publicOnly) flags |= BindingFlags.NonPublic;
            MethodInfo result = componentClass.GetMethod(name, flags, null, args, null);
            return result != null && result.ReturnType == returnType ? result : null;
        }
    }
}
