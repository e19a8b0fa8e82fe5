// Covariant return types: overrides with more derived return types.
using System;

class Animal { public virtual string Sound() => "..."; }
class Dog : Animal { public override string Sound() => "woof"; }
class Puppy : Dog { public override string Sound() => "yip"; }

abstract class Shelter
{
    public abstract Animal Adopt();
    public virtual Animal Find(string name) => new Animal();
    public virtual object Describe() => "shelter";
}

class DogShelter : Shelter
{
    public override Dog Adopt() => new Dog();
    public override Dog Find(string name) => name == "p" ? new Puppy() : new Dog();
    public override string Describe() => "dog shelter";
}

class PuppyShelter : DogShelter
{
    public override Puppy Adopt() => new Puppy();
    public override string Describe() => "puppy shelter";
}

class Node
{
    public virtual Node Clone() => new Node();
    public virtual Node? Parent => null;
    public override string ToString() => "Node";
}
class Leaf : Node
{
    public override Leaf Clone() => new Leaf();
    public override Leaf Parent => new Leaf();
    public override string ToString() => "Leaf";
}
sealed class Tip : Leaf
{
    public override Tip Clone() => new Tip();
    public override string ToString() => "Tip";
}

class Gen<T> where T : class
{
    public virtual object Get(T t) => "Gen";
}
class GenSub : Gen<string>
{
    public override string Get(string t) => "GenSub:" + t;
}

static class Program
{
    static void Main()
    {
        Shelter s = new PuppyShelter();
        Console.WriteLine(s.Adopt().Sound());
        DogShelter ds = (DogShelter)s;
        Console.WriteLine(ds.Adopt().Sound());
        Console.WriteLine(((PuppyShelter)s).Adopt().Sound());
        Console.WriteLine(s.Find("p").Sound() + " " + ds.Find("d").Sound());
        Console.WriteLine(s.Describe() + " / " + ds.Describe());
        Shelter d = new DogShelter();
        Console.WriteLine(d.Adopt().Sound() + " " + d.Describe());

        Node n = new Tip();
        Console.WriteLine(n.Clone());
        Leaf l = new Tip();
        Console.WriteLine(l.Clone());
        Console.WriteLine(((Node)new Leaf()).Clone() + " " + new Leaf().Parent + " " + ((Node)new Tip()).Parent);
        Gen<string> g = new GenSub();
        Console.WriteLine(g.Get("x"));
        Func<Node> f = n.Clone;
        Console.WriteLine(f());
        Func<Leaf> f2 = l.Clone;
        Console.WriteLine(f2());
        Console.WriteLine(typeof(Leaf).GetMethod("Clone")!.ReturnType.Name);
    }
}
