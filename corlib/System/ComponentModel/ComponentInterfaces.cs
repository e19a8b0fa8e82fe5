// The component model's hosting interfaces: what a converter's context
// (ITypeDescriptorContext) exposes, and the component/container/site trio.
using System.Collections;

namespace System.ComponentModel
{
    public interface ITypeDescriptorContext : IServiceProvider
    {
        IContainer Container { get; }
        object Instance { get; }
        PropertyDescriptor PropertyDescriptor { get; }
        bool OnComponentChanging();
        void OnComponentChanged();
    }

    public interface IComponent : IDisposable
    {
        ISite Site { get; set; }
        event EventHandler Disposed;
    }

    public interface IContainer : IDisposable
    {
        ComponentCollection Components { get; }
        void Add(IComponent component);
        void Add(IComponent component, string name);
        void Remove(IComponent component);
    }

    public interface ISite : IServiceProvider
    {
        IComponent Component { get; }
        IContainer Container { get; }
        bool DesignMode { get; }
        string Name { get; set; }
    }

    public class ComponentCollection : ReadOnlyCollectionBase
    {
        public ComponentCollection(IComponent[] components) { InnerList.AddRange(components); }

        public virtual IComponent this[int index] { get { return (IComponent)InnerList[index]; } }

        // The component whose site has this name (case-insensitive), or null.
        public virtual IComponent this[string name]
        {
            get
            {
                if (name == null) return null;
                foreach (IComponent component in InnerList)
                {
                    if (component != null && component.Site != null && component.Site.Name != null
                        && string.Equals(component.Site.Name, name, StringComparison.OrdinalIgnoreCase))
                        return component;
                }
                return null;
            }
        }

        public void CopyTo(IComponent[] array, int index) { InnerList.CopyTo(array, index); }
    }
}
