// LazyInitializer: initialize a field once, on first use. Without a lock the
// factory may run more than once under a race and the first result wins, as
// in .NET; with a lock it runs once.
namespace System.Threading
{
    public static class LazyInitializer
    {
        public static T EnsureInitialized<T>(ref T target) where T : class
        {
            return Volatile.Read(ref target) ?? Publish(ref target, CreateDefault<T>());
        }

        public static T EnsureInitialized<T>(ref T target, Func<T> valueFactory) where T : class
        {
            if (Volatile.Read(ref target) != null) return target;
            T value = valueFactory();
            if (value == null) throw new InvalidOperationException("The lazily-initialized type does not have a public, parameterless constructor.");
            return Publish(ref target, value);
        }

        public static T EnsureInitialized<T>(ref T target, ref bool initialized, ref object syncLock)
        {
            return EnsureInitialized(ref target, ref initialized, ref syncLock, CreateDefault<T>);
        }

        public static T EnsureInitialized<T>(ref T target, ref bool initialized, ref object syncLock, Func<T> valueFactory)
        {
            if (Volatile.Read(ref initialized)) return target;
            lock (EnsureLockInitialized(ref syncLock))
            {
                if (!Volatile.Read(ref initialized))
                {
                    target = valueFactory();
                    Volatile.Write(ref initialized, true);
                }
            }
            return target;
        }

        public static T EnsureInitialized<T>(ref T target, ref object syncLock, Func<T> valueFactory) where T : class
        {
            if (Volatile.Read(ref target) != null) return target;
            lock (EnsureLockInitialized(ref syncLock))
            {
                if (Volatile.Read(ref target) == null)
                {
                    T value = valueFactory();
                    if (value == null) throw new InvalidOperationException("The lazily-initialized type does not have a public, parameterless constructor.");
                    Volatile.Write(ref target, value);
                }
            }
            return target;
        }

        static T Publish<T>(ref T target, T value) where T : class
        {
            Interlocked.CompareExchange(ref target, value, null);
            return target;
        }

        static object EnsureLockInitialized(ref object syncLock)
        {
            return syncLock ?? Interlocked.CompareExchange(ref syncLock, new object(), null) ?? syncLock;
        }

        static T CreateDefault<T>()
        {
            try { return Activator.CreateInstance<T>(); }
            catch (MissingMethodException) { throw new MissingMemberException("The lazily-initialized type does not have a public, parameterless constructor."); }
        }
    }
}
