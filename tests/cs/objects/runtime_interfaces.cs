// Interfaces of objects the runtime makes itself (type objects, strings, boxes,
// arrays, the current thread, its exceptions) and of ordinary ones: the same
// trimmed (tests/trimmed.list), where ILLink must not drop the interface
// implementations of types it never sees constructed.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using System.Threading;

class P
{
    static void Show(string what, bool value) { Console.WriteLine(what + ": " + value); }
    static void Main()
    {
        object s = "abc";
        Show("string is IComparable", s is IComparable);
        Show("string is IEnumerable<char>", s is IEnumerable<char>);
        Show("string is IEquatable<string>", s is IEquatable<string>);
        object boxed = 5;
        Show("int is IFormattable", boxed is IFormattable);
        Show("int is IComparable<int>", boxed is IComparable<int>);
        object arr = new[] { 1, 2, 3 };
        Show("int[] is IList<int>", arr is IList<int>);
        Show("int[] is IReadOnlyCollection<int>", arr is IReadOnlyCollection<int>);
        object type = typeof(P);
        Show("Type is IReflectableType", type is IReflectableType);
        Show("GetTypeInfo name", typeof(P).GetTypeInfo().Name == "P");
        object method = typeof(P).GetMethod("Main", BindingFlags.NonPublic | BindingFlags.Static);
        Show("MethodInfo is ICustomAttributeProvider", method is ICustomAttributeProvider);
        object thread = Thread.CurrentThread;
        Show("Thread is not null", thread != null);
        try { object o = null; o.ToString(); }
        catch (Exception e) { Show("runtime's NullReferenceException is an Exception", e is NullReferenceException); }
        object list = new List<int> { 1 };
        Show("List<int> is IEnumerable", list is IEnumerable);
        Action a = Main;
        object del = a;
        Show("Action is ICloneable", del is ICloneable);
    }
}
