// ComponentModel interfaces and event arguments of plain (non-designer) code.
using System.Collections;

namespace System.ComponentModel
{
    public delegate void PropertyChangingEventHandler(object sender, PropertyChangingEventArgs e);

    public interface INotifyPropertyChanging { event PropertyChangingEventHandler PropertyChanging; }

    public class PropertyChangingEventArgs : EventArgs
    {
        public PropertyChangingEventArgs(string propertyName) { PropertyName = propertyName; }
        public virtual string PropertyName { get; }
    }

    public interface INotifyDataErrorInfo
    {
        bool HasErrors { get; }
        event EventHandler<DataErrorsChangedEventArgs> ErrorsChanged;
        IEnumerable GetErrors(string propertyName);
    }

    public class DataErrorsChangedEventArgs : EventArgs
    {
        public DataErrorsChangedEventArgs(string propertyName) { PropertyName = propertyName; }
        public virtual string PropertyName { get; }
    }

    public interface IDataErrorInfo
    {
        string Error { get; }
        string this[string columnName] { get; }
    }

    public interface IEditableObject { void BeginEdit(); void EndEdit(); void CancelEdit(); }
    public interface IChangeTracking { bool IsChanged { get; } void AcceptChanges(); }
    public interface IRevertibleChangeTracking : IChangeTracking { void RejectChanges(); }
    public interface ISupportInitialize { void BeginInit(); void EndInit(); }

    public interface ISupportInitializeNotification : ISupportInitialize
    {
        bool IsInitialized { get; }
        event EventHandler Initialized;
    }

    public delegate void CancelEventHandler(object sender, CancelEventArgs e);

    public class CancelEventArgs : EventArgs
    {
        public CancelEventArgs() { }
        public CancelEventArgs(bool cancel) { Cancel = cancel; }
        public bool Cancel { get; set; }
    }

    public delegate void HandledEventHandler(object sender, HandledEventArgs e);

    public class HandledEventArgs : EventArgs
    {
        public HandledEventArgs() { }
        public HandledEventArgs(bool defaultHandledValue) { Handled = defaultHandledValue; }
        public bool Handled { get; set; }
    }

    public delegate void AsyncCompletedEventHandler(object sender, AsyncCompletedEventArgs e);

    public class AsyncCompletedEventArgs : EventArgs
    {
        public AsyncCompletedEventArgs(Exception error, bool cancelled, object userState)
        {
            Error = error; Cancelled = cancelled; UserState = userState;
        }

        public bool Cancelled { get; }
        public Exception Error { get; }
        public object UserState { get; }

        protected void RaiseExceptionIfNecessary()
        {
            if (Error != null) throw new System.Reflection.TargetInvocationException("An exception occurred during the operation, making the result invalid.  Check InnerException for exception details.", Error);
            if (Cancelled) throw new InvalidOperationException("Operation has been cancelled.");
        }
    }

    public class InvalidEnumArgumentException : ArgumentException
    {
        public InvalidEnumArgumentException() : this(null) { }
        public InvalidEnumArgumentException(string message) : base(message) { }
        public InvalidEnumArgumentException(string message, Exception innerException) : base(message, innerException) { }
        public InvalidEnumArgumentException(string argumentName, int invalidValue, Type enumClass)
            : base("The value of argument '" + argumentName + "' (" + invalidValue + ") is invalid for Enum type '" + (enumClass ?? throw new ArgumentNullException("enumClass")).Name + "'.", argumentName) { }
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected InvalidEnumArgumentException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
    }
}
