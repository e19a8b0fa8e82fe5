// MarshalByRefObject: a plain base class on .NET Core, where remoting does not
// exist; the lifetime-service members throw as .NET 10 does.
namespace System
{
    public abstract class MarshalByRefObject
    {
        protected MarshalByRefObject() { }

        [Obsolete("This Remoting API is not supported and throws PlatformNotSupportedException.", DiagnosticId = "SYSLIB0010", UrlFormat = "https://aka.ms/dotnet-warnings/{0}")]
        public object GetLifetimeService()
        {
            throw new PlatformNotSupportedException("Remoting is not supported on this platform.");
        }

        [Obsolete("This Remoting API is not supported and throws PlatformNotSupportedException.", DiagnosticId = "SYSLIB0010", UrlFormat = "https://aka.ms/dotnet-warnings/{0}")]
        public virtual object InitializeLifetimeService()
        {
            throw new PlatformNotSupportedException("Remoting is not supported on this platform.");
        }

        protected MarshalByRefObject MemberwiseClone(bool cloneIdentity)
        {
            return (MarshalByRefObject)MemberwiseClone();
        }
    }
}
