// System.Diagnostics.StackTrace and StackFrame: the calling thread's frames as
// the interpreter sees them (icall_diagnostics.c), innermost first, with the
// callees the translator inlined shown as frames of their own, as the JIT's
// are on .NET. A trace made from an exception takes the frames the runtime
// recorded beside the exception's text (Exception._stackTrace); frames from
// before a rethrow through ExceptionDispatchInfo have their text only.
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace System.Diagnostics
{
    public class StackTrace
    {
        public const int METHODS_TO_SKIP = 0;

        // (Method*, IL offset) pairs, innermost first (icall_diagnostics.c)
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern long[] InternalCaptureFrames();

        private readonly StackFrame[] _frames;

        public StackTrace() : this(0, false) { }
        public StackTrace(bool fNeedFileInfo) : this(0, fNeedFileInfo) { }
        public StackTrace(int skipFrames) : this(skipFrames, false) { }

        public StackTrace(int skipFrames, bool fNeedFileInfo)
        {
            if (skipFrames < 0) throw new ArgumentOutOfRangeException("skipFrames", "Non-negative number required.");
            _frames = Capture(skipFrames, fNeedFileInfo);
        }

        public StackTrace(Exception e) : this(e, 0, false) { }
        public StackTrace(Exception e, bool fNeedFileInfo) : this(e, 0, fNeedFileInfo) { }
        public StackTrace(Exception e, int skipFrames) : this(e, skipFrames, false) { }

        public StackTrace(Exception e, int skipFrames, bool fNeedFileInfo)
        {
            if (e == null) throw new ArgumentNullException("e");
            if (skipFrames < 0) throw new ArgumentOutOfRangeException("skipFrames", "Non-negative number required.");
            var frames = new List<StackFrame>();
            // frames from before a rethrow (ExceptionDispatchInfo) are text only
            AddTextFrames(frames, e._remoteStackTraceString, null, fNeedFileInfo);
            AddTextFrames(frames, e._stackTraceString, e._stackTrace as long[], fNeedFileInfo);
            if (skipFrames > 0) frames.RemoveRange(0, Math.Min(skipFrames, frames.Count));
            _frames = frames.ToArray();
        }

        // One frame per "   at " line of an exception's trace; the runtime keeps each shown
        // frame's method and IL offset beside the text (pairs in `shown`), line for line.
        private static void AddTextFrames(List<StackFrame> into, string trace, long[] shown, bool fileInfo)
        {
            if (string.IsNullOrEmpty(trace)) return;
            var lines = new List<string>();
            foreach (string line in trace.Split('\n'))
                if (line.StartsWith("   at ", StringComparison.Ordinal)) lines.Add(line);
            if (shown != null && shown.Length != 2 * lines.Count) shown = null;
            for (int i = 0; i < lines.Count; i++)
            {
                string text = lines[i], file = null;
                int lineNumber = 0;
                int source = text.LastIndexOf(" in ", StringComparison.Ordinal);
                int at = source > 0 ? text.LastIndexOf(":line ", StringComparison.Ordinal) : -1;
                if (at > source && int.TryParse(text.Substring(at + 6), out lineNumber))
                {
                    file = text.Substring(source + 4, at - source - 4);
                    if (!fileInfo) { text = text.Substring(0, source); file = null; lineNumber = 0; }
                }
                else lineNumber = 0;
                IntPtr method = shown != null ? (IntPtr)shown[2 * i] : IntPtr.Zero;
                int il = shown != null ? (int)shown[2 * i + 1] : StackFrame.OFFSET_UNKNOWN;
                into.Add(new StackFrame(method, il, file, lineNumber, text));
            }
        }

        public StackTrace(StackFrame frame) { _frames = new[] { frame }; }

        public StackTrace(IEnumerable<StackFrame> frames)
        {
            if (frames == null) throw new ArgumentNullException("frames");
            _frames = new List<StackFrame>(frames).ToArray();
        }

        public virtual int FrameCount { get { return _frames.Length; } }

        public virtual StackFrame GetFrame(int index) { return index >= 0 && index < _frames.Length ? _frames[index] : null; }

        public virtual StackFrame[] GetFrames() { return (StackFrame[])_frames.Clone(); }

        public override string ToString() { return ToString(true); }

        internal string ToString(bool trailingNewLine)
        {
            var sb = new StringBuilder();
            foreach (StackFrame f in _frames)
            {
                if (f == null) continue;
                if (sb.Length > 0) sb.Append(Environment.NewLine);
                sb.Append(f.TraceLine);
            }
            if (trailingNewLine && sb.Length > 0) sb.Append(Environment.NewLine);
            return sb.ToString();
        }

        // The caller's frames: the ones of this class and StackFrame (their constructors) go first, then skipFrames more.
        internal static StackFrame[] Capture(int skipFrames, bool needFileInfo)
        {
            long[] pairs = InternalCaptureFrames();
            int count = pairs.Length / 2, first = 0;
            while (first < count && IsOwnFrame((IntPtr)pairs[2 * first])) first++;
            first += skipFrames;
            if (first >= count) return new StackFrame[0];
            var frames = new StackFrame[count - first];
            for (int i = first; i < count; i++)
                frames[i - first] = new StackFrame((IntPtr)pairs[2 * i], (int)pairs[2 * i + 1], needFileInfo);
            return frames;
        }

        private static bool IsOwnFrame(IntPtr method)
        {
            Type owner = new RuntimeMethodInfo(method).DeclaringType;
            return owner == typeof(StackTrace) || owner == typeof(StackFrame);
        }
    }

    public class StackFrame
    {
        public const int OFFSET_UNKNOWN = -1;

        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string InternalFormat(long method, int ilOffset, bool source);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string InternalSource(long method, int ilOffset, out int line);

        private IntPtr _methodPtr;
        private MethodBase _method;
        private int _ilOffset = OFFSET_UNKNOWN;
        private string _fileName;
        private int _lineNumber, _columnNumber;
        private bool _needFileInfo, _sourceRead;
        private string _traceLine;

        public StackFrame() : this(0, false) { }
        public StackFrame(bool needFileInfo) : this(0, needFileInfo) { }
        public StackFrame(int skipFrames) : this(skipFrames, false) { }

        public StackFrame(int skipFrames, bool needFileInfo)
        {
            StackFrame[] frames = StackTrace.Capture(Math.Max(skipFrames, 0), needFileInfo);
            if (frames.Length == 0) return;
            _methodPtr = frames[0]._methodPtr;
            _ilOffset = frames[0]._ilOffset;
            _needFileInfo = needFileInfo;
        }

        public StackFrame(string fileName, int lineNumber) : this(fileName, lineNumber, 0) { }

        public StackFrame(string fileName, int lineNumber, int colNumber) : this(0, false)
        {
            _fileName = fileName;
            _lineNumber = lineNumber;
            _columnNumber = colNumber;
            _sourceRead = true;
        }

        // A frame of the current stack: its text and source position are read when asked for.
        internal StackFrame(IntPtr method, int ilOffset, bool needFileInfo)
        {
            _methodPtr = method;
            _ilOffset = ilOffset;
            _needFileInfo = needFileInfo;
        }

        // A frame of an exception's trace: its text, and the source position the text names.
        internal StackFrame(IntPtr method, int ilOffset, string fileName, int lineNumber, string traceLine)
        {
            _methodPtr = method;
            _ilOffset = ilOffset;
            _fileName = fileName;
            _lineNumber = lineNumber;
            _traceLine = traceLine;
            _sourceRead = true;
        }

        internal string TraceLine
        {
            get { return _traceLine ?? (_traceLine = _methodPtr == IntPtr.Zero ? "" : InternalFormat((long)_methodPtr, _ilOffset, _needFileInfo)); }
        }

        private void ReadSource()
        {
            if (_sourceRead) return;
            _sourceRead = true;
            if (_needFileInfo && _methodPtr != IntPtr.Zero) _fileName = InternalSource((long)_methodPtr, _ilOffset, out _lineNumber);
        }

        public virtual MethodBase GetMethod()
        {
            if (_method == null && _methodPtr != IntPtr.Zero)
            {
                var m = new RuntimeMethodInfo(_methodPtr);
                _method = m.Name == ".ctor" || m.Name == ".cctor" ? new RuntimeConstructorInfo(_methodPtr) : m;
            }
            return _method;
        }

        public virtual int GetILOffset() { return _ilOffset; }
        public virtual int GetNativeOffset() { return OFFSET_UNKNOWN; }   // an interpreter has no native code offsets
        public virtual string GetFileName() { ReadSource(); return _fileName; }
        public virtual int GetFileLineNumber() { ReadSource(); return _lineNumber; }
        public virtual int GetFileColumnNumber() { return _columnNumber; }

        public override string ToString()
        {
            var sb = new StringBuilder();
            MethodBase m = GetMethod();
            if (m != null)
            {
                sb.Append(m.Name);
                if (m is MethodInfo mi && mi.IsGenericMethod)
                {
                    sb.Append('<');
                    Type[] args = mi.GetGenericArguments();
                    for (int i = 0; i < args.Length; i++) { if (i > 0) sb.Append(','); sb.Append(args[i].Name); }
                    sb.Append('>');
                }
                sb.Append(" at offset ");
                if (_ilOffset == OFFSET_UNKNOWN) sb.Append("<offset unknown>"); else sb.Append(_ilOffset);
                sb.Append(" in file:line:column ");
                sb.Append(GetFileName() ?? "<filename unknown>");
                sb.Append(':').Append(GetFileLineNumber()).Append(':').Append(_columnNumber);
            }
            else sb.Append("<null>");
            sb.Append(Environment.NewLine);
            return sb.ToString();
        }
    }

    public static class StackFrameExtensions
    {
        public static bool HasNativeImage(this StackFrame stackFrame) { return false; }
        public static bool HasMethod(this StackFrame stackFrame) { return stackFrame.GetMethod() != null; }
        public static bool HasILOffset(this StackFrame stackFrame) { return stackFrame.GetILOffset() != StackFrame.OFFSET_UNKNOWN; }
        public static bool HasSource(this StackFrame stackFrame) { return stackFrame.GetFileName() != null; }
        public static IntPtr GetNativeIP(this StackFrame stackFrame) { return IntPtr.Zero; }
        public static IntPtr GetNativeImageBase(this StackFrame stackFrame) { return IntPtr.Zero; }
    }
}
