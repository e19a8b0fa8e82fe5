// DateTimeFormatInfo: the invariant culture's (or a culture's, from
// CultureData) date/time names and patterns as .NET exposes them (validated properties, read-only instances, the pattern
// lists behind GetAllDateTimePatterns). DateTime's formatter reads these.
namespace System.Globalization
{
    [Serializable]
    public sealed class DateTimeFormatInfo : IFormatProvider, ICloneable
    {
        private static DateTimeFormatInfo s_invariant;

        private bool _isReadOnly;
        private Calendar _calendar = new GregorianCalendar();
        private string _amDesignator = "AM";
        private string _pmDesignator = "PM";
        private string _dateSeparator = "/";
        private string _timeSeparator = ":";
        private string[] _shortDates = { "MM/dd/yyyy", "yyyy-MM-dd" };
        private string[] _longDates = { "dddd, dd MMMM yyyy" };
        private string[] _shortTimes = { "HH:mm", "hh:mm tt", "H:mm", "h:mm tt" };
        private string[] _longTimes = { "HH:mm:ss" };
        private string[] _yearMonths = { "yyyy MMMM" };
        private string _monthDay = "MMMM dd";
        private string _fullDateTime;
        private CalendarWeekRule _weekRule = CalendarWeekRule.FirstDay;
        private DayOfWeek _firstDayOfWeek = DayOfWeek.Sunday;
        private string[] _dayNames = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
        private string[] _abbrDayNames = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
        private string[] _shortestDayNames = { "Su", "Mo", "Tu", "We", "Th", "Fr", "Sa" };
        private string[] _monthNames = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "" };
        private string[] _abbrMonthNames = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "" };
        private string[] _monthGenitiveNames;
        private string[] _abbrMonthGenitiveNames;

        public DateTimeFormatInfo() { }

        private string[] _calendarNames;   // the calendars the culture allows (null: Gregorian only)
        private string _eraName, _abbrEraName, _nativeCalendarName;

        // A culture's names and patterns from the corlib's culture data.
        internal DateTimeFormatInfo(CultureData d)
        {
            _calendar = CultureData.CreateCalendar(d[CultureData.Calendar]);
            _calendarNames = d.List(CultureData.OptionalCalendars);
            _amDesignator = d[CultureData.AMDesignator];
            _pmDesignator = d[CultureData.PMDesignator];
            _dateSeparator = d[CultureData.DateSeparator];
            _timeSeparator = d[CultureData.TimeSeparator];
            _shortDates = d.List(CultureData.ShortDatePatterns);
            _longDates = d.List(CultureData.LongDatePatterns);
            _shortTimes = d.List(CultureData.ShortTimePatterns);
            _longTimes = d.List(CultureData.LongTimePatterns);
            _yearMonths = d.List(CultureData.YearMonthPatterns);
            _monthDay = d[CultureData.MonthDayPattern];
            if (d[CultureData.FullDateTimePattern] != "=") _fullDateTime = d[CultureData.FullDateTimePattern];
            _firstDayOfWeek = (DayOfWeek)d.Int(CultureData.FirstDayOfWeek);
            _weekRule = (CalendarWeekRule)d.Int(CultureData.CalendarWeekRule);
            _dayNames = d.List(CultureData.DayNames);
            _abbrDayNames = d.List(CultureData.AbbreviatedDayNames);
            _shortestDayNames = d.List(CultureData.ShortestDayNames);
            _monthNames = d.List(CultureData.MonthNames);
            _abbrMonthNames = d.List(CultureData.AbbreviatedMonthNames);
            if (d[CultureData.MonthGenitiveNames] != "=") _monthGenitiveNames = d.List(CultureData.MonthGenitiveNames);
            if (d[CultureData.AbbreviatedMonthGenitiveNames] != "=") _abbrMonthGenitiveNames = d.List(CultureData.AbbreviatedMonthGenitiveNames);
            _nativeCalendarName = d[CultureData.NativeCalendarName];
            _eraName = d[CultureData.EraName];
            _abbrEraName = d[CultureData.AbbreviatedEraName];
        }

        // Whether 'MMMM'/'MMM' next to a day number take the genitive names.
        internal bool HasGenitiveMonths { get { return _monthGenitiveNames != null || _abbrMonthGenitiveNames != null; } }

        internal string GetMonthName(int month, bool abbreviated, bool genitive)
        {
            string[] names = abbreviated ? (genitive ? _abbrMonthGenitiveNames ?? _abbrMonthNames : _abbrMonthNames)
                                         : (genitive ? _monthGenitiveNames ?? _monthNames : _monthNames);
            return names[month - 1];
        }

        public static DateTimeFormatInfo InvariantInfo
        {
            get
            {
                if (s_invariant == null)
                {
                    DateTimeFormatInfo d = new DateTimeFormatInfo();
                    d._calendar.SetReadOnly();
                    d._isReadOnly = true;
                    s_invariant = d;
                }
                return s_invariant;
            }
        }

        public static DateTimeFormatInfo CurrentInfo { get { return CultureInfo.CurrentCulture.DateTimeFormat; } }

        public static DateTimeFormatInfo GetInstance(IFormatProvider provider)
        {
            if (provider == null) return CurrentInfo;
            CultureInfo ci = provider as CultureInfo;
            if (ci != null) return ci.DateTimeFormat;
            DateTimeFormatInfo d = provider as DateTimeFormatInfo;
            if (d != null) return d;
            d = provider.GetFormat(typeof(DateTimeFormatInfo)) as DateTimeFormatInfo;
            return d ?? CurrentInfo;
        }

        public static DateTimeFormatInfo ReadOnly(DateTimeFormatInfo dtfi)
        {
            if (dtfi == null) throw new ArgumentNullException("dtfi");
            if (dtfi._isReadOnly) return dtfi;
            DateTimeFormatInfo r = (DateTimeFormatInfo)dtfi.MemberwiseClone();
            r._calendar = Calendar.ReadOnly(dtfi._calendar);
            r._isReadOnly = true;
            return r;
        }

        public bool IsReadOnly { get { return _isReadOnly; } }

        public object Clone()
        {
            DateTimeFormatInfo r = (DateTimeFormatInfo)MemberwiseClone();
            r._calendar = (Calendar)_calendar.Clone();
            r._isReadOnly = false;
            return r;
        }

        public object GetFormat(Type formatType) { return formatType == typeof(DateTimeFormatInfo) ? this : null; }

        internal void MakeReadOnly() { _isReadOnly = true; _calendar = Calendar.ReadOnly(_calendar); }

        private void CheckWritable() { if (_isReadOnly) throw new InvalidOperationException("Instance is read-only."); }

        private string SetString(string value)
        {
            CheckWritable();
            if (value == null) throw new ArgumentNullException("value");
            return value;
        }

        private string[] SetNames(string[] value, int length)
        {
            CheckWritable();
            if (value == null) throw new ArgumentNullException("value");
            if (value.Length != length) throw new ArgumentException("Length of the array must be " + length + ".", "value");
            for (int i = 0; i < value.Length; i++)
                if (value[i] == null) throw new ArgumentNullException("value", "Found a null value within an array.");
            return (string[])value.Clone();
        }

        // Setting a pattern puts it first in its list of patterns.
        private string[] SetFirst(string[] list, string value)
        {
            SetString(value);
            int n = 1;
            for (int i = 0; i < list.Length; i++) if (list[i] != value) n++;
            string[] r = new string[n];
            r[0] = value;
            int k = 1;
            for (int i = 0; i < list.Length; i++) if (list[i] != value) r[k++] = list[i];
            return r;
        }

        public Calendar Calendar
        {
            get { return _calendar; }
            set
            {
                CheckWritable();
                if (value == null) throw new ArgumentNullException("value");
                if (!(value is GregorianCalendar) && (_calendarNames == null || Array.IndexOf(_calendarNames, value.GetType().Name) < 0))
                    throw new ArgumentOutOfRangeException("value", "Not a valid calendar for the given culture.");
                _calendar = value;
            }
        }

        public string AMDesignator { get { return _amDesignator; } set { _amDesignator = SetString(value); } }
        public string PMDesignator { get { return _pmDesignator; } set { _pmDesignator = SetString(value); } }
        public string DateSeparator { get { return _dateSeparator; } set { _dateSeparator = SetString(value); } }
        public string TimeSeparator { get { return _timeSeparator; } set { _timeSeparator = SetString(value); } }
        public string ShortDatePattern { get { return _shortDates[0]; } set { _shortDates = SetFirst(_shortDates, value); } }
        public string LongDatePattern { get { return _longDates[0]; } set { _longDates = SetFirst(_longDates, value); } }
        public string ShortTimePattern { get { return _shortTimes[0]; } set { _shortTimes = SetFirst(_shortTimes, value); } }
        public string LongTimePattern { get { return _longTimes[0]; } set { _longTimes = SetFirst(_longTimes, value); } }
        public string YearMonthPattern { get { return _yearMonths[0]; } set { _yearMonths = SetFirst(_yearMonths, value); } }
        public string MonthDayPattern { get { return _monthDay; } set { _monthDay = SetString(value); } }
        public string FullDateTimePattern
        {
            get { return _fullDateTime ?? LongDatePattern + " " + LongTimePattern; }
            set { _fullDateTime = SetString(value); }
        }
        public string RFC1123Pattern { get { return "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'"; } }
        public string SortableDateTimePattern { get { return "yyyy'-'MM'-'dd'T'HH':'mm':'ss"; } }
        public string UniversalSortableDateTimePattern { get { return "yyyy'-'MM'-'dd HH':'mm':'ss'Z'"; } }
        public string NativeCalendarName { get { return _nativeCalendarName ?? "Gregorian Calendar"; } }

        public CalendarWeekRule CalendarWeekRule
        {
            get { return _weekRule; }
            set
            {
                CheckWritable();
                if (value < CalendarWeekRule.FirstDay || value > CalendarWeekRule.FirstFourDayWeek)
                    throw new ArgumentOutOfRangeException("value", "Valid values are between 0 and 2, inclusive.");
                _weekRule = value;
            }
        }

        public DayOfWeek FirstDayOfWeek
        {
            get { return _firstDayOfWeek; }
            set
            {
                CheckWritable();
                if (value < DayOfWeek.Sunday || value > DayOfWeek.Saturday)
                    throw new ArgumentOutOfRangeException("value", "Valid values are between 0 and 6, inclusive.");
                _firstDayOfWeek = value;
            }
        }

        public string[] DayNames { get { return (string[])_dayNames.Clone(); } set { _dayNames = SetNames(value, 7); } }
        public string[] AbbreviatedDayNames { get { return (string[])_abbrDayNames.Clone(); } set { _abbrDayNames = SetNames(value, 7); } }
        public string[] ShortestDayNames { get { return (string[])_shortestDayNames.Clone(); } set { _shortestDayNames = SetNames(value, 7); } }
        public string[] MonthNames { get { return (string[])_monthNames.Clone(); } set { _monthNames = SetNames(value, 13); } }
        public string[] AbbreviatedMonthNames { get { return (string[])_abbrMonthNames.Clone(); } set { _abbrMonthNames = SetNames(value, 13); } }
        public string[] MonthGenitiveNames
        {
            get { return (string[])(_monthGenitiveNames ?? _monthNames).Clone(); }
            set { _monthGenitiveNames = SetNames(value, 13); }
        }
        public string[] AbbreviatedMonthGenitiveNames
        {
            get { return (string[])(_abbrMonthGenitiveNames ?? _abbrMonthNames).Clone(); }
            set { _abbrMonthGenitiveNames = SetNames(value, 13); }
        }

        private static void CheckDay(DayOfWeek dayofweek)
        {
            if (dayofweek < DayOfWeek.Sunday || dayofweek > DayOfWeek.Saturday)
                throw new ArgumentOutOfRangeException("dayofweek", dayofweek, "Valid values are between 0 and 6, inclusive.");
        }

        private static void CheckMonth(int month)
        {
            if (month < 1 || month > 13) throw new ArgumentOutOfRangeException("month", month, "Valid values are between 1 and 13, inclusive.");
        }

        public string GetDayName(DayOfWeek dayofweek) { CheckDay(dayofweek); return _dayNames[(int)dayofweek]; }
        public string GetAbbreviatedDayName(DayOfWeek dayofweek) { CheckDay(dayofweek); return _abbrDayNames[(int)dayofweek]; }
        public string GetShortestDayName(DayOfWeek dayOfWeek) { CheckDay(dayOfWeek); return _shortestDayNames[(int)dayOfWeek]; }
        public string GetMonthName(int month) { CheckMonth(month); return _monthNames[month - 1]; }
        public string GetAbbreviatedMonthName(int month) { CheckMonth(month); return _abbrMonthNames[month - 1]; }

        public int GetEra(string eraName)
        {
            if (eraName == null) throw new ArgumentNullException("eraName");
            if (string.Equals(eraName, "A.D.", StringComparison.OrdinalIgnoreCase) || string.Equals(eraName, "AD", StringComparison.OrdinalIgnoreCase)) return 1;
            if (_eraName != null && (string.Equals(eraName, _eraName, StringComparison.OrdinalIgnoreCase) || string.Equals(eraName, _abbrEraName, StringComparison.OrdinalIgnoreCase))) return 1;
            return -1;
        }

        public string GetEraName(int era)
        {
            if (era == 0 || era == 1) return _eraName ?? "A.D.";
            throw new ArgumentOutOfRangeException("era", "Era value was not valid.");
        }

        public string GetAbbreviatedEraName(int era)
        {
            if (era == 0 || era == 1) return _abbrEraName ?? "AD";
            throw new ArgumentOutOfRangeException("era", "Era value was not valid.");
        }

        private static readonly char[] s_formats = { 'd', 'D', 'f', 'F', 'g', 'G', 'm', 'M', 'o', 'O', 'r', 'R', 's', 't', 'T', 'u', 'U', 'y', 'Y' };

        public string[] GetAllDateTimePatterns()
        {
            Collections.Generic.List<string> all = new Collections.Generic.List<string>();
            foreach (char c in s_formats) all.AddRange(GetAllDateTimePatterns(c));
            return all.ToArray();
        }

        private static string[] Combine(string[] a, string[] b)
        {
            string[] r = new string[a.Length * b.Length];
            int k = 0;
            foreach (string x in a) foreach (string y in b) r[k++] = x + " " + y;
            return r;
        }

        public string[] GetAllDateTimePatterns(char format)
        {
            switch (format)
            {
                case 'd': return (string[])_shortDates.Clone();
                case 'D': return (string[])_longDates.Clone();
                case 'f': return Combine(_longDates, _shortTimes);
                case 'F': case 'U': return Combine(_longDates, _longTimes);
                case 'g': return Combine(_shortDates, _shortTimes);
                case 'G': return Combine(_shortDates, _longTimes);
                case 'm': case 'M': return new string[] { _monthDay };
                case 'o': case 'O': return new string[] { "yyyy'-'MM'-'dd'T'HH':'mm':'ss.fffffffK" };
                case 'r': case 'R': return new string[] { RFC1123Pattern };
                case 's': return new string[] { SortableDateTimePattern };
                case 't': return (string[])_shortTimes.Clone();
                case 'T': return (string[])_longTimes.Clone();
                case 'u': return new string[] { UniversalSortableDateTimePattern };
                case 'y': case 'Y': return (string[])_yearMonths.Clone();
            }
            throw new ArgumentException("Format specifier '" + format + "' was invalid.", "format");
        }

        public void SetAllDateTimePatterns(string[] patterns, char format)
        {
            CheckWritable();
            if (patterns == null) throw new ArgumentNullException("patterns");
            if (patterns.Length == 0) throw new ArgumentException("Array must contain at least one element.", "patterns");
            for (int i = 0; i < patterns.Length; i++)
                if (patterns[i] == null) throw new ArgumentNullException("patterns[" + i + "]", "Found a null value within an array.");
            string[] copy = (string[])patterns.Clone();
            switch (format)
            {
                case 'd': _shortDates = copy; break;
                case 'D': _longDates = copy; break;
                case 't': _shortTimes = copy; break;
                case 'T': _longTimes = copy; break;
                case 'y': case 'Y': _yearMonths = copy; break;
                default: throw new ArgumentException("Format specifier '" + format + "' was invalid.", "format");
            }
        }
    }
}
