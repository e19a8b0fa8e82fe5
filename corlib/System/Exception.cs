// System.Exception. Layout contract: the six fields below, first and in this
// order; the runtime fills _stackTraceString when the exception is thrown.
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.Serialization;

namespace System
{
    [Serializable]
    public class Exception : System.Runtime.Serialization.ISerializable
    {
        internal string _message;
        internal Exception _innerException;
        internal string _stackTraceString;
        internal object _stackTrace;
        internal int _HResult;
        internal string _source;
        private IDictionary _data;
        // Frames from before an ExceptionDispatchInfo rethrow (an await of a
        // faulted task): the trace of the new throw is appended to them.
        internal string _remoteStackTraceString;

        public Exception() { _HResult = unchecked((int)0x80131500); }
        public Exception(string message) : this() { _message = message; }
        public Exception(string message, Exception innerException) : this() { _message = message; _innerException = innerException; }

        protected Exception(SerializationInfo info, StreamingContext context)
        {
            if (info == null) throw new ArgumentNullException("info");
            _message = info.GetString("Message");
            _data = (IDictionary)info.GetValueNoThrow("Data", typeof(IDictionary));
            _innerException = (Exception)info.GetValue("InnerException", typeof(Exception));
            HelpLink = info.GetString("HelpURL");
            _stackTraceString = info.GetString("StackTraceString");
            _remoteStackTraceString = info.GetString("RemoteStackTraceString");
            _HResult = info.GetInt32("HResult");
            _source = info.GetString("Source");
        }

        public virtual void GetObjectData(SerializationInfo info, StreamingContext context)
        {
            if (info == null) throw new ArgumentNullException("info");
            if (_source == null) _source = Source;
            info.AddValue("ClassName", GetType().ToString(), typeof(string));
            info.AddValue("Message", _message, typeof(string));
            info.AddValue("Data", _data, typeof(IDictionary));
            info.AddValue("InnerException", _innerException, typeof(Exception));
            info.AddValue("HelpURL", HelpLink, typeof(string));
            info.AddValue("StackTraceString", StackTrace, typeof(string));
            info.AddValue("RemoteStackTraceString", _remoteStackTraceString, typeof(string));
            info.AddValue("RemoteStackIndex", 0, typeof(int));
            info.AddValue("ExceptionMethod", null, typeof(string));
            info.AddValue("HResult", _HResult);
            info.AddValue("Source", _source, typeof(string));
            info.AddValue("WatsonBuckets", null, typeof(byte[]));
        }

        // Binary-serialization hooks are gone from .NET Core; the event exists for source compatibility.
        [Obsolete("BinaryFormatter serialization is obsolete and should not be used.")]
        protected event EventHandler<SafeSerializationEventArgs> SerializeObjectState
        {
            add { throw new PlatformNotSupportedException("Secure binary serialization is not supported on this platform."); }
            remove { throw new PlatformNotSupportedException("Secure binary serialization is not supported on this platform."); }
        }

        public virtual string Message
        {
            get { return _message ?? "Exception of type '" + GetType().FullName + "' was thrown."; }
        }

        public Exception InnerException { get { return _innerException; } }
        public virtual string StackTrace
        {
            get
            {
                if (_remoteStackTraceString == null) return _stackTraceString;
                if (string.IsNullOrEmpty(_stackTraceString)) return _remoteStackTraceString;
                return _remoteStackTraceString + Environment.NewLine + _stackTraceString;
            }
        }
        public int HResult { get { return _HResult; } set { _HResult = value; } }
        public virtual string Source { get { return _source; } set { _source = value; } }
        public virtual string HelpLink { get; set; }
        public System.Reflection.MethodBase TargetSite { get { return null; } }

        public virtual IDictionary Data
        {
            get
            {
                if (_data == null) _data = new Hashtable();
                return _data;
            }
        }

        public virtual Exception GetBaseException()
        {
            Exception e = this;
            while (e._innerException != null) e = e._innerException;
            return e;
        }

        public override string ToString()
        {
            string className = GetType().ToString();
            string message = Message;
            string s = (message == null || message.Length == 0) ? className : className + ": " + message;
            if (_innerException != null)
                s = s + Environment.NewLine + " ---> " + _innerException.ToString() + Environment.NewLine + "   --- End of inner exception stack trace ---";
            string st = StackTrace;
            if (st != null && st.Length != 0) s = s + Environment.NewLine + st;
            return s;
        }

        public new Type GetType() { return base.GetType(); }
    }
}
