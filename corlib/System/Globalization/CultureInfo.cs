// CultureInfo. The invariant culture, and the cultures whose data the corlib
// carries (CultureData.Generated.cs: names, number and date formats, casing,
// region). Any other well-formed culture name ("xx-YY") gives a culture with
// that Name (normalized casing, neutral/specific, Parent chain) whose formats,
// comparisons and casing are the invariant culture's (see docs/corlib.md).
namespace System.Globalization
{
    [Flags]
    public enum CultureTypes
    {
        NeutralCultures = 1, SpecificCultures = 2, InstalledWin32Cultures = 4, AllCultures = 7,
        UserCustomCulture = 8, ReplacementCultures = 16, WindowsOnlyCultures = 32, FrameworkCultures = 64
    }

    [Serializable]
    public class CultureInfo : IFormatProvider, ICloneable
    {
        private static readonly CultureInfo s_invariant = CreateInvariant();
        private static CultureInfo s_current, s_currentUI, s_defaultThread, s_defaultThreadUI;
        private static Collections.Generic.Dictionary<string, CultureInfo> s_cache;

        private readonly string _name;
        private readonly CultureData _data;   // null: the invariant culture's data
        private readonly bool _useUserOverride;
        private bool _isReadOnly;
        private NumberFormatInfo _nfi;
        private DateTimeFormatInfo _dtfi;
        private TextInfo _textInfo;
        private CompareInfo _compareInfo;

        // .NET's message: invariant mode's, or ICU mode's.
        private static string NotFoundMessage { get { return GlobalizationMode.Invariant ? NotSupportedMessage : "Culture is not supported."; } }

        internal const string NotSupportedMessage = "Only the invariant culture is supported in globalization-invariant mode. See https://aka.ms/GlobalizationInvariantMode for more information.";

        private static CultureInfo CreateInvariant()
        {
            CultureInfo c = new CultureInfo();
            c._isReadOnly = true;
            return c;
        }

        // The invariant culture (no data lookup: trimmed apps that never name a culture keep no data).
        private CultureInfo() { _name = ""; }

        public CultureInfo(string name) : this(name, true) { }

        public CultureInfo(string name, bool useUserOverride)
        {
            if (name == null) throw new ArgumentNullException("name");
            _name = Normalize(name);
            if (_name.Length != 0) _data = CultureData.Get(_name);
            _useUserOverride = useUserOverride && _name.Length != 0;
        }

        public CultureInfo(int culture) : this(culture, true) { }

        public CultureInfo(int culture, bool useUserOverride)
        {
            if (culture < 0) throw new ArgumentOutOfRangeException("culture", "Positive number required.");
            _name = "";
            if (culture == 127) return;
            _data = CultureData.ForLcid(culture);
            if (_data == null) throw new CultureNotFoundException("culture", culture, NotFoundMessage);
            _name = _data[CultureData.Name];
            _useUserOverride = useUserOverride;
        }

        // "EN-us" -> "en-US": language lower case, 4-letter script title case,
        // region upper case. Anything that is not letters/digits in dash- or
        // underscore-separated parts is not a culture name.
        private static string Normalize(string name)
        {
            if (name.Length == 0) return name;
            string[] parts = name.Replace('_', '-').Split('-');
            Text.StringBuilder sb = new Text.StringBuilder(name.Length);
            for (int i = 0; i < parts.Length; i++)
            {
                string p = parts[i];
                bool ok = p.Length > 0 && p.Length <= 8;
                for (int j = 0; ok && j < p.Length; j++)
                {
                    char c = p[j];
                    ok = c < 128 && (char.IsLetter(c) || (i > 0 && char.IsDigit(c)));
                }
                if (!ok || (i == 0 && (p.Length < 2 || p.Length > 3) && !(p.Length == 1 && (p == "i" || p == "x"))))
                    throw new CultureNotFoundException("name", name, NotFoundMessage);
                if (i > 0) sb.Append('-');
                if (i == 0) sb.Append(p.ToLowerInvariant());
                else if (p.Length == 4 && char.IsLetter(p[0])) sb.Append(char.ToUpperInvariant(p[0])).Append(p.Substring(1).ToLowerInvariant());
                else if (p.Length <= 3) sb.Append(p.ToUpperInvariant());
                else sb.Append(p.ToLowerInvariant());
            }
            return sb.ToString();
        }

        public static CultureInfo InvariantCulture { get { return s_invariant; } }
        public static CultureInfo InstalledUICulture { get { return s_invariant; } }

        public static CultureInfo CurrentCulture
        {
            get { return s_current ?? s_defaultThread ?? UserDefaultCulture; }
            set { if (value == null) throw new ArgumentNullException("value"); s_current = value; }
        }

        public static CultureInfo CurrentUICulture
        {
            get { return s_currentUI ?? s_defaultThreadUI ?? UserDefaultCulture; }
            set { if (value == null) throw new ArgumentNullException("value"); s_currentUI = value; }
        }

        private static CultureInfo s_userDefault;

        // The culture a program starts with, as .NET picks it on Unix: invariant in invariant
        // globalization mode (GlobalizationMode.cs), else the locale of LC_ALL, LC_MESSAGES or
        // LANG ("de_DE.UTF-8" is de-DE; C and POSIX are invariant). A page hands the browser's
        // language in LANG (js/page.mjs), as .NET's wasm runtime does.
        private static CultureInfo UserDefaultCulture
        {
            get
            {
                CultureInfo c = s_userDefault;
                if (c != null) return c;
                // not cached: until the runtimeconfig is read the mode may change, and once it is
                // settled GlobalizationMode caches it (so a trimmed invariant app, where Invariant is
                // the constant true, never reads the runtimeconfig to print a number)
                if (GlobalizationMode.Invariant) return s_invariant;
                c = s_invariant;
                string name = LocaleFromEnvironment();
                if (name != null)
                {
                    try { c = new CultureInfo(name); c._isReadOnly = true; }
                    catch (CultureNotFoundException) { c = s_invariant; }
                }
                return s_userDefault = c;
            }
        }

        private static string LocaleFromEnvironment()
        {
            string locale = null;
            foreach (string variable in new[] { "LC_ALL", "LC_MESSAGES", "LANG" })
            {
                locale = Environment.GetEnvironmentVariable(variable);
                if (!string.IsNullOrEmpty(locale)) break;
            }
            if (string.IsNullOrEmpty(locale)) return null;
            int cut = locale.IndexOfAny(new[] { '.', '@' });
            if (cut >= 0) locale = locale.Substring(0, cut);
            if (locale.Length == 0 || locale == "C" || locale == "POSIX") return null;
            return locale.Replace('_', '-');
        }

        public static CultureInfo DefaultThreadCurrentCulture { get { return s_defaultThread; } set { s_defaultThread = value; } }
        public static CultureInfo DefaultThreadCurrentUICulture { get { return s_defaultThreadUI; } set { s_defaultThreadUI = value; } }

        public static CultureInfo GetCultureInfo(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            string key = Normalize(name);
            if (s_cache == null) s_cache = new Collections.Generic.Dictionary<string, CultureInfo>();
            CultureInfo c;
            if (!s_cache.TryGetValue(key, out c))
            {
                c = key.Length == 0 ? s_invariant : new CultureInfo(key, false);
                c._isReadOnly = true;
                s_cache[key] = c;
            }
            return c;
        }

        public static CultureInfo GetCultureInfo(int culture)
        {
            if (culture <= 0) throw new ArgumentOutOfRangeException("culture", "Positive number required.");
            if (culture == 127) return s_invariant;
            CultureData d = CultureData.ForLcid(culture);
            if (d == null) throw new CultureNotFoundException("culture", culture, NotFoundMessage);
            return GetCultureInfo(d[CultureData.Name]);
        }

        public static CultureInfo GetCultureInfo(string name, string altName)
        {
            if (altName == null) throw new ArgumentNullException("altName");
            return GetCultureInfo(name);
        }

        public static CultureInfo GetCultureInfo(string name, bool predefinedOnly) { return GetCultureInfo(name); }
        public static CultureInfo GetCultureInfoByIetfLanguageTag(string name) { return GetCultureInfo(name); }

        // A neutral culture with data gives the specific culture .NET gives
        // ("de" -> "de-DE") when the corlib has its data, else itself.
        public static CultureInfo CreateSpecificCulture(string name)
        {
            CultureInfo c = new CultureInfo(name);
            if (c._data == null || !c.IsNeutralCulture) return c;
            string specific = c._data[CultureData.SpecificCulture];
            return CultureData.Get(specific) != null ? new CultureInfo(specific) : c;
        }

        // In invariant globalization mode only the invariant culture is
        // installed; otherwise the cultures with data (and the invariant one
        // among the neutral cultures, as .NET lists it).
        public static CultureInfo[] GetCultures(CultureTypes types)
        {
            if ((types & ~(CultureTypes.AllCultures | CultureTypes.UserCustomCulture | CultureTypes.ReplacementCultures | CultureTypes.WindowsOnlyCultures | CultureTypes.FrameworkCultures)) != 0)
                throw new ArgumentOutOfRangeException("types", "Valid values are between " + (int)CultureTypes.NeutralCultures + " and " + (int)(CultureTypes.AllCultures | CultureTypes.UserCustomCulture | CultureTypes.ReplacementCultures | CultureTypes.WindowsOnlyCultures | CultureTypes.FrameworkCultures) + ", inclusive.");
            if ((types & CultureTypes.SpecificCultures) != 0 || (types & CultureTypes.InstalledWin32Cultures) != 0)
            {
                if (GlobalizationMode.Invariant) return new CultureInfo[] { s_invariant };
            }
            else if (GlobalizationMode.Invariant) return new CultureInfo[0];
            Collections.Generic.List<CultureInfo> list = new Collections.Generic.List<CultureInfo>();
            if ((types & CultureTypes.NeutralCultures) != 0) list.Add(s_invariant);
            foreach (string n in CultureData.Names)
            {
                CultureData d = CultureData.Get(n);
                if (!d.Flag(CultureData.Listed)) continue;
                bool neutral = d.IsNeutral;
                if ((types & (neutral ? CultureTypes.NeutralCultures : CultureTypes.SpecificCultures)) != 0) list.Add(GetCultureInfo(n));
            }
            return list.ToArray();
        }

        public static CultureInfo ReadOnly(CultureInfo ci)
        {
            if (ci == null) throw new ArgumentNullException("ci");
            if (ci._isReadOnly) return ci;
            CultureInfo c = (CultureInfo)ci.MemberwiseClone();
            c._isReadOnly = true;
            if (c._nfi != null) c._nfi = NumberFormatInfo.ReadOnly(c._nfi);
            if (c._dtfi != null) c._dtfi = DateTimeFormatInfo.ReadOnly(c._dtfi);
            if (c._textInfo != null) c._textInfo = TextInfo.ReadOnly(c._textInfo);
            return c;
        }

        private bool IsInvariant { get { return _name.Length == 0; } }

        public virtual string Name { get { return _name; } }
        public string IetfLanguageTag { get { return _name; } }
        // .NET names a culture in the UI culture's language; the corlib knows
        // the English and the native names only: the native one when the UI
        // culture has this culture's (non-English) language, else the English one.
        public virtual string DisplayName
        {
            get
            {
                if (_data == null) return IsInvariant ? "Invariant Language (Invariant Country)" : _name;
                return InUILanguage(_data) ? _data[CultureData.NativeName] : _data[CultureData.EnglishName];
            }
        }

        internal static bool InUILanguage(CultureData d)
        {
            CultureData ui = CurrentUICulture._data;
            string lang = d[CultureData.TwoLetterISOLanguageName];
            return ui != null && lang != "en" && ui[CultureData.TwoLetterISOLanguageName] == lang;
        }

        public virtual string EnglishName { get { return _data != null ? _data[CultureData.EnglishName] : DisplayName; } }
        public virtual string NativeName { get { return _data != null ? _data[CultureData.NativeName] : DisplayName; } }
        public virtual string TwoLetterISOLanguageName { get { return _data != null ? _data[CultureData.TwoLetterISOLanguageName] : IsInvariant ? "iv" : Language; } }
        public virtual string ThreeLetterISOLanguageName { get { return _data != null ? _data[CultureData.ThreeLetterISOLanguageName] : IsInvariant ? "ivl" : Language; } }
        public virtual string ThreeLetterWindowsLanguageName { get { return _data != null ? _data[CultureData.ThreeLetterWindowsLanguageName] : IsInvariant ? "IVL" : Language.ToUpperInvariant(); } }
        private string Language { get { int i = _name.IndexOf('-'); return i < 0 ? _name : _name.Substring(0, i); } }
        public virtual bool IsNeutralCulture { get { return _data != null ? _data.IsNeutral : !IsInvariant && _name.IndexOf('-') < 0; } }
        public bool IsReadOnly { get { return _isReadOnly; } }
        public virtual int LCID { get { return _data != null ? _data.Int(CultureData.LCID) : IsInvariant ? 127 : 4096; } }
        public virtual int KeyboardLayoutId { get { return _data != null ? _data.Int(CultureData.KeyboardLayoutId) : LCID; } }
        internal CultureData Data { get { return _data; } }
        public bool UseUserOverride { get { return _useUserOverride; } }
        public virtual CultureTypes CultureTypes
        {
            get
            {
                if (IsInvariant) return CultureTypes.SpecificCultures;
                return IsNeutralCulture ? CultureTypes.NeutralCultures : CultureTypes.SpecificCultures;
            }
        }

        public virtual CultureInfo Parent
        {
            get
            {
                if (IsInvariant) return s_invariant;
                if (_data != null) return GetCultureInfo(_data[CultureData.Parent]);
                int i = _name.LastIndexOf('-');
                return i < 0 ? s_invariant : GetCultureInfo(_name.Substring(0, i));
            }
        }

        public virtual CompareInfo CompareInfo
        {
            get { if (_compareInfo == null) _compareInfo = new CompareInfo(_name); return _compareInfo; }
        }

        public virtual TextInfo TextInfo
        {
            get
            {
                if (_textInfo == null) { TextInfo t = _data != null ? new TextInfo(_name, _data) : new TextInfo(_name); if (_isReadOnly) t.MakeReadOnly(); _textInfo = t; }
                return _textInfo;
            }
        }

        public virtual Calendar Calendar { get { return DateTimeFormat.Calendar; } }
        public virtual Calendar[] OptionalCalendars
        {
            get
            {
                if (_data == null) return new Calendar[] { new GregorianCalendar() };
                Collections.Generic.List<Calendar> list = new Collections.Generic.List<Calendar>();
                foreach (string n in _data.List(CultureData.OptionalCalendars))
                {
                    Calendar cal = CultureData.CreateCalendar(n);
                    if (cal != null) list.Add(cal);
                }
                return list.ToArray();
            }
        }

        public virtual NumberFormatInfo NumberFormat
        {
            get
            {
                if (_nfi == null)
                {
                    NumberFormatInfo n = _data != null ? new NumberFormatInfo(_data) : new NumberFormatInfo();
                    if (_isReadOnly) n.MakeReadOnly();
                    _nfi = n;
                }
                return _nfi;
            }
            set
            {
                if (value == null) throw new ArgumentNullException("value");
                VerifyWritable();
                _nfi = value;
            }
        }

        public virtual DateTimeFormatInfo DateTimeFormat
        {
            get
            {
                if (_dtfi == null)
                {
                    DateTimeFormatInfo d = _data != null ? new DateTimeFormatInfo(_data) : new DateTimeFormatInfo();
                    if (_isReadOnly) d.MakeReadOnly();
                    _dtfi = d;
                }
                return _dtfi;
            }
            set
            {
                if (value == null) throw new ArgumentNullException("value");
                VerifyWritable();
                _dtfi = value;
            }
        }

        private void VerifyWritable() { if (_isReadOnly) throw new InvalidOperationException("Instance is read-only."); }

        public virtual object GetFormat(Type formatType)
        {
            if (formatType == null) throw new ArgumentNullException("formatType");
            if (formatType == typeof(NumberFormatInfo)) return NumberFormat;
            if (formatType == typeof(DateTimeFormatInfo)) return DateTimeFormat;
            return null;
        }

        public void ClearCachedData() { RegionInfo.ClearCurrent(); }
        public CultureInfo GetConsoleFallbackUICulture() { return this; }

        public virtual object Clone()
        {
            CultureInfo c = (CultureInfo)MemberwiseClone();
            c._isReadOnly = false;
            if (_nfi != null) c._nfi = (NumberFormatInfo)_nfi.Clone();
            if (_dtfi != null) c._dtfi = (DateTimeFormatInfo)_dtfi.Clone();
            if (_textInfo != null) c._textInfo = (TextInfo)_textInfo.Clone();
            return c;
        }

        public override string ToString() { return _name; }
        public override bool Equals(object value)
        {
            if (ReferenceEquals(this, value)) return true;
            CultureInfo c = value as CultureInfo;
            return c != null && c._name == _name;
        }
        public override int GetHashCode() { return _name.GetHashCode(); }
    }

    [Serializable]
    public class CultureNotFoundException : ArgumentException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected CultureNotFoundException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        private readonly string _invalidCultureName;
        private readonly int? _invalidCultureId;

        public CultureNotFoundException() : base("Culture is not supported.") { HResult = unchecked((int)0x80070057); }
        public CultureNotFoundException(string message) : base(message) { HResult = unchecked((int)0x80070057); }
        public CultureNotFoundException(string paramName, string message) : base(message, paramName) { HResult = unchecked((int)0x80070057); }
        public CultureNotFoundException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070057); }
        public CultureNotFoundException(string paramName, string invalidCultureName, string message) : base(message, paramName) { _invalidCultureName = invalidCultureName; HResult = unchecked((int)0x80070057); }
        public CultureNotFoundException(string message, string invalidCultureName, Exception innerException) : base(message, innerException) { _invalidCultureName = invalidCultureName; HResult = unchecked((int)0x80070057); }
        public CultureNotFoundException(string message, int invalidCultureId, Exception innerException) : base(message, innerException) { _invalidCultureId = invalidCultureId; HResult = unchecked((int)0x80070057); }
        public CultureNotFoundException(string paramName, int invalidCultureId, string message) : base(message, paramName) { _invalidCultureId = invalidCultureId; HResult = unchecked((int)0x80070057); }

        public virtual int? InvalidCultureId { get { return _invalidCultureId; } }
        public virtual string InvalidCultureName { get { return _invalidCultureName; } }

        public override string Message
        {
            get
            {
                string s = base.Message;
                if (_invalidCultureId != null) return s + Environment.NewLine + _invalidCultureId.Value + " (0x" + _invalidCultureId.Value.ToString("x") + ") is an invalid culture identifier.";
                if (_invalidCultureName != null) return s + Environment.NewLine + _invalidCultureName + " is an invalid culture identifier.";
                return s;
            }
        }
    }
}
