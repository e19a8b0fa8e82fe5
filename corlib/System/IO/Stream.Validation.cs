// Stream's argument checks for derived streams (.NET 5+), with .NET's messages.
namespace System.IO
{
    public abstract partial class Stream
    {
        protected static void ValidateBufferArguments(byte[] buffer, int offset, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Non-negative number required.");
            if ((uint)count > (uint)(buffer.Length - offset))
                throw new ArgumentOutOfRangeException("count", "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }

        protected static void ValidateCopyToArguments(Stream destination, int bufferSize)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            if (!destination.CanWrite)
            {
                if (destination.CanRead) throw new NotSupportedException("Stream does not support writing.");
                throw new ObjectDisposedException(destination.GetType().Name, "Cannot access a closed Stream.");
            }
        }
    }
}
