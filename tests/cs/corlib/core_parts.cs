// The core's own parts (docs/corlib.md, "The core's own parts"): types the
// build cut from the core (calendars, List<T>) load when first used, by
// reference or by name, and still read as the core's: the same Assembly,
// System.Private.CoreLib in assembly-qualified names, listed by the core's
// GetTypes. (Other cultures' data, also a part: tests/modern/cultures.)
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

class CorePartsTest
{
    static void Main()
    {
        var core = typeof(object).Assembly;
        Console.WriteLine(typeof(List<int>).Assembly == core);
        Console.WriteLine(typeof(JulianCalendar).Assembly == core);
        Console.WriteLine(typeof(JulianCalendar).AssemblyQualifiedName);
        Console.WriteLine(typeof(Dictionary<string, Version>).AssemblyQualifiedName);
        // by name only: nothing in this program references these types
        var korean = Type.GetType("System.Globalization.KoreanCalendar");
        Console.WriteLine(korean.FullName + " " + (korean.Assembly == core));
        Console.WriteLine(core.GetType("System.Globalization.TaiwanCalendar").Name);
        Console.WriteLine(Activator.CreateInstance(Type.GetType("System.Globalization.ThaiBuddhistCalendar")).GetType().Name);
        var types = core.GetTypes();
        Console.WriteLine(types.Any(t => t.FullName == "System.Globalization.UmAlQuraCalendar"));
        Console.WriteLine(types.Any(t => t.FullName == "System.Collections.Generic.List`1"));
        Console.WriteLine(types.Any(t => t.FullName == "System.Object"));
        Console.WriteLine(new JulianCalendar().GetYear(new DateTime(2024, 1, 10)));
        // the core's parts are not listed apart: on .NET these types are all System.Private.CoreLib's
        Console.WriteLine(AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name.StartsWith("mscorlib.CoreLib.")));
        Console.WriteLine(AppDomain.CurrentDomain.GetAssemblies().Count(a => a == core));
    }
}
