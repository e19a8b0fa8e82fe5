// Basic reflection: typeof, GetType, Name/Namespace/FullName/BaseType/IsEnum/IsValueType/IsInterface/
// IsArray/IsGenericType/IsClass, GetGenericArguments, GetElementType, type equality, default ToString.
using System;
using System.Collections.Generic;

namespace Refl.Inner
{
    interface IThing { }
    enum Mood { Happy }
    struct Val { }
    class Thing : IThing { }
    class Derived : Thing { }
    class Gen<T, U> { }
    class Outer { public class Nested { } }

    static class Program
    {
        static void Show(Type t)
        {
            Console.WriteLine(t.Name + " | " + t.Namespace + " | " + (t.IsGenericType ? "(generic)" : t.FullName) + " | base " + (t.BaseType == null ? "none" : t.BaseType.Name)
                + " | enum " + t.IsEnum + " value " + t.IsValueType + " iface " + t.IsInterface + " array " + t.IsArray + " class " + t.IsClass
                + " generic " + t.IsGenericType + " prim " + t.IsPrimitive + " abstract " + t.IsAbstract + " sealed " + t.IsSealed);
        }

        static void Main()
        {
            Type[] types = { typeof(int), typeof(string), typeof(object), typeof(Thing), typeof(Derived), typeof(IThing), typeof(Mood),
                             typeof(Val), typeof(int[]), typeof(string[,]), typeof(List<int>), typeof(Gen<int, string>), typeof(double),
                             typeof(Outer.Nested), typeof(Exception), typeof(ValueType), typeof(Enum), typeof(Array), typeof(Program), typeof(int?) };
            foreach (Type t in types) Show(t);
            Console.WriteLine(new Derived().GetType() == typeof(Derived));
            Console.WriteLine(new Derived().GetType() == typeof(Thing));
            Console.WriteLine(typeof(Derived).BaseType == typeof(Thing));
            Console.WriteLine(5.GetType() == typeof(int));
            Console.WriteLine("s".GetType().FullName + " " + new int[3].GetType().Name + " " + new int[3].GetType().GetElementType().Name);
            Type g = typeof(Gen<int, string>);
            foreach (Type a in g.GetGenericArguments()) Console.Write(a.Name + " ");
            Console.WriteLine(g.GetGenericTypeDefinition() == typeof(Gen<,>));
            Console.WriteLine(typeof(List<int>).GetGenericArguments()[0] == typeof(int));
            Console.WriteLine(new Thing().ToString() + " " + new Derived() + " " + new Outer.Nested() + " " + new Val());
            Console.WriteLine(typeof(Thing).ToString() + " " + typeof(int));
            Console.WriteLine(typeof(IThing).IsAssignableFrom(typeof(Derived)) + " " + typeof(Derived).IsAssignableFrom(typeof(Thing)) + " " + typeof(Thing).IsInstanceOfType(new Derived()));
            Console.WriteLine(typeof(Derived).IsSubclassOf(typeof(Thing)) + " " + typeof(Thing).IsSubclassOf(typeof(Thing)));
            object o = Mood.Happy; Console.WriteLine(o.GetType().Name + " " + o.GetType().IsEnum);
            Console.WriteLine(typeof(Outer.Nested).DeclaringType.Name + " " + typeof(Outer.Nested).IsNested);
        }
    }
}
