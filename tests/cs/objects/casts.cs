// Type tests: isinst/castclass for classes, interfaces, arrays (covariance, ArrayTypeMismatchException),
// generic types, nullable; `as`, `is`, invalid casts.
using System;
using System.Collections.Generic;

class Animal { }
class Dog : Animal { }
class Cat : Animal { }
interface IRun { }
class Greyhound : Dog, IRun { }

static class Program
{
    static string Kind(object o)
    {
        if (o == null) return "null";
        string s = "";
        if (o is Animal) s += "Animal ";
        if (o is Dog) s += "Dog ";
        if (o is Cat) s += "Cat ";
        if (o is IRun) s += "IRun ";
        if (o is Animal[]) s += "Animal[] ";
        if (o is Dog[]) s += "Dog[] ";
        if (o is object[]) s += "object[] ";
        if (o is int[]) s += "int[] ";
        if (o is uint[]) s += "uint[] ";
        if (o is IEnumerable<Animal>) s += "IEnumerable<Animal> ";
        if (o is IList<Dog>) s += "IList<Dog> ";
        if (o is Array) s += "Array ";
        if (o is ValueType) s += "ValueType ";
        if (o is int) s += "int ";
        if (o is int?) s += "int? ";
        if (o is string) s += "string ";
        if (o is IComparable) s += "IComparable ";
        if (o is List<Animal>) s += "List<Animal> ";
        if (o is List<Dog>) s += "List<Dog> ";
        return s.Trim();
    }

    static void Main()
    {
        object[] things = { new Animal(), new Dog(), new Cat(), new Greyhound(), new Dog[1], new Animal[1], new Greyhound[0],
                            new int[1], new object[1], 5, "str", new List<Dog>(), new List<Animal>(), null, new string[1] };
        foreach (object o in things) Console.WriteLine(Kind(o));
        Animal[] animals = new Dog[2];
        animals[0] = new Dog();
        animals[1] = new Greyhound();
        animals[0] = null;
        try { animals[1] = new Cat(); Console.WriteLine("stored cat"); }
        catch (ArrayTypeMismatchException e) { Console.WriteLine(e.GetType().Name); }
        try { animals[1] = new Animal(); } catch (ArrayTypeMismatchException) { Console.WriteLine("ArrayTypeMismatchException 2"); }
        object[] objs = new string[2];
        try { objs[0] = "fine"; objs[1] = 5; } catch (ArrayTypeMismatchException) { Console.WriteLine("ArrayTypeMismatchException 3 " + objs[0]); }
        IRun[] runners = new Greyhound[1];
        try { runners[0] = new Greyhound(); Console.WriteLine("stored greyhound via interface array"); } catch (ArrayTypeMismatchException) { Console.WriteLine("unexpected"); }
        object obj = new Dog();
        Dog d = (Dog)obj; Console.WriteLine(d != null);
        try { Cat c = (Cat)obj; Console.WriteLine(c); } catch (InvalidCastException) { Console.WriteLine("InvalidCastException Dog->Cat"); }
        try { IRun r = (IRun)obj; Console.WriteLine(r); } catch (InvalidCastException) { Console.WriteLine("InvalidCastException Dog->IRun"); }
        try { string s = (string)obj; Console.WriteLine(s); } catch (InvalidCastException) { Console.WriteLine("InvalidCastException Dog->string"); }
        try { Dog[] ds = (Dog[])(object)new Animal[1]; Console.WriteLine(ds); } catch (InvalidCastException) { Console.WriteLine("InvalidCastException Animal[]->Dog[]"); }
        Animal[] up = (Animal[])(object)new Greyhound[3]; Console.WriteLine(up.Length);
        Console.WriteLine((obj as Cat) == null);
        Console.WriteLine((obj as Animal) != null);
        Console.WriteLine(((object)null as Dog) == null);
        object nul = null; Dog nd = (Dog)nul; Console.WriteLine(nd == null);
        int[] ia = new int[] { 1, -1 }; object oia = ia;
        uint[] ua = oia as uint[]; Console.WriteLine(ua != null ? "int[] as uint[] works: " + ua[1] : "int[] as uint[] null");
        try { object boxedInt = 5; long l = (long)boxedInt; Console.WriteLine(l); } catch (InvalidCastException) { Console.WriteLine("InvalidCastException unbox int->long"); }
        object bn = (int?)7; Console.WriteLine(bn is int);
        Console.WriteLine(bn is int?);
        IEnumerable<object> eo = new List<string> { "a" }; Console.WriteLine(eo is IEnumerable<string>);
    }
}
