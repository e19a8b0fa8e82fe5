// EditorBrowsable lives in the core (as in .NET's System.Runtime), not with
// the rest of System.ComponentModel's attributes: the core's own members use it.
namespace System.ComponentModel
{
    public enum EditorBrowsableState { Always = 0, Never = 1, Advanced = 2 }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Constructor | AttributeTargets.Method
        | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Event | AttributeTargets.Delegate | AttributeTargets.Interface)]
    public sealed class EditorBrowsableAttribute : Attribute
    {
        public EditorBrowsableAttribute() : this(EditorBrowsableState.Always) { }
        public EditorBrowsableAttribute(EditorBrowsableState state) { State = state; }
        public EditorBrowsableState State { get; }
        public override bool Equals(object obj) { var o = obj as EditorBrowsableAttribute; return o != null && o.State == State; }
        public override int GetHashCode() { return base.GetHashCode(); }
    }
}
