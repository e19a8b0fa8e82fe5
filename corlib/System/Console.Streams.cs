// Console byte streams (OpenStandardInput/Output/Error), ReadKey, the
// redirection queries and CancelKeyPress. Raw stdin goes through the same
// stdio buffer as Console.ReadLine; raw output is written after whatever
// Console.Out has buffered.
using System.IO;

namespace System
{
    public static partial class Console
    {
        public static Stream OpenStandardInput() { return new ConsoleStream(0); }
        public static Stream OpenStandardInput(int bufferSize) { CheckBufferSize(bufferSize); return new ConsoleStream(0); }
        public static Stream OpenStandardOutput() { return new ConsoleStream(1); }
        public static Stream OpenStandardOutput(int bufferSize) { CheckBufferSize(bufferSize); return new ConsoleStream(1); }
        public static Stream OpenStandardError() { return new ConsoleStream(2); }
        public static Stream OpenStandardError(int bufferSize) { CheckBufferSize(bufferSize); return new ConsoleStream(2); }

        private static void CheckBufferSize(int bufferSize)
        {
            if (bufferSize < 0) throw new ArgumentOutOfRangeException("bufferSize", "Non-negative number required.");
        }

        public static bool IsInputRedirected { get { return !FileSystem.IsATty(0); } }
        public static bool IsOutputRedirected { get { return !FileSystem.IsATty(1); } }
        public static bool IsErrorRedirected { get { return !FileSystem.IsATty(2); } }

        public static ConsoleKeyInfo ReadKey() { return ReadKey(false); }
        public static ConsoleKeyInfo ReadKey(bool intercept)
        {
            if (IsInputRedirected)
                throw new InvalidOperationException("Cannot read keys when either application does not have a console or when console input has been redirected. Try Console.Read.");
            int c = In.Read();
            if (c < 0) throw new InvalidOperationException("Cannot read keys when either application does not have a console or when console input has been redirected. Try Console.Read.");
            ConsoleKeyInfo k = ConsoleKeyInfo.FromChar((char)c);
            if (!intercept && c != '\n') Out.Write((char)c);
            return k;
        }

        private static ConsoleCancelEventHandler s_cancel;
        // Ctrl+C is not delivered to programs by the hosts: handlers are kept, never called.
        public static event ConsoleCancelEventHandler CancelKeyPress
        {
            add { s_cancel = (ConsoleCancelEventHandler)Delegate.Combine(s_cancel, value); }
            remove { s_cancel = (ConsoleCancelEventHandler)Delegate.Remove(s_cancel, value); }
        }
    }

    internal sealed class ConsoleStream : Stream
    {
        private readonly int _fd;
        private bool _closed;

        internal ConsoleStream(int fd) { _fd = fd; }

        public override bool CanRead { get { return !_closed && _fd == 0; } }
        public override bool CanWrite { get { return !_closed && _fd != 0; } }
        public override bool CanSeek { get { return false; } }
        public override long Length { get { throw new NotSupportedException("Stream does not support seeking."); } }
        public override long Position
        {
            get { throw new NotSupportedException("Stream does not support seeking."); }
            set { throw new NotSupportedException("Stream does not support seeking."); }
        }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) { throw new NotSupportedException("Stream does not support seeking."); }
        public override void SetLength(long value) { throw new NotSupportedException("Stream does not support seeking."); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            CheckArgs(buffer, offset, count);
            if (_fd != 0) throw new NotSupportedException("Stream does not support reading.");
            if (count == 0) return 0;
            Console.Out.Flush();
            return FileSystem.ReadStdin(buffer, offset, count);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            CheckArgs(buffer, offset, count);
            if (_fd == 0) throw new NotSupportedException("Stream does not support writing.");
            Console.InternalFlush();
            FileSystem.WriteStd(_fd, buffer, offset, count);
        }

        protected override void Dispose(bool disposing) { _closed = true; }
    }
}
