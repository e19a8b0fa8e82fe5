// Reads the "configProperties" of a runtimeconfig.json into AppContext's data,
// each value as a string ("true", "42", "text"), as .NET's host passes them.
// A small JSON reader of its own: the corlib cannot lean on System.Text.Json.
using System.Collections.Generic;
using System.Text;

namespace System
{
    internal static class RuntimeConfigReader
    {
        internal static void AddProperties(string json, Dictionary<string, object> into)
        {
            int pos = 0;
            object root = ReadValue(json, ref pos);
            var options = (root as Dictionary<string, object>)?.GetValueOrDefault("runtimeOptions") as Dictionary<string, object>;
            var props = options?.GetValueOrDefault("configProperties") as Dictionary<string, object>;
            if (props == null) return;
            foreach (var kv in props)
                if (!(kv.Value is Dictionary<string, object>) && !(kv.Value is List<object>) && kv.Value != null)
                    into[kv.Key] = kv.Value;
        }

        private static void SkipSpace(string s, ref int pos)
        {
            while (pos < s.Length && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r')) pos++;
        }

        private static Exception Bad(int pos) { return new FormatException("runtimeconfig.json: unexpected text at offset " + pos + "."); }

        // Objects become Dictionary<string, object>, arrays List<object>, every scalar its text.
        private static object ReadValue(string s, ref int pos)
        {
            SkipSpace(s, ref pos);
            if (pos >= s.Length) throw Bad(pos);
            char c = s[pos];
            if (c == '{')
            {
                var o = new Dictionary<string, object>();
                pos++;
                SkipSpace(s, ref pos);
                if (pos < s.Length && s[pos] == '}') { pos++; return o; }
                while (true)
                {
                    SkipSpace(s, ref pos);
                    string key = ReadString(s, ref pos);
                    SkipSpace(s, ref pos);
                    if (pos >= s.Length || s[pos] != ':') throw Bad(pos);
                    pos++;
                    o[key] = ReadValue(s, ref pos);
                    SkipSpace(s, ref pos);
                    if (pos < s.Length && s[pos] == ',') { pos++; continue; }
                    if (pos < s.Length && s[pos] == '}') { pos++; return o; }
                    throw Bad(pos);
                }
            }
            if (c == '[')
            {
                var a = new List<object>();
                pos++;
                SkipSpace(s, ref pos);
                if (pos < s.Length && s[pos] == ']') { pos++; return a; }
                while (true)
                {
                    a.Add(ReadValue(s, ref pos));
                    SkipSpace(s, ref pos);
                    if (pos < s.Length && s[pos] == ',') { pos++; continue; }
                    if (pos < s.Length && s[pos] == ']') { pos++; return a; }
                    throw Bad(pos);
                }
            }
            if (c == '"') return ReadString(s, ref pos);
            int start = pos;
            while (pos < s.Length && s[pos] != ',' && s[pos] != '}' && s[pos] != ']' && !char.IsWhiteSpace(s[pos])) pos++;
            if (pos == start) throw Bad(pos);
            string word = s.Substring(start, pos - start);
            return word == "null" ? null : word;
        }

        private static string ReadString(string s, ref int pos)
        {
            if (pos >= s.Length || s[pos] != '"') throw Bad(pos);
            pos++;
            var sb = new StringBuilder();
            while (pos < s.Length && s[pos] != '"')
            {
                char c = s[pos++];
                if (c != '\\') { sb.Append(c); continue; }
                if (pos >= s.Length) throw Bad(pos);
                char e = s[pos++];
                switch (e)
                {
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'u':
                        if (pos + 4 > s.Length) throw Bad(pos);
                        sb.Append((char)Convert.ToInt32(s.Substring(pos, 4), 16));
                        pos += 4;
                        break;
                    default: sb.Append(e); break;
                }
            }
            if (pos >= s.Length) throw Bad(pos);
            pos++;
            return sb.ToString();
        }
    }
}
