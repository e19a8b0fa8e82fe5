// The standard exception hierarchy: constructors and .NET's default messages.
// (Exceptions with extra state are in Exceptions.Special.cs.)

namespace System
{
    [Serializable]
    public class SystemException : Exception
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected SystemException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public SystemException() : base("System error.") { HResult = unchecked((int)0x80131501); }
        public SystemException(string message) : base(message) { HResult = unchecked((int)0x80131501); }
        public SystemException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131501); }
    }

    [Serializable]
    public class ApplicationException : Exception
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected ApplicationException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public ApplicationException() : base("Error in the application.") { HResult = unchecked((int)0x80131600); }
        public ApplicationException(string message) : base(message) { HResult = unchecked((int)0x80131600); }
        public ApplicationException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131600); }
    }

    [Serializable]
    public class ArithmeticException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected ArithmeticException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public ArithmeticException() : base("Overflow or underflow in the arithmetic operation.") { HResult = unchecked((int)0x80070216); }
        public ArithmeticException(string message) : base(message) { HResult = unchecked((int)0x80070216); }
        public ArithmeticException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070216); }
    }

    [Serializable]
    public class DivideByZeroException : ArithmeticException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected DivideByZeroException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public DivideByZeroException() : base("Attempted to divide by zero.") { HResult = unchecked((int)0x80020012); }
        public DivideByZeroException(string message) : base(message) { HResult = unchecked((int)0x80020012); }
        public DivideByZeroException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80020012); }
    }

    [Serializable]
    public class OverflowException : ArithmeticException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected OverflowException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public OverflowException() : base("Arithmetic operation resulted in an overflow.") { HResult = unchecked((int)0x80131516); }
        public OverflowException(string message) : base(message) { HResult = unchecked((int)0x80131516); }
        public OverflowException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131516); }
    }

    [Serializable]
    public class NotFiniteNumberException : ArithmeticException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected NotFiniteNumberException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public NotFiniteNumberException() : base("Number encountered was not a finite quantity.") { HResult = unchecked((int)0x80131528); }
        public NotFiniteNumberException(string message) : base(message) { HResult = unchecked((int)0x80131528); }
        public NotFiniteNumberException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131528); }
        public NotFiniteNumberException(double offendingNumber) : this() { OffendingNumber = offendingNumber; }
        public NotFiniteNumberException(string message, double offendingNumber) : this(message) { OffendingNumber = offendingNumber; }
        public NotFiniteNumberException(string message, double offendingNumber, Exception innerException) : this(message, innerException) { OffendingNumber = offendingNumber; }
        public double OffendingNumber { get; }

        public override void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context)
        {
            base.GetObjectData(info, context);
            info.AddValue("OffendingNumber", OffendingNumber, typeof(double));
        }
    }

    [Serializable]
    public class IndexOutOfRangeException : SystemException
    {
        public IndexOutOfRangeException() : base("Index was outside the bounds of the array.") { HResult = unchecked((int)0x80131508); }
        public IndexOutOfRangeException(string message) : base(message) { HResult = unchecked((int)0x80131508); }
        public IndexOutOfRangeException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131508); }
    }

    [Serializable]
    public class NullReferenceException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected NullReferenceException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public NullReferenceException() : base("Object reference not set to an instance of an object.") { HResult = unchecked((int)0x80004003); }
        public NullReferenceException(string message) : base(message) { HResult = unchecked((int)0x80004003); }
        public NullReferenceException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80004003); }
    }

    [Serializable]
    public class InvalidCastException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected InvalidCastException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public InvalidCastException() : base("Specified cast is not valid.") { HResult = unchecked((int)0x80004002); }
        public InvalidCastException(string message) : base(message) { HResult = unchecked((int)0x80004002); }
        public InvalidCastException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80004002); }
    }

    [Serializable]
    public class InvalidOperationException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected InvalidOperationException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public InvalidOperationException() : base("Operation is not valid due to the current state of the object.") { HResult = unchecked((int)0x80131509); }
        public InvalidOperationException(string message) : base(message) { HResult = unchecked((int)0x80131509); }
        public InvalidOperationException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131509); }
    }

    [Serializable]
    public class NotSupportedException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected NotSupportedException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public NotSupportedException() : base("Specified method is not supported.") { HResult = unchecked((int)0x80131515); }
        public NotSupportedException(string message) : base(message) { HResult = unchecked((int)0x80131515); }
        public NotSupportedException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131515); }
    }

    [Serializable]
    public class PlatformNotSupportedException : NotSupportedException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected PlatformNotSupportedException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public PlatformNotSupportedException() : base("Operation is not supported on this platform.") { HResult = unchecked((int)0x80131539); }
        public PlatformNotSupportedException(string message) : base(message) { HResult = unchecked((int)0x80131539); }
        public PlatformNotSupportedException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131539); }
    }

    [Serializable]
    public class NotImplementedException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected NotImplementedException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public NotImplementedException() : base("The method or operation is not implemented.") { HResult = unchecked((int)0x80004001); }
        public NotImplementedException(string message) : base(message) { HResult = unchecked((int)0x80004001); }
        public NotImplementedException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80004001); }
    }

    [Serializable]
    public class FormatException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected FormatException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public FormatException() : base("One of the identified items was in an invalid format.") { HResult = unchecked((int)0x80131537); }
        public FormatException(string message) : base(message) { HResult = unchecked((int)0x80131537); }
        public FormatException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131537); }
    }

    [Serializable]
    public class ArrayTypeMismatchException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected ArrayTypeMismatchException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public ArrayTypeMismatchException() : base("Attempted to access an element as a type incompatible with the array.") { HResult = unchecked((int)0x80131503); }
        public ArrayTypeMismatchException(string message) : base(message) { HResult = unchecked((int)0x80131503); }
        public ArrayTypeMismatchException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131503); }
    }

    [Serializable]
    public class OutOfMemoryException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected OutOfMemoryException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public OutOfMemoryException() : base("Insufficient memory to continue the execution of the program.") { HResult = unchecked((int)0x8007000E); }
        public OutOfMemoryException(string message) : base(message) { HResult = unchecked((int)0x8007000E); }
        public OutOfMemoryException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x8007000E); }
    }

    [Serializable]
    public class InsufficientExecutionStackException : SystemException
    {
        public InsufficientExecutionStackException() : base("Insufficient stack to continue executing the program safely. This can happen from having too many functions on the call stack or function on the stack using too much stack space.") { HResult = unchecked((int)0x80131578); }
        public InsufficientExecutionStackException(string message) : base(message) { HResult = unchecked((int)0x80131578); }
        public InsufficientExecutionStackException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131578); }
    }

    [Serializable]
    public class StackOverflowException : SystemException
    {
        public StackOverflowException() : base("Operation caused a stack overflow.") { HResult = unchecked((int)0x800703E9); }
        public StackOverflowException(string message) : base(message) { HResult = unchecked((int)0x800703E9); }
        public StackOverflowException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x800703E9); }
    }

    [Serializable]
    public class RankException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected RankException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public RankException() : base("Attempted to operate on an array with the incorrect number of dimensions.") { HResult = unchecked((int)0x80131517); }
        public RankException(string message) : base(message) { HResult = unchecked((int)0x80131517); }
        public RankException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131517); }
    }

    [Serializable]
    public class TimeoutException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected TimeoutException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public TimeoutException() : base("The operation has timed out.") { HResult = unchecked((int)0x80131505); }
        public TimeoutException(string message) : base(message) { HResult = unchecked((int)0x80131505); }
        public TimeoutException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131505); }
    }

    [Serializable]
    public class InvalidProgramException : SystemException
    {
        public InvalidProgramException() : base("Common Language Runtime detected an invalid program.") { HResult = unchecked((int)0x8013153A); }
        public InvalidProgramException(string message) : base(message) { HResult = unchecked((int)0x8013153A); }
        public InvalidProgramException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x8013153A); }
    }

    [Serializable]
    public class ExecutionEngineException : SystemException
    {
        public ExecutionEngineException() : base("Internal error in the runtime.") { HResult = unchecked((int)0x80131506); }
        public ExecutionEngineException(string message) : base(message) { HResult = unchecked((int)0x80131506); }
        public ExecutionEngineException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131506); }
    }

    [Serializable]
    public class MemberAccessException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected MemberAccessException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public MemberAccessException() : base("Cannot access member.") { HResult = unchecked((int)0x8013151A); }
        public MemberAccessException(string message) : base(message) { HResult = unchecked((int)0x8013151A); }
        public MemberAccessException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x8013151A); }
    }

    [Serializable]
    public class FieldAccessException : MemberAccessException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected FieldAccessException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public FieldAccessException() : base("Attempted to access a field that is not accessible by the caller.") { HResult = unchecked((int)0x80131507); }
        public FieldAccessException(string message) : base(message) { HResult = unchecked((int)0x80131507); }
        public FieldAccessException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131507); }
    }

    [Serializable]
    public class MethodAccessException : MemberAccessException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected MethodAccessException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public MethodAccessException() : base("Attempt to access the method failed.") { HResult = unchecked((int)0x80131510); }
        public MethodAccessException(string message) : base(message) { HResult = unchecked((int)0x80131510); }
        public MethodAccessException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131510); }
    }

    [Serializable]
    public class MissingMemberException : MemberAccessException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected MissingMemberException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public MissingMemberException() : base("Attempted to access a missing member.") { HResult = unchecked((int)0x80131512); }
        public MissingMemberException(string message) : base(message) { HResult = unchecked((int)0x80131512); }
        public MissingMemberException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131512); }
        public MissingMemberException(string className, string memberName) : this() { ClassName = className; MemberName = memberName; }

        protected string ClassName;
        protected string MemberName;
        protected byte[] Signature;

        public override string Message
        {
            get { return ClassName == null ? base.Message : "Member '" + ClassName + "." + MemberName + "' not found."; }
        }
    }

    [Serializable]
    public class MissingMethodException : MissingMemberException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected MissingMethodException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public MissingMethodException() : base("Attempted to access a missing method.") { HResult = unchecked((int)0x80131513); }
        public MissingMethodException(string message) : base(message) { HResult = unchecked((int)0x80131513); }
        public MissingMethodException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131513); }
    }

    [Serializable]
    public class MissingFieldException : MissingMemberException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected MissingFieldException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public MissingFieldException() : base("Attempted to access a non-existing field.") { HResult = unchecked((int)0x80131511); }
        public MissingFieldException(string message) : base(message) { HResult = unchecked((int)0x80131511); }
        public MissingFieldException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131511); }
    }

    [Serializable]
    public class TypeLoadException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected TypeLoadException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public TypeLoadException() : base("Failure has occurred while loading a type.") { HResult = unchecked((int)0x80131522); }
        public TypeLoadException(string message) : base(message) { HResult = unchecked((int)0x80131522); }
        public TypeLoadException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131522); }
        // Set by the runtime when a type does not load (corlib_binder.def).
        private string _className;
        public string TypeName { get { return _className ?? string.Empty; } }
    }

    [Serializable]
    public class EntryPointNotFoundException : TypeLoadException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected EntryPointNotFoundException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public EntryPointNotFoundException() : base("Entry point was not found.") { HResult = unchecked((int)0x80131523); }
        public EntryPointNotFoundException(string message) : base(message) { HResult = unchecked((int)0x80131523); }
        public EntryPointNotFoundException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131523); }
    }

    [Serializable]
    public class DllNotFoundException : TypeLoadException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected DllNotFoundException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public DllNotFoundException() : base("Dll was not found.") { HResult = unchecked((int)0x80131524); }
        public DllNotFoundException(string message) : base(message) { HResult = unchecked((int)0x80131524); }
        public DllNotFoundException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131524); }
    }

    [Serializable]
    public class TypeUnloadedException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected TypeUnloadedException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public TypeUnloadedException() : base("Type had been unloaded.") { HResult = unchecked((int)0x80131013); }
        public TypeUnloadedException(string message) : base(message) { HResult = unchecked((int)0x80131013); }
        public TypeUnloadedException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131013); }
    }

    [Serializable]
    public class BadImageFormatException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected BadImageFormatException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public BadImageFormatException() : base("Format of the executable (.exe) or library (.dll) is invalid.") { HResult = unchecked((int)0x8007000B); }
        public BadImageFormatException(string message) : base(message) { HResult = unchecked((int)0x8007000B); }
        public BadImageFormatException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x8007000B); }
        public BadImageFormatException(string message, string fileName) : this(message) { FileName = fileName; }
        public BadImageFormatException(string message, string fileName, Exception inner) : this(message, inner) { FileName = fileName; }
        public string FileName { get; }
        public string FusionLog { get { return null; } }
    }

    [Serializable]
    public class UnauthorizedAccessException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected UnauthorizedAccessException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public UnauthorizedAccessException() : base("Attempted to perform an unauthorized operation.") { HResult = unchecked((int)0x80070005); }
        public UnauthorizedAccessException(string message) : base(message) { HResult = unchecked((int)0x80070005); }
        public UnauthorizedAccessException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070005); }
    }

    [Serializable]
    public class AccessViolationException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected AccessViolationException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public AccessViolationException() : base("Attempted to read or write protected memory. This is often an indication that other memory is corrupt.") { HResult = unchecked((int)0x80004003); }
        public AccessViolationException(string message) : base(message) { HResult = unchecked((int)0x80004003); }
        public AccessViolationException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80004003); }
    }

    [Serializable]
    public class DataMisalignedException : SystemException
    {
        public DataMisalignedException() : base("A datatype misalignment was detected in a load or store instruction.") { HResult = unchecked((int)0x80131541); }
        public DataMisalignedException(string message) : base(message) { HResult = unchecked((int)0x80131541); }
        public DataMisalignedException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131541); }
    }

    [Serializable]
    public class ContextMarshalException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected ContextMarshalException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public ContextMarshalException() : base("Attempted to marshal an object across a context boundary.") { HResult = unchecked((int)0x80131504); }
        public ContextMarshalException(string message) : base(message) { HResult = unchecked((int)0x80131504); }
        public ContextMarshalException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131504); }
    }

    [Serializable]
    public class MulticastNotSupportedException : SystemException
    {
        public MulticastNotSupportedException() : base("Attempted to add multiple callbacks to a delegate that does not support multicast.") { HResult = unchecked((int)0x80131512); }
        public MulticastNotSupportedException(string message) : base(message) { HResult = unchecked((int)0x80131512); }
        public MulticastNotSupportedException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131512); }
    }

    [Serializable]
    public class InvalidTimeZoneException : Exception
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected InvalidTimeZoneException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public InvalidTimeZoneException() : base("Exception of type 'System.InvalidTimeZoneException' was thrown.") { HResult = unchecked((int)0x80131500); }
        public InvalidTimeZoneException(string message) : base(message) { HResult = unchecked((int)0x80131500); }
        public InvalidTimeZoneException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131500); }
    }

    [Serializable]
    public class UriFormatException : FormatException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected UriFormatException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public UriFormatException() : base("Invalid URI: The URI is empty.") { HResult = unchecked((int)0x80131537); }
        public UriFormatException(string message) : base(message) { HResult = unchecked((int)0x80131537); }
        public UriFormatException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131537); }
    }

}

namespace System.IO
{
    [Serializable]
    public class IOException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected IOException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public IOException() : base("I/O error occurred.") { HResult = unchecked((int)0x80131620); }
        public IOException(string message) : base(message) { HResult = unchecked((int)0x80131620); }
        public IOException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131620); }
        public IOException(string message, int hresult) : base(message) { HResult = hresult; }
    }

    [Serializable]
    public class EndOfStreamException : IOException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected EndOfStreamException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public EndOfStreamException() : base("Unable to read beyond the end of the stream.") { HResult = unchecked((int)0x80070026); }
        public EndOfStreamException(string message) : base(message) { HResult = unchecked((int)0x80070026); }
        public EndOfStreamException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070026); }
    }

    [Serializable]
    public class DirectoryNotFoundException : IOException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected DirectoryNotFoundException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public DirectoryNotFoundException() : base("Attempted to access a path that is not on the disk.") { HResult = unchecked((int)0x80070003); }
        public DirectoryNotFoundException(string message) : base(message) { HResult = unchecked((int)0x80070003); }
        public DirectoryNotFoundException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070003); }
    }

    [Serializable]
    public class PathTooLongException : IOException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected PathTooLongException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public PathTooLongException() : base("The specified file name or path is too long, or a component of the specified path is too long.") { HResult = unchecked((int)0x800700CE); }
        public PathTooLongException(string message) : base(message) { HResult = unchecked((int)0x800700CE); }
        public PathTooLongException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x800700CE); }
    }

    [Serializable]
    public class InvalidDataException : SystemException
    {
        public InvalidDataException() : base("Found invalid data while decoding.") { HResult = unchecked((int)0x80131503); }
        public InvalidDataException(string message) : base(message) { HResult = unchecked((int)0x80131503); }
        public InvalidDataException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131503); }
    }

}

namespace System.Collections.Generic
{
    [Serializable]
    public class KeyNotFoundException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected KeyNotFoundException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public KeyNotFoundException() : base("The given key was not present in the dictionary.") { HResult = unchecked((int)0x80131577); }
        public KeyNotFoundException(string message) : base(message) { HResult = unchecked((int)0x80131577); }
        public KeyNotFoundException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131577); }
    }

}

namespace System.Threading
{
    [Serializable]
    public class SynchronizationLockException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected SynchronizationLockException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public SynchronizationLockException() : base("Object synchronization method was called from an unsynchronized block of code.") { HResult = unchecked((int)0x80131518); }
        public SynchronizationLockException(string message) : base(message) { HResult = unchecked((int)0x80131518); }
        public SynchronizationLockException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131518); }
    }

    [Serializable]
    public class ThreadStateException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected ThreadStateException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public ThreadStateException() : base("Thread was in an invalid state for the operation being executed.") { HResult = unchecked((int)0x80131520); }
        public ThreadStateException(string message) : base(message) { HResult = unchecked((int)0x80131520); }
        public ThreadStateException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131520); }
    }

    [Serializable]
    public class ThreadInterruptedException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected ThreadInterruptedException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public ThreadInterruptedException() : base("Thread was interrupted from a waiting state.") { HResult = unchecked((int)0x80131519); }
        public ThreadInterruptedException(string message) : base(message) { HResult = unchecked((int)0x80131519); }
        public ThreadInterruptedException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131519); }
    }


    [Serializable]
    public class WaitHandleCannotBeOpenedException : ApplicationException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected WaitHandleCannotBeOpenedException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public WaitHandleCannotBeOpenedException() : base("No handle of the given name exists.") { HResult = unchecked((int)0x80131520); }
        public WaitHandleCannotBeOpenedException(string message) : base(message) { HResult = unchecked((int)0x80131520); }
        public WaitHandleCannotBeOpenedException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131520); }
    }


}

namespace System.Security
{
    [Serializable]
    public class SecurityException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected SecurityException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public SecurityException() : base("Security error.") { HResult = unchecked((int)0x8013150A); }
        public SecurityException(string message) : base(message) { HResult = unchecked((int)0x8013150A); }
        public SecurityException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x8013150A); }
    }

    [Serializable]
    public class VerificationException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected VerificationException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public VerificationException() : base("Operation could destabilize the runtime.") { HResult = unchecked((int)0x8013150D); }
        public VerificationException(string message) : base(message) { HResult = unchecked((int)0x8013150D); }
        public VerificationException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x8013150D); }
    }

}

namespace System.Security.Cryptography
{
    [Serializable]
    public class CryptographicException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected CryptographicException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public CryptographicException() : base("Error occurred during a cryptographic operation.") { HResult = unchecked((int)0x80004005); }
        public CryptographicException(string message) : base(message) { HResult = unchecked((int)0x80004005); }
        public CryptographicException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80004005); }
    }

}

namespace System.Runtime.InteropServices
{
    [Serializable]
    public class ExternalException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected ExternalException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public ExternalException() : base("External component has thrown an exception.") { HResult = unchecked((int)0x80004005); }
        public ExternalException(string message) : base(message) { HResult = unchecked((int)0x80004005); }
        public ExternalException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80004005); }
        public virtual int ErrorCode { get { return HResult; } }
    }

    [Serializable]
    public class COMException : ExternalException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected COMException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public COMException() : base("Error HRESULT E_FAIL has been returned from a call to a COM component.") { HResult = unchecked((int)0x80004005); }
        public COMException(string message) : base(message) { HResult = unchecked((int)0x80004005); }
        public COMException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80004005); }
    }

    [Serializable]
    public class MarshalDirectiveException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected MarshalDirectiveException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public MarshalDirectiveException() : base("Marshaling directives are invalid.") { HResult = unchecked((int)0x80131535); }
        public MarshalDirectiveException(string message) : base(message) { HResult = unchecked((int)0x80131535); }
        public MarshalDirectiveException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131535); }
    }

}

namespace System.Runtime.Serialization
{
    [Serializable]
    public class SerializationException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected SerializationException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public SerializationException() : base("Serialization error.") { HResult = unchecked((int)0x8013150C); }
        public SerializationException(string message) : base(message) { HResult = unchecked((int)0x8013150C); }
        public SerializationException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x8013150C); }
    }

}

namespace System.Reflection
{
    [Serializable]
    public class AmbiguousMatchException : SystemException
    {
        public AmbiguousMatchException() : base("Ambiguous match found.") { HResult = unchecked((int)0x8000211D); }
        public AmbiguousMatchException(string message) : base(message) { HResult = unchecked((int)0x8000211D); }
        public AmbiguousMatchException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x8000211D); }
    }

    [Serializable]
    public class TargetException : ApplicationException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected TargetException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public TargetException() : base("Exception of type 'System.Reflection.TargetException' was thrown.") { HResult = unchecked((int)0x80131603); }
        public TargetException(string message) : base(message) { HResult = unchecked((int)0x80131603); }
        public TargetException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131603); }
    }

    [Serializable]
    public class TargetParameterCountException : ApplicationException
    {
        public TargetParameterCountException() : base("Number of parameters specified does not match the expected number.") { HResult = unchecked((int)0x8002000E); }
        public TargetParameterCountException(string message) : base(message) { HResult = unchecked((int)0x8002000E); }
        public TargetParameterCountException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x8002000E); }
    }

    [Serializable]
    public class InvalidFilterCriteriaException : ApplicationException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected InvalidFilterCriteriaException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public InvalidFilterCriteriaException() : base("Specified filter criteria was invalid.") { HResult = unchecked((int)0x80131601); }
        public InvalidFilterCriteriaException(string message) : base(message) { HResult = unchecked((int)0x80131601); }
        public InvalidFilterCriteriaException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131601); }
    }

}

namespace System.Resources
{
    [Serializable]
    public class MissingManifestResourceException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected MissingManifestResourceException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public MissingManifestResourceException() : base("Unable to find manifest resource.") { HResult = unchecked((int)0x80131532); }
        public MissingManifestResourceException(string message) : base(message) { HResult = unchecked((int)0x80131532); }
        public MissingManifestResourceException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131532); }
    }

}

namespace System.Runtime
{
    /// <summary>Thrown when a call through an interface finds several equally
    /// specific default implementations (a diamond no class resolves).</summary>
    public sealed class AmbiguousImplementationException : Exception
    {
        public AmbiguousImplementationException() : base("Ambiguous match found.") { HResult = unchecked((int)0x8000211D); }
        public AmbiguousImplementationException(string message) : base(message) { HResult = unchecked((int)0x8000211D); }
        public AmbiguousImplementationException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x8000211D); }
    }
}
