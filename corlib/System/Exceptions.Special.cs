// Exceptions that carry extra state (parameter names, type names, inner lists).
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;

namespace System
{
    [Serializable]
    public partial class ArgumentException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected ArgumentException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { _paramName = info.GetString("ParamName"); }

        public override void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context)
        {
            base.GetObjectData(info, context);
            info.AddValue("ParamName", _paramName, typeof(string));
        }
        internal string _paramName;

        public ArgumentException() : base("Value does not fall within the expected range.") { HResult = unchecked((int)0x80070057); }
        public ArgumentException(string message) : base(message) { HResult = unchecked((int)0x80070057); }
        public ArgumentException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070057); }
        public ArgumentException(string message, string paramName) : base(message) { _paramName = paramName; HResult = unchecked((int)0x80070057); }
        public ArgumentException(string message, string paramName, Exception innerException) : base(message, innerException) { _paramName = paramName; HResult = unchecked((int)0x80070057); }

        public override string Message
        {
            get
            {
                string s = base.Message;
                if (_paramName != null && _paramName.Length != 0) s = s + " (Parameter '" + _paramName + "')";
                return s;
            }
        }

        public virtual string ParamName { get { return _paramName; } }
    }

    [Serializable]
    public partial class ArgumentNullException : ArgumentException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected ArgumentNullException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public ArgumentNullException() : base("Value cannot be null.") { HResult = unchecked((int)0x80004003); }
        public ArgumentNullException(string paramName) : base("Value cannot be null.", paramName) { HResult = unchecked((int)0x80004003); }
        public ArgumentNullException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80004003); }
        public ArgumentNullException(string paramName, string message) : base(message, paramName) { HResult = unchecked((int)0x80004003); }
    }

    [Serializable]
    public partial class ArgumentOutOfRangeException : ArgumentException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected ArgumentOutOfRangeException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { _actualValue = info.GetValue("ActualValue", typeof(object)); }

        public override void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context)
        {
            base.GetObjectData(info, context);
            info.AddValue("ActualValue", _actualValue, typeof(object));
        }
        private object _actualValue;

        public ArgumentOutOfRangeException() : base("Specified argument was out of the range of valid values.") { HResult = unchecked((int)0x80131502); }
        public ArgumentOutOfRangeException(string paramName) : base("Specified argument was out of the range of valid values.", paramName) { HResult = unchecked((int)0x80131502); }
        public ArgumentOutOfRangeException(string paramName, string message) : base(message, paramName) { HResult = unchecked((int)0x80131502); }
        public ArgumentOutOfRangeException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131502); }
        public ArgumentOutOfRangeException(string paramName, object actualValue, string message) : base(message, paramName) { _actualValue = actualValue; HResult = unchecked((int)0x80131502); }

        public override string Message
        {
            get
            {
                string s = base.Message;
                if (_actualValue != null)
                    s = s + Environment.NewLine + "Actual value was " + _actualValue.ToString() + ".";
                return s;
            }
        }

        public virtual object ActualValue { get { return _actualValue; } }
    }

    [Serializable]
    public class DuplicateWaitObjectException : ArgumentException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected DuplicateWaitObjectException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public DuplicateWaitObjectException() : base("Duplicate objects in argument.") { }
        public DuplicateWaitObjectException(string parameterName) : base("Duplicate objects in argument.", parameterName) { }
        public DuplicateWaitObjectException(string parameterName, string message) : base(message, parameterName) { }
        public DuplicateWaitObjectException(string message, Exception innerException) : base(message, innerException) { }
    }

    [Serializable]
    public sealed class TypeInitializationException : SystemException
    {
        private string _typeName;

        public TypeInitializationException(string fullTypeName, Exception innerException)
            : base("The type initializer for '" + fullTypeName + "' threw an exception.", innerException)
        {
            _typeName = fullTypeName;
            HResult = unchecked((int)0x80131534);
        }

        public string TypeName { get { return _typeName ?? string.Empty; } }
    }

    [Serializable]
    public partial class ObjectDisposedException : InvalidOperationException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected ObjectDisposedException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { _objectName = info.GetString("ObjectName"); }

        public override void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context)
        {
            base.GetObjectData(info, context);
            info.AddValue("ObjectName", ObjectName, typeof(string));
        }
        private string _objectName;

        public ObjectDisposedException(string objectName) : this(objectName, "Cannot access a disposed object.") { }
        public ObjectDisposedException(string objectName, string message) : base(message) { _objectName = objectName; HResult = unchecked((int)0x80131622); }
        public ObjectDisposedException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131622); }

        public override string Message
        {
            get
            {
                string name = ObjectName;
                if (name.Length == 0) return base.Message;
                return base.Message + Environment.NewLine + "Object name: '" + name + "'.";
            }
        }

        public string ObjectName { get { return _objectName ?? string.Empty; } }
    }

    [Serializable]
    public class OperationCanceledException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected OperationCanceledException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public OperationCanceledException() : base("The operation was canceled.") { HResult = unchecked((int)0x8013153B); }
        public OperationCanceledException(string message) : base(message) { HResult = unchecked((int)0x8013153B); }
        public OperationCanceledException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x8013153B); }
        public OperationCanceledException(System.Threading.CancellationToken token) : this() { CancellationToken = token; }
        public OperationCanceledException(string message, System.Threading.CancellationToken token) : this(message) { CancellationToken = token; }
        public System.Threading.CancellationToken CancellationToken { get; private set; }
    }

    [Serializable]
    public class AggregateException : Exception
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected AggregateException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { 
            Exception[] inner = info.GetValue("InnerExceptions", typeof(Exception[])) as Exception[];
            if (inner == null) throw new System.Runtime.Serialization.SerializationException("The serialization stream contains no inner exceptions.");
            _inner = inner; }

        public override void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context)
        {
            base.GetObjectData(info, context);
            info.AddValue("InnerExceptions", (Exception[])_inner.Clone(), typeof(Exception[]));
        }
        private Exception[] _inner;
        private ReadOnlyCollection<Exception> _readOnly;

        public AggregateException() : this("One or more errors occurred.", new Exception[0]) { }
        public AggregateException(string message) : this(message, new Exception[0]) { }
        public AggregateException(string message, Exception innerException)
            : this(message, new Exception[] { CheckNotNull(innerException, "innerException") }) { }
        public AggregateException(params Exception[] innerExceptions) : this("One or more errors occurred.", innerExceptions) { }
        public AggregateException(IEnumerable<Exception> innerExceptions) : this("One or more errors occurred.", ToArray(innerExceptions)) { }
        public AggregateException(string message, IEnumerable<Exception> innerExceptions) : this(message, ToArray(innerExceptions)) { }

        public AggregateException(string message, params Exception[] innerExceptions)
            : base(message, innerExceptions != null && innerExceptions.Length > 0 ? innerExceptions[0] : null)
        {
            if (innerExceptions == null) throw new ArgumentNullException("innerExceptions");
            _inner = new Exception[innerExceptions.Length];
            for (int i = 0; i < innerExceptions.Length; i++)
            {
                if (innerExceptions[i] == null) throw new ArgumentException("An element of innerExceptions was null.");
                _inner[i] = innerExceptions[i];
            }
            HResult = unchecked((int)0x80131500);
        }

        private static Exception CheckNotNull(Exception e, string name)
        {
            if (e == null) throw new ArgumentNullException(name);
            return e;
        }

        private static Exception[] ToArray(IEnumerable<Exception> e)
        {
            if (e == null) throw new ArgumentNullException("innerExceptions");
            return new List<Exception>(e).ToArray();
        }

        public ReadOnlyCollection<Exception> InnerExceptions
        {
            get
            {
                if (_readOnly == null) _readOnly = new ReadOnlyCollection<Exception>(_inner);
                return _readOnly;
            }
        }

        public override string Message
        {
            get
            {
                if (_inner.Length == 0) return base.Message;
                StringBuilder sb = new StringBuilder();
                sb.Append(base.Message);
                sb.Append(' ');
                for (int i = 0; i < _inner.Length; i++)
                {
                    sb.Append('(');
                    sb.Append(_inner[i].Message);
                    sb.Append(") ");
                }
                sb.Length -= 1;
                return sb.ToString();
            }
        }

        public override Exception GetBaseException()
        {
            Exception back = this;
            AggregateException ae = this;
            while (ae != null && ae._inner.Length == 1)
            {
                back = back.InnerException;
                ae = back as AggregateException;
            }
            return back;
        }

        public AggregateException Flatten()
        {
            List<Exception> flat = new List<Exception>();
            List<AggregateException> work = new List<AggregateException>();
            work.Add(this);
            for (int w = 0; w < work.Count; w++)
            {
                Exception[] inner = work[w]._inner;
                for (int i = 0; i < inner.Length; i++)
                {
                    AggregateException a = inner[i] as AggregateException;
                    if (a != null) work.Add(a);
                    else flat.Add(inner[i]);
                }
            }
            return new AggregateException(GetType() == typeof(AggregateException) ? base.Message : Message, flat.ToArray());
        }

        public void Handle(Func<Exception, bool> predicate)
        {
            if (predicate == null) throw new ArgumentNullException("predicate");
            List<Exception> unhandled = null;
            for (int i = 0; i < _inner.Length; i++)
            {
                if (!predicate(_inner[i]))
                {
                    if (unhandled == null) unhandled = new List<Exception>();
                    unhandled.Add(_inner[i]);
                }
            }
            if (unhandled != null) throw new AggregateException(Message, unhandled.ToArray());
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder();
            sb.Append(base.ToString());
            for (int i = 0; i < _inner.Length; i++)
            {
                if (_inner[i] == InnerException) continue;
                sb.Append(Environment.NewLine);
                sb.Append("---> (Inner Exception #");
                sb.Append(i);
                sb.Append(") ");
                sb.Append(_inner[i].ToString());
                sb.Append("<---");
                sb.Append(Environment.NewLine);
            }
            return sb.ToString();
        }
    }
}

namespace System.IO
{
    [Serializable]
    public class FileNotFoundException : IOException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected FileNotFoundException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { _fileName = info.GetString("FileNotFound_FileName"); FusionLog = info.GetString("FileNotFound_FusionLog"); }

        public override void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context)
        {
            base.GetObjectData(info, context);
            info.AddValue("FileNotFound_FileName", _fileName, typeof(string));
            info.AddValue("FileNotFound_FusionLog", FusionLog, typeof(string));
        }
        private string _fileName;

        public FileNotFoundException() : base("Unable to find the specified file.") { HResult = unchecked((int)0x80070002); }
        public FileNotFoundException(string message) : base(message) { HResult = unchecked((int)0x80070002); }
        public FileNotFoundException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070002); }
        public FileNotFoundException(string message, string fileName) : base(message) { _fileName = fileName; HResult = unchecked((int)0x80070002); }
        public FileNotFoundException(string message, string fileName, Exception innerException) : base(message, innerException) { _fileName = fileName; HResult = unchecked((int)0x80070002); }

        public string FileName { get { return _fileName; } }
        public string FusionLog { get; private set; }

        public override string Message
        {
            get
            {
                if (_message == null && _fileName != null) return "Could not load file or assembly '" + _fileName + "'. The system cannot find the file specified.";
                return base.Message;
            }
        }
    }

    [Serializable]
    public class FileLoadException : IOException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected FileLoadException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { FileName = info.GetString("FileLoad_FileName"); FusionLog = info.GetString("FileLoad_FusionLog"); }

        public override void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context)
        {
            base.GetObjectData(info, context);
            info.AddValue("FileLoad_FileName", FileName, typeof(string));
            info.AddValue("FileLoad_FusionLog", FusionLog, typeof(string));
        }
        public FileLoadException() : base("Could not load the specified file.") { }
        public FileLoadException(string message) : base(message) { }
        public FileLoadException(string message, Exception inner) : base(message, inner) { }
        public FileLoadException(string message, string fileName) : base(message) { FileName = fileName; }
        public FileLoadException(string message, string fileName, Exception inner) : base(message, inner) { FileName = fileName; }
        public string FileName { get; private set; }
        public string FusionLog { get; private set; }
    }
}
