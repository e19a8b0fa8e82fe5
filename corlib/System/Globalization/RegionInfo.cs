// RegionInfo: the regions of the cultures the corlib carries data for
// (CultureData), the invariant one ("IV", "Invariant Country"); any other
// two-letter region name is accepted with the invariant region's data (see
// docs/corlib.md).
namespace System.Globalization
{
    public class RegionInfo
    {
        private readonly string _name;
        private readonly CultureData _data;

        public RegionInfo(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            if (name.Length == 0) throw new ArgumentException("There is no region associated with the Invariant Culture (Culture ID: 0x7F).", "name");
            string region = name;
            int dash = name.LastIndexOf('-');
            if (dash >= 0)
            {
                CultureInfo ci = CultureInfo.GetCultureInfo(name);
                if (ci.Data != null)
                {
                    if (ci.Data.IsNeutral) throw new ArgumentException("The region name " + name + " should not correspond to neutral culture; a specific culture name is required.", "name");
                    _data = ci.Data;
                    _name = _data[CultureData.RegionName];
                    return;
                }
                region = name.Substring(dash + 1);
            }
            else if (name.Length == 2)
            {
                _data = CultureData.ForRegion(name);
                if (_data != null) { _name = _data[CultureData.RegionName]; return; }
            }
            bool ok = region.Length == 2 && char.IsLetter(region[0]) && char.IsLetter(region[1]) && region[0] < 128 && region[1] < 128;
            if (!ok) throw new ArgumentException("Culture name '" + name + "' is not supported.", "name");
            _name = region.ToUpperInvariant();
        }

        public RegionInfo(int culture)
        {
            if (culture == 127) throw new ArgumentException("There is no region associated with the Invariant Culture (Culture ID: 0x7F).", "culture");
            CultureData d = CultureData.ForLcid(culture);
            if (d != null && !d.IsNeutral) { _data = d; _name = d[CultureData.RegionName]; return; }
            throw new ArgumentException("Culture ID " + culture + " (0x" + culture.ToString("X4") + ") is a neutral culture; a region cannot be created from it.", "culture");
        }

        private RegionInfo(bool invariant) { _name = "IV"; }

        private static RegionInfo s_current;
        // The current culture's region when it has one (as .NET, computed once), else the invariant region.
        public static RegionInfo CurrentRegion
        {
            get
            {
                if (s_current == null)
                {
                    CultureData d = CultureInfo.CurrentCulture.Data;
                    s_current = d != null && !d.IsNeutral ? new RegionInfo(d) : new RegionInfo(true);
                }
                return s_current;
            }
        }

        internal static void ClearCurrent() { s_current = null; }

        private RegionInfo(CultureData d) { _data = d; _name = d[CultureData.RegionName]; }

        private bool IsInvariant { get { return _name == "IV"; } }

        public virtual string Name { get { return _name; } }
        private string Get(int field, string fallback) { return _data != null ? _data[field] : fallback; }
        // In the UI culture's language, as .NET: the native name under the
        // invariant UI culture or one of the region's language, else the English one.
        public virtual string DisplayName
        {
            get
            {
                if (_data == null) return IsInvariant ? "Invariant Country" : _name;
                return CultureInfo.CurrentUICulture.Name.Length == 0 || CultureInfo.InUILanguage(_data) ? _data[CultureData.RegionNativeName] : _data[CultureData.RegionEnglishName];
            }
        }
        public virtual string EnglishName { get { return Get(CultureData.RegionEnglishName, DisplayName); } }
        public virtual string NativeName { get { return Get(CultureData.RegionNativeName, DisplayName); } }
        public virtual string TwoLetterISORegionName { get { return _name; } }
        public virtual string ThreeLetterISORegionName { get { return Get(CultureData.RegionThreeLetterISOName, IsInvariant ? "ivc" : _name); } }
        public virtual string ThreeLetterWindowsRegionName { get { return Get(CultureData.RegionThreeLetterWindowsName, ThreeLetterISORegionName); } }
        public virtual bool IsMetric { get { return _data != null ? _data.Flag(CultureData.RegionIsMetric) : true; } }
        public virtual int GeoId { get { return _data != null ? _data.Int(CultureData.RegionGeoId) : IsInvariant ? 244 : 0; } }
        public virtual string CurrencySymbol { get { return Get(CultureData.RegionCurrencySymbol, "\u00A4"); } }
        public virtual string ISOCurrencySymbol { get { return Get(CultureData.RegionISOCurrencySymbol, "XDR"); } }
        public virtual string CurrencyEnglishName { get { return Get(CultureData.RegionCurrencyEnglishName, "International Monetary Fund"); } }
        public virtual string CurrencyNativeName { get { return Get(CultureData.RegionCurrencyNativeName, "International Monetary Fund"); } }

        public override bool Equals(object value) { RegionInfo r = value as RegionInfo; return r != null && r._name == _name; }
        public override int GetHashCode() { return _name.GetHashCode(); }
        public override string ToString() { return _name; }
    }

    public class DaylightTime
    {
        private readonly DateTime _start, _end;
        private readonly TimeSpan _delta;
        public DaylightTime(DateTime start, DateTime end, TimeSpan delta) { _start = start; _end = end; _delta = delta; }
        public DateTime Start { get { return _start; } }
        public DateTime End { get { return _end; } }
        public TimeSpan Delta { get { return _delta; } }
    }

    [Flags]
    public enum TimeSpanStyles { None = 0, AssumeNegative = 1 }
}
