// Events through reflection: EventInfo over the Event row and its add/remove
// accessors (listed by icall_attributes.c), and Type.GetEvents/GetEvent.
using System.Runtime.CompilerServices;

namespace System.Reflection
{
    [Flags]
    public enum EventAttributes { None = 0, SpecialName = 0x200, RTSpecialName = 0x400, ReservedMask = 0x400 }

    public abstract partial class EventInfo : MemberInfo
    {
        protected EventInfo() { }
        public override MemberTypes MemberType { get { return MemberTypes.Event; } }
        public abstract EventAttributes Attributes { get; }
        public virtual Type EventHandlerType
        {
            get
            {
                ParameterInfo[] ps = GetAddMethod(true).GetParameters();
                return ps[0].ParameterType;
            }
        }
        public bool IsSpecialName { get { return (Attributes & EventAttributes.SpecialName) != 0; } }
        public virtual bool IsMulticast { get { return typeof(MulticastDelegate).IsAssignableFrom(EventHandlerType); } }
        public MethodInfo GetAddMethod() { return GetAddMethod(false); }
        public MethodInfo GetRemoveMethod() { return GetRemoveMethod(false); }
        public MethodInfo GetRaiseMethod() { return GetRaiseMethod(false); }
        public abstract MethodInfo GetAddMethod(bool nonPublic);
        public abstract MethodInfo GetRemoveMethod(bool nonPublic);
        public abstract MethodInfo GetRaiseMethod(bool nonPublic);
        public virtual MethodInfo AddMethod { get { return GetAddMethod(true); } }
        public virtual MethodInfo RemoveMethod { get { return GetRemoveMethod(true); } }
        public virtual MethodInfo RaiseMethod { get { return GetRaiseMethod(true); } }
        public virtual MethodInfo[] GetOtherMethods(bool nonPublic) { return new MethodInfo[0]; }
        public MethodInfo[] GetOtherMethods() { return GetOtherMethods(false); }

        public virtual void AddEventHandler(object target, Delegate handler)
        {
            MethodInfo add = GetAddMethod(false);
            if (add == null) throw new InvalidOperationException("Cannot add the event handler since no public add method exists for the event.");
            add.Invoke(target, new object[] { handler });
        }
        public virtual void RemoveEventHandler(object target, Delegate handler)
        {
            MethodInfo remove = GetRemoveMethod(false);
            if (remove == null) throw new InvalidOperationException("Cannot remove the event handler since no public remove method exists for the event.");
            remove.Invoke(target, new object[] { handler });
        }
    }

    internal sealed class RuntimeEventInfo : EventInfo
    {
        private readonly IntPtr _declaring;
        private readonly int _token;
        private readonly RuntimeMethodInfo _add, _remove;

        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string InternalGetName(IntPtr type, int token);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern Type InternalGetHandlerType(IntPtr type, int token);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int InternalGetFlags(IntPtr type, int token);

        internal RuntimeEventInfo(IntPtr declaring, int token, IntPtr add, IntPtr remove)
        {
            _declaring = declaring; _token = token;
            if (add != IntPtr.Zero) _add = new RuntimeMethodInfo(add);
            if (remove != IntPtr.Zero) _remove = new RuntimeMethodInfo(remove);
        }

        internal IntPtr DeclaringTypeImpl { get { return _declaring; } }
        internal int Token { get { return _token; } }
        public override string Name { get { return InternalGetName(_declaring, _token); } }
        public override Type DeclaringType { get { return _add.DeclaringType; } }
        public override Type ReflectedType { get { return DeclaringType; } }
        public override int MetadataToken { get { return _token; } }
        public override EventAttributes Attributes { get { return (EventAttributes)InternalGetFlags(_declaring, _token); } }
        public override Type EventHandlerType { get { return InternalGetHandlerType(_declaring, _token); } }
        private static MethodInfo Visible(RuntimeMethodInfo m, bool nonPublic) { return m != null && (nonPublic || m.IsPublic) ? m : null; }
        public override MethodInfo GetAddMethod(bool nonPublic) { return Visible(_add, nonPublic); }
        public override MethodInfo GetRemoveMethod(bool nonPublic) { return Visible(_remove, nonPublic); }
        public override MethodInfo GetRaiseMethod(bool nonPublic) { return null; }
        public override bool Equals(object o) { RuntimeEventInfo e = o as RuntimeEventInfo; return e != null && e._declaring == _declaring && e._token == _token; }
        public override int GetHashCode() { return _token ^ _declaring.GetHashCode(); }
        public override string ToString() { return ParameterInfo.FormatTypeName(EventHandlerType) + " " + Name; }
    }
}
