// The exceptions under HttpClient's socket errors: Win32Exception,
// System.Net.Sockets.SocketException and SocketError (no sockets API: the
// native HTTP transport is in runtime/icalls/icall_http.c; docs/http.md).
using System.Runtime.InteropServices;

namespace System.ComponentModel
{
    public class Win32Exception : ExternalException
    {
        private readonly int _nativeErrorCode;
        public Win32Exception() : this(0, "Unknown error (0x0)") { }
        public Win32Exception(int error) : this(error, "Unknown error (0x" + error.ToString("x") + ")") { }
        public Win32Exception(int error, string message) : base(message) { _nativeErrorCode = error; HResult = unchecked((int)0x80004005); }
        public Win32Exception(string message) : this(0, message) { }
        public Win32Exception(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80004005); }
        public int NativeErrorCode { get { return _nativeErrorCode; } }
    }
}

namespace System.Net.Sockets
{
    public enum SocketError
    {
        SocketError = -1, Success = 0, OperationAborted = 995, IOPending = 997, Interrupted = 10004,
        AccessDenied = 10013, Fault = 10014, InvalidArgument = 10022, TooManyOpenSockets = 10024,
        WouldBlock = 10035, InProgress = 10036, AlreadyInProgress = 10037, NotSocket = 10038,
        DestinationAddressRequired = 10039, MessageSize = 10040, ProtocolType = 10041, ProtocolOption = 10042,
        ProtocolNotSupported = 10043, SocketNotSupported = 10044, OperationNotSupported = 10045,
        ProtocolFamilyNotSupported = 10046, AddressFamilyNotSupported = 10047, AddressAlreadyInUse = 10048,
        AddressNotAvailable = 10049, NetworkDown = 10050, NetworkUnreachable = 10051, NetworkReset = 10052,
        ConnectionAborted = 10053, ConnectionReset = 10054, NoBufferSpaceAvailable = 10055, IsConnected = 10056,
        NotConnected = 10057, Shutdown = 10058, TimedOut = 10060, ConnectionRefused = 10061, HostDown = 10064,
        HostUnreachable = 10065, ProcessLimit = 10067, SystemNotReady = 10091, VersionNotSupported = 10092,
        NotInitialized = 10093, Disconnecting = 10101, TypeNotFound = 10109, HostNotFound = 11001,
        TryAgain = 11002, NoRecovery = 11003, NoData = 11004,
    }

    public class SocketException : System.ComponentModel.Win32Exception
    {
        private readonly SocketError _error;
        public SocketException() : this((int)SocketError.SocketError) { }
        public SocketException(int errorCode) : this(errorCode, Describe((SocketError)errorCode)) { }
        public SocketException(int errorCode, string message) : base(errorCode, message) { _error = (SocketError)errorCode; }
        public override int ErrorCode { get { return NativeErrorCode; } }
        public SocketError SocketErrorCode { get { return _error; } }

        private static string Describe(SocketError e)
        {
            switch (e)
            {
                case SocketError.ConnectionRefused: return "Connection refused";
                case SocketError.TimedOut: return "Connection timed out";
                case SocketError.ConnectionReset: return "Connection reset by peer";
                case SocketError.HostNotFound: return "Name or service not known";
                case SocketError.NetworkUnreachable: return "Network is unreachable";
                case SocketError.HostUnreachable: return "No route to host";
                default: return "Unknown socket error";
            }
        }
    }
}
