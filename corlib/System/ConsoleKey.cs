// ConsoleKey, ConsoleModifiers, ConsoleKeyInfo, ConsoleSpecialKey and the
// Ctrl+C event types, with .NET's values.
namespace System
{
    public enum ConsoleKey
    {
        Backspace = 8, Tab = 9, Clear = 12, Enter = 13, Pause = 19, Escape = 27, Spacebar = 32,
        PageUp = 33, PageDown = 34, End = 35, Home = 36, LeftArrow = 37, UpArrow = 38, RightArrow = 39, DownArrow = 40,
        Select = 41, Print = 42, Execute = 43, PrintScreen = 44, Insert = 45, Delete = 46, Help = 47,
        D0 = 48, D1 = 49, D2 = 50, D3 = 51, D4 = 52, D5 = 53, D6 = 54, D7 = 55, D8 = 56, D9 = 57,
        A = 65, B = 66, C = 67, D = 68, E = 69, F = 70, G = 71, H = 72, I = 73, J = 74, K = 75, L = 76, M = 77,
        N = 78, O = 79, P = 80, Q = 81, R = 82, S = 83, T = 84, U = 85, V = 86, W = 87, X = 88, Y = 89, Z = 90,
        LeftWindows = 91, RightWindows = 92, Applications = 93, Sleep = 95,
        NumPad0 = 96, NumPad1 = 97, NumPad2 = 98, NumPad3 = 99, NumPad4 = 100, NumPad5 = 101, NumPad6 = 102,
        NumPad7 = 103, NumPad8 = 104, NumPad9 = 105, Multiply = 106, Add = 107, Separator = 108, Subtract = 109,
        Decimal = 110, Divide = 111,
        F1 = 112, F2 = 113, F3 = 114, F4 = 115, F5 = 116, F6 = 117, F7 = 118, F8 = 119, F9 = 120, F10 = 121,
        F11 = 122, F12 = 123, F13 = 124, F14 = 125, F15 = 126, F16 = 127, F17 = 128, F18 = 129, F19 = 130,
        F20 = 131, F21 = 132, F22 = 133, F23 = 134, F24 = 135,
        BrowserBack = 166, BrowserForward = 167, BrowserRefresh = 168, BrowserStop = 169, BrowserSearch = 170,
        BrowserFavorites = 171, BrowserHome = 172, VolumeMute = 173, VolumeDown = 174, VolumeUp = 175,
        MediaNext = 176, MediaPrevious = 177, MediaStop = 178, MediaPlay = 179, LaunchMail = 180,
        LaunchMediaSelect = 181, LaunchApp1 = 182, LaunchApp2 = 183,
        Oem1 = 186, OemPlus = 187, OemComma = 188, OemMinus = 189, OemPeriod = 190, Oem2 = 191, Oem3 = 192,
        Oem4 = 219, Oem5 = 220, Oem6 = 221, Oem7 = 222, Oem8 = 223, Oem102 = 226, Process = 229, Packet = 231,
        Attention = 246, CrSel = 247, ExSel = 248, EraseEndOfFile = 249, Play = 250, Zoom = 251, NoName = 252,
        Pa1 = 253, OemClear = 254
    }

    [Flags]
    public enum ConsoleModifiers { None = 0, Alt = 1, Shift = 2, Control = 4 }

    public enum ConsoleSpecialKey { ControlC = 0, ControlBreak = 1 }

    [Serializable]
    public readonly struct ConsoleKeyInfo : IEquatable<ConsoleKeyInfo>
    {
        private readonly char _keyChar;
        private readonly ConsoleKey _key;
        private readonly ConsoleModifiers _mods;

        public ConsoleKeyInfo(char keyChar, ConsoleKey key, bool shift, bool alt, bool control)
        {
            if ((int)key < 0 || (int)key > 255) throw new ArgumentOutOfRangeException("key", "Console key values must be between 0 and 255 inclusive.");
            _keyChar = keyChar;
            _key = key;
            _mods = (shift ? ConsoleModifiers.Shift : 0) | (alt ? ConsoleModifiers.Alt : 0) | (control ? ConsoleModifiers.Control : 0);
        }

        public char KeyChar { get { return _keyChar; } }
        public ConsoleKey Key { get { return _key; } }
        public ConsoleModifiers Modifiers { get { return _mods; } }

        public override bool Equals(object value) { return value is ConsoleKeyInfo && Equals((ConsoleKeyInfo)value); }
        public bool Equals(ConsoleKeyInfo obj) { return obj._keyChar == _keyChar && obj._key == _key && obj._mods == _mods; }
        public static bool operator ==(ConsoleKeyInfo a, ConsoleKeyInfo b) { return a.Equals(b); }
        public static bool operator !=(ConsoleKeyInfo a, ConsoleKeyInfo b) { return !a.Equals(b); }
        public override int GetHashCode() { return _keyChar | ((int)_key << 16) | ((int)_mods << 24); }

        // the key a typed character stands for (what a terminal can tell)
        internal static ConsoleKeyInfo FromChar(char c)
        {
            if (c >= 'a' && c <= 'z') return new ConsoleKeyInfo(c, (ConsoleKey)(c - 32), false, false, false);
            if (c >= 'A' && c <= 'Z') return new ConsoleKeyInfo(c, (ConsoleKey)c, true, false, false);
            if (c >= '0' && c <= '9') return new ConsoleKeyInfo(c, (ConsoleKey)c, false, false, false);
            if (c >= (char)1 && c <= (char)26 && c != '\b' && c != '\t' && c != '\n' && c != '\r')
                return new ConsoleKeyInfo(c, (ConsoleKey)(c + 64), false, false, true);
            switch (c)
            {
                case '\b': case (char)127: return new ConsoleKeyInfo(c, ConsoleKey.Backspace, false, false, false);
                case '\t': return new ConsoleKeyInfo(c, ConsoleKey.Tab, false, false, false);
                case '\n': case '\r': return new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false);
                case (char)27: return new ConsoleKeyInfo(c, ConsoleKey.Escape, false, false, false);
                case ' ': return new ConsoleKeyInfo(c, ConsoleKey.Spacebar, false, false, false);
                case '+': return new ConsoleKeyInfo(c, ConsoleKey.OemPlus, true, false, false);
                case '=': return new ConsoleKeyInfo(c, ConsoleKey.OemPlus, false, false, false);
                case '-': return new ConsoleKeyInfo(c, ConsoleKey.OemMinus, false, false, false);
                case ',': return new ConsoleKeyInfo(c, ConsoleKey.OemComma, false, false, false);
                case '.': return new ConsoleKeyInfo(c, ConsoleKey.OemPeriod, false, false, false);
                default: return new ConsoleKeyInfo(c, (ConsoleKey)0, false, false, false);
            }
        }
    }

    public delegate void ConsoleCancelEventHandler(object sender, ConsoleCancelEventArgs e);

    public sealed class ConsoleCancelEventArgs : EventArgs
    {
        private readonly ConsoleSpecialKey _type;
        internal ConsoleCancelEventArgs(ConsoleSpecialKey type) { _type = type; }
        public bool Cancel { get; set; }
        public ConsoleSpecialKey SpecialKey { get { return _type; } }
    }
}
