// The data-binding list contracts: IBindingList, ITypedList and their change events.
using System.Collections;

namespace System.ComponentModel
{
    public enum ListSortDirection { Ascending = 0, Descending = 1 }

    public enum ListChangedType
    {
        Reset = 0, ItemAdded = 1, ItemDeleted = 2, ItemMoved = 3, ItemChanged = 4,
        PropertyDescriptorAdded = 5, PropertyDescriptorDeleted = 6, PropertyDescriptorChanged = 7,
    }

    public delegate void ListChangedEventHandler(object sender, ListChangedEventArgs e);
    public delegate void AddingNewEventHandler(object sender, AddingNewEventArgs e);

    public class ListChangedEventArgs : EventArgs
    {
        public ListChangedEventArgs(ListChangedType listChangedType, int newIndex) : this(listChangedType, newIndex, -1) { }

        public ListChangedEventArgs(ListChangedType listChangedType, int newIndex, PropertyDescriptor propDesc) : this(listChangedType, newIndex)
        {
            PropertyDescriptor = propDesc;
        }

        public ListChangedEventArgs(ListChangedType listChangedType, PropertyDescriptor propDesc)
        {
            ListChangedType = listChangedType;
            PropertyDescriptor = propDesc;
        }

        public ListChangedEventArgs(ListChangedType listChangedType, int newIndex, int oldIndex)
        {
            ListChangedType = listChangedType;
            NewIndex = newIndex;
            OldIndex = oldIndex;
        }

        public ListChangedType ListChangedType { get; }
        public int NewIndex { get; }
        public int OldIndex { get; }
        public PropertyDescriptor PropertyDescriptor { get; }
    }

    public class AddingNewEventArgs : EventArgs
    {
        public AddingNewEventArgs() { }
        public AddingNewEventArgs(object newObject) { NewObject = newObject; }
        public object NewObject { get; set; }
    }

    public interface ITypedList
    {
        string GetListName(PropertyDescriptor[] listAccessors);
        PropertyDescriptorCollection GetItemProperties(PropertyDescriptor[] listAccessors);
    }

    public interface IBindingList : IList
    {
        bool AllowNew { get; }
        bool AllowEdit { get; }
        bool AllowRemove { get; }
        bool SupportsChangeNotification { get; }
        bool SupportsSearching { get; }
        bool SupportsSorting { get; }
        bool IsSorted { get; }
        PropertyDescriptor SortProperty { get; }
        ListSortDirection SortDirection { get; }
        event ListChangedEventHandler ListChanged;
        void AddIndex(PropertyDescriptor property);
        object AddNew();
        void ApplySort(PropertyDescriptor property, ListSortDirection direction);
        int Find(PropertyDescriptor property, object key);
        void RemoveIndex(PropertyDescriptor property);
        void RemoveSort();
    }

    public interface ICancelAddNew
    {
        void CancelNew(int itemIndex);
        void EndNew(int itemIndex);
    }

    public interface IRaiseItemChangedEvents
    {
        bool RaisesItemChangedEvents { get; }
    }
}
