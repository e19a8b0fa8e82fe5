using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Cilantro.Trim;

/// <summary>
/// The runtime's corlib needs (runtime/types/corlib_binder.def, embedded in
/// this tool) as an ILLink root descriptor.
/// </summary>
static partial class BinderRoots {
    [GeneratedRegex(@"^\s*CORLIB_(TYPE_ALL|TYPE_OPT|TYPE_NEW|TYPE|FIELD|METHODS|METHOD_OPT|METHOD)\(([^)]*)\)")]
    private static partial Regex Entry();

    public static string ReadResource(string name) {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new TrimException($"the tool lacks its resource {name}");
        return new StreamReader(s).ReadToEnd();
    }

    static string Unquote(string s) => s.Trim().Trim('"');

    /// <summary>An ILLink descriptor that keeps every binder entry in corlib <paramref name="corlibName"/>.</summary>
    public static XDocument Descriptor(string corlibName) {
        var types = new Dictionary<string, (string FullName, bool All, List<XElement> Members)>();
        var madeByTheRuntime = new HashSet<string>(StringComparer.Ordinal);
        var optional = new HashSet<string>();
        foreach (string line in ReadResource("corlib_binder.def").Split('\n')) {
            var m = Entry().Match(line);
            if (!m.Success) continue;
            string[] f = m.Groups[2].Value.Split(',');
            switch (m.Groups[1].Value) {
                case "TYPE":
                case "TYPE_ALL":
                case "TYPE_NEW":
                    string ns = Unquote(f[1]), name = Unquote(f[2]);
                    types[f[0].Trim()] = ((ns == "" ? "" : ns + ".") + name, m.Groups[1].Value == "TYPE_ALL", new List<XElement>());
                    // made by the runtime (vm_object_new): a kept constructor tells ILLink the
                    // type is instantiated, so it keeps its interface implementations (without
                    // it a Type was no IReflectableType, and GetTypeInfo() threw)
                    if (m.Groups[1].Value == "TYPE_NEW") madeByTheRuntime.Add(f[0].Trim());
                    break;
                case "TYPE_OPT":   // recognized only: kept by the corlib code that uses it
                    optional.Add(f[0].Trim());
                    break;
                case "FIELD":
                    Owner(f[1]).Members.Add(new XElement("field", new XAttribute("name", Unquote(f[2]))));
                    break;
                case "METHOD":   // every overload of the name is kept
                    Owner(f[1]).Members.Add(new XElement("method", new XAttribute("name", Unquote(f[2]))));
                    break;
                default:   // METHODS, METHOD_OPT: recognized only; the corlib code that needs them keeps them
                    if (!optional.Contains(f[1].Trim())) Owner(f[1]);
                    break;
            }
        }
        (string FullName, bool All, List<XElement> Members) Owner(string id) =>
            types.TryGetValue(id.Trim(), out var t) ? t : throw new TrimException($"corlib_binder.def: unknown type id {id}");

        var assembly = new XElement("assembly", new XAttribute("fullname", corlibName));
        foreach (var (id, t) in types) {
            var e = new XElement("type", new XAttribute("fullname", t.FullName));
            if (madeByTheRuntime.Contains(id)) t.Members.Add(new XElement("method", new XAttribute("name", ".ctor")));
            if (t.All) e.Add(new XAttribute("preserve", "all"));
            else if (t.Members.Count == 0) e.Add(new XAttribute("preserve", "nothing"));
            else e.Add(t.Members);
            assembly.Add(e);
        }
        return new XDocument(new XElement("linker", assembly));
    }

    /// <summary>Every type the binder names (TYPE, TYPE_ALL and TYPE_OPT), by full name:
    /// the runtime resolves them all in the core when it starts.</summary>
    public static IEnumerable<string> TypeNames() {
        foreach (string line in ReadResource("corlib_binder.def").Split('\n')) {
            var m = Entry().Match(line);
            if (!m.Success || !m.Groups[1].Value.StartsWith("TYPE", StringComparison.Ordinal)) continue;
            string[] f = m.Groups[2].Value.Split(',');
            string ns = Unquote(f[1]), name = Unquote(f[2]);
            // a nested type ("Outer+Inner" or "Outer/Inner") stays with its top-level type
            int nested = name.IndexOfAny(new[] { '+', '/' });
            if (nested >= 0) name = name[..nested];
            yield return ns == "" ? name : ns + "." + name;
        }
    }

    /// <summary>The assembly names that bind to the corlib (runtime/types/framework_names.inc).</summary>
    public static HashSet<string> FrameworkNames() {
        var names = new HashSet<string>(StringComparer.Ordinal) { "System.Private.CoreLib", "mscorlib", "netstandard" };
        foreach (Match m in Regex.Matches(ReadResource("framework_names.inc"), "^\\s*\"([^\"]+)\",", RegexOptions.Multiline))
            names.Add(m.Groups[1].Value);
        return names;
    }
}
