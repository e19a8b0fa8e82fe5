// AppDomain: .NET's one domain per process. What libraries use of it: the
// base directory and name, the loaded assemblies (DI containers and mappers
// scan them), AppContext data, and the events. The runtime raises
// UnhandledException before it reports an exception that ends the program,
// and ProcessExit when the program ends otherwise (returning from Main or
// Environment.Exit), as .NET does (runtime/host/host.c, finish_main).
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace System
{
    public sealed class AppDomain : MarshalByRefObject
    {
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr[] InternalGetLoadedAssemblies();

        private static readonly AppDomain s_domain = new AppDomain();

        private AppDomain() { }

        public static AppDomain CurrentDomain { get { return s_domain; } }

        public string BaseDirectory { get { return AppContext.BaseDirectory; } }
        public string RelativeSearchPath { get { return null; } }
        public string DynamicDirectory { get { return null; } }
        public string FriendlyName
        {
            get
            {
                Assembly entry = Assembly.GetEntryAssembly();
                return entry != null ? entry.GetName().Name : "DefaultDomain";
            }
        }
        public int Id { get { return 1; } }
        public bool IsFullyTrusted { get { return true; } }
        public bool IsHomogenous { get { return true; } }
        public bool ShadowCopyFiles { get { return false; } }
        public AppDomainSetup SetupInformation { get { return new AppDomainSetup(); } }
        public static bool MonitoringIsEnabled { get { return false; } set { if (!value) throw new ArgumentException("The value cannot be false.", "value"); } }
        public bool IsDefaultAppDomain() { return true; }
        public bool IsFinalizingForUnload() { return false; }
        public bool? IsCompatibilitySwitchSet(string value) { return null; }

        [Obsolete("AppDomain.GetCurrentThreadId has been deprecated because it does not provide a stable Id when managed threads are running on fibers (aka lightweight threads). To get a stable identifier for a managed thread, use the ManagedThreadId property on Thread instead.")]
        public static int GetCurrentThreadId() { return Environment.CurrentManagedThreadId; }

        public Assembly[] GetAssemblies()
        {
            IntPtr[] loaded = InternalGetLoadedAssemblies();
            var result = new Assembly[loaded.Length];
            for (int i = 0; i < loaded.Length; i++) result[i] = RuntimeAssembly.For(loaded[i]);
            return result;
        }

        public Assembly[] ReflectionOnlyGetAssemblies() { return new Assembly[0]; }

        public object GetData(string name) { return AppContext.GetData(name); }
        public void SetData(string name, object data) { AppContext.SetData(name, data); }

        public Assembly Load(AssemblyName assemblyRef) { return Assembly.Load(assemblyRef); }
        public Assembly Load(string assemblyString) { return Assembly.Load(assemblyString); }
        public Assembly Load(byte[] rawAssembly) { return Assembly.Load(rawAssembly); }

        public object CreateInstanceAndUnwrap(string assemblyName, string typeName)
        {
            Type type = Assembly.Load(assemblyName).GetType(typeName, true);
            return Activator.CreateInstance(type);
        }

        public static void Unload(AppDomain domain)
        {
            if (domain == null) throw new ArgumentNullException("domain");
            throw new CannotUnloadAppDomainException("AppDomain unloading is not supported on this platform.");
        }

        public override string ToString() { return "Name:" + FriendlyName + Environment.NewLine + "There are no context policies."; }

        // kept in AppDomainEvents (below), which the runtime raises them from
        public event UnhandledExceptionEventHandler UnhandledException
        {
            add { AppDomainEvents.UnhandledException += value; }
            remove { AppDomainEvents.UnhandledException -= value; }
        }
        public event EventHandler ProcessExit
        {
            add { AppDomainEvents.Domain = this; AppDomainEvents.ProcessExit += value; }
            remove { AppDomainEvents.ProcessExit -= value; }
        }
#pragma warning disable CS0067   // never raised: one domain that never unloads, no first-chance notifications, no resolve hooks yet
        public event EventHandler DomainUnload;
        public event EventHandler<FirstChanceExceptionEventArgs> FirstChanceException;
        public event AssemblyLoadEventHandler AssemblyLoad;
        public event ResolveEventHandler AssemblyResolve;
        public event ResolveEventHandler TypeResolve;
        public event ResolveEventHandler ResourceResolve;
        public event ResolveEventHandler ReflectionOnlyAssemblyResolve;
#pragma warning restore CS0067

    }

    // The handlers of AppDomain's UnhandledException and ProcessExit, which the runtime
    // raises through the corlib binder (runtime/types/corlib_binder.def). They live apart
    // from AppDomain so that what the runtime roots does not keep AppDomain in a trimmed
    // app that never asks for the domain: its ToString names the entry assembly, which
    // brings AssemblyName, Version and their parsing.
    internal static class AppDomainEvents
    {
        internal static event UnhandledExceptionEventHandler UnhandledException;
        internal static event EventHandler ProcessExit;
        internal static object Domain;   // ProcessExit's sender: the one AppDomain, set when a handler is added

        // Called by the runtime (corlib binder) before it reports an unhandled exception.
        internal static void OnUnhandledException(object exception)
        {
            UnhandledExceptionEventHandler handlers = UnhandledException;
            if (handlers != null) handlers(null, new UnhandledExceptionEventArgs(exception, true));   // .NET's sender is null too
        }

        // Called by the runtime when the program ends without an unhandled exception.
        internal static void OnProcessExit()
        {
            EventHandler handlers = ProcessExit;
            if (handlers != null) handlers(Domain, EventArgs.Empty);
        }
    }

    public sealed class AppDomainSetup
    {
        public string ApplicationBase { get { return AppContext.BaseDirectory; } }
        public string TargetFrameworkName { get { return ".NETCoreApp,Version=v10.0"; } }
    }

    public class CannotUnloadAppDomainException : SystemException
    {
        public CannotUnloadAppDomainException() : base("Attempt to unload the AppDomain failed.") { }
        public CannotUnloadAppDomainException(string message) : base(message) { }
        public CannotUnloadAppDomainException(string message, Exception innerException) : base(message, innerException) { }
    }

    public delegate Assembly ResolveEventHandler(object sender, ResolveEventArgs args);

    public class ResolveEventArgs : EventArgs
    {
        public ResolveEventArgs(string name) : this(name, null) { }
        public ResolveEventArgs(string name, Assembly requestingAssembly) { Name = name; RequestingAssembly = requestingAssembly; }
        public string Name { get; }
        public Assembly RequestingAssembly { get; }
    }

    public delegate void AssemblyLoadEventHandler(object sender, AssemblyLoadEventArgs args);

    public class AssemblyLoadEventArgs : EventArgs
    {
        public AssemblyLoadEventArgs(Assembly loadedAssembly) { LoadedAssembly = loadedAssembly; }
        public Assembly LoadedAssembly { get; }
    }
}

namespace System.Runtime.ExceptionServices
{
    public class FirstChanceExceptionEventArgs : EventArgs
    {
        public FirstChanceExceptionEventArgs(Exception exception) { Exception = exception; }
        public Exception Exception { get; }
    }
}
