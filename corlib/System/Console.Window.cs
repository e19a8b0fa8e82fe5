// Console window, buffer and cursor members, answered as .NET on Unix answers
// them without a terminal it knows (no TERM): sizes 0, the cursor at (0, 0),
// and setters, Clear and Beep doing nothing. Cilantro has no terminal
// control, so it answers so even on a terminal; programs that size their
// output from WindowWidth (Spectre.Console, progress bars) fall back to their
// defaults on 0. The members .NET on Unix does not support throw its
// PlatformNotSupportedException.
namespace System
{
    public static partial class Console
    {
        private static PlatformNotSupportedException Unsupported() { return new PlatformNotSupportedException("Operation is not supported on this platform."); }

        public static int WindowWidth { get { return 0; } set { throw Unsupported(); } }
        public static int WindowHeight { get { return 0; } set { throw Unsupported(); } }
        public static int BufferWidth { get { return 0; } set { throw Unsupported(); } }
        public static int BufferHeight { get { return 0; } set { throw Unsupported(); } }
        public static int LargestWindowWidth { get { return 0; } }
        public static int LargestWindowHeight { get { return 0; } }
        public static int WindowLeft { get { return 0; } set { throw Unsupported(); } }
        public static int WindowTop { get { return 0; } set { throw Unsupported(); } }
        public static void SetWindowSize(int width, int height) { throw Unsupported(); }
        public static void SetWindowPosition(int left, int top) { throw Unsupported(); }
        public static void SetBufferSize(int width, int height) { throw Unsupported(); }

        public static int CursorLeft
        {
            get { return 0; }
            set { SetCursorPosition(value, 0); }
        }
        public static int CursorTop
        {
            get { return 0; }
            set { SetCursorPosition(0, value); }
        }
        public static (int Left, int Top) GetCursorPosition() { return (0, 0); }
        public static void SetCursorPosition(int left, int top)
        {
            if (left < 0 || left >= short.MaxValue) throw new ArgumentOutOfRangeException("left", left, "The value must be greater than or equal to zero and less than the console's buffer size in that dimension.");
            if (top < 0 || top >= short.MaxValue) throw new ArgumentOutOfRangeException("top", top, "The value must be greater than or equal to zero and less than the console's buffer size in that dimension.");
        }
        public static bool CursorVisible { get { throw Unsupported(); } set { } }
        public static int CursorSize { get { return 100; } set { throw Unsupported(); } }

        public static string Title { get { throw Unsupported(); } set { if (value == null) throw new ArgumentNullException("value"); } }
        public static bool TreatControlCAsInput { get { return false; } set { } }
        public static bool CapsLock { get { throw Unsupported(); } }
        public static bool NumberLock { get { throw Unsupported(); } }

        public static void Clear() { }
        public static void Beep() { }
        public static void Beep(int frequency, int duration) { throw Unsupported(); }
    }
}
