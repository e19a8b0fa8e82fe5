// CultureData: the locale data of the cultures the corlib carries
// (CultureData.Generated.cs, written by tools/gen-cultures.sh from .NET with
// ICU). A culture's record is read once, its empty fields filled from its
// parent's. Only the named-culture paths of CultureInfo and RegionInfo reach
// this class, so a trimmed app that never names a culture does not carry the
// data (docs/corlib.md, "Cultures").
namespace System.Globalization
{
    internal sealed partial class CultureData
    {
        private static Collections.Generic.Dictionary<string, object> s_records;   // name -> record string, then CultureData
        private static string[] s_names;                                            // every culture, in the generated order
        private static bool s_all;                                                  // CultureRecords.More() read too

        private readonly string[] _f;

        private CultureData(string[] f) { _f = f; }

        // The records of en and en-US (Records()) first; every culture's (CultureRecords.More(),
        // a type the build keeps out of the core) only when a program names another one.
        private static Collections.Generic.Dictionary<string, object> Load(bool all)
        {
            Collections.Generic.Dictionary<string, object> r = s_records;
            if (r != null && (s_all || !all)) return r;
            if (r == null)
            {
                r = new Collections.Generic.Dictionary<string, object>();
                s_names = Add(r, Records(), new string[0]);
                s_records = r;
            }
            if (all)
            {
                s_names = Add(r, CultureRecords.More(), s_names);
                s_all = true;
            }
            return r;
        }

        private static string[] Add(Collections.Generic.Dictionary<string, object> r, string records, string[] before)
        {
            string[] lines = records.Split('\n');
            string[] names = new string[before.Length + lines.Length];
            Array.Copy(before, names, before.Length);
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                int bar = line.IndexOf('|');
                string name = bar < 0 ? line : line.Substring(0, bar);
                names[before.Length + i] = name;
                r[name] = line;
            }
            return names;
        }

        // The data of a culture name as CultureInfo normalizes it, or null.
        internal static CultureData Get(string name)
        {
            Collections.Generic.Dictionary<string, object> records = Load(false);
            object o;
            if (!records.TryGetValue(name, out o) && (s_all || !Load(true).TryGetValue(name, out o))) return null;
            CultureData d = o as CultureData;
            if (d != null) return d;
            string[] raw = ((string)o).Split('|');
            string[] f = new string[FieldCount];
            CultureData parent = null;
            for (int i = 0; i < FieldCount; i++)
            {
                string v = i < raw.Length ? raw[i] : "";
                if (v.Length == 0)
                {
                    if (parent == null) parent = Get(raw[Parent]);
                    v = parent._f[i];
                }
                else if (v == "\u0001") v = "";
                f[i] = v;
            }
            d = new CultureData(f);
            records[name] = d;
            return d;
        }

        internal static string[] Names { get { Load(true); return s_names; } }

        // The culture whose region .NET's RegionInfo("XX") describes, or null.
        internal static CultureData ForRegion(string region)
        {
            CultureData any = null;
            foreach (string n in Names)
            {
                CultureData d = Get(n);
                if (!string.Equals(d._f[RegionName], region, StringComparison.OrdinalIgnoreCase)) continue;
                if (d._f[RegionDefault] == "1") return d;
                if (any == null) any = d;
            }
            return any;
        }

        internal static CultureData ForLcid(int lcid)
        {
            string s = lcid.ToString(CultureInfo.InvariantCulture);
            foreach (string n in Names)
            {
                CultureData d = Get(n);
                if (d._f[LCID] == s) return d;
            }
            return null;
        }

        internal string this[int field] { get { return _f[field]; } }
        internal bool IsNeutral { get { return _f[RegionName].Length == 0; } }
        internal bool Flag(int field) { return _f[field] == "1"; }

        internal int Int(int field)
        {
            string s = _f[field];
            int v = 0;
            for (int i = 0; i < s.Length; i++) v = v * 10 + (s[i] - '0');
            return v;
        }

        internal int[] Ints4(int field)
        {
            string[] s = List(field);
            int[] r = new int[s.Length];
            for (int i = 0; i < s.Length; i++) { int v = 0; foreach (char c in s[i]) v = v * 10 + (c - '0'); r[i] = v; }
            return r;
        }

        internal string[] List(int field) { return _f[field].Split('~'); }

        internal int[] Ints(int field)
        {
            string[] s = List(field);
            int[] r = new int[s.Length];
            for (int i = 0; i < s.Length; i++) r[i] = s[i][0] - '0';
            return r;
        }

        // A calendar by the type name the data give.
        internal static Calendar CreateCalendar(string name)
        {
            if (name == "ThaiBuddhistCalendar") return new ThaiBuddhistCalendar();
            if (name == "UmAlQuraCalendar") return new UmAlQuraCalendar();
            if (name == "HijriCalendar") return new HijriCalendar();
            if (name == "TaiwanCalendar") return new TaiwanCalendar();
            if (name == "KoreanCalendar") return new KoreanCalendar();
            if (name == "JulianCalendar") return new JulianCalendar();
            if (name == "GregorianCalendar") return new GregorianCalendar();
            return null;   // one the corlib does not implement
        }
    }
}
