// Classes: inheritance, constructors chains, virtual/override/new/abstract/sealed, base calls,
// callvirt null checks, default Object.ToString/Equals/GetHashCode behaviour.
using System;

namespace Zoo
{
    abstract class Animal
    {
        protected string name;
        public static int Created;
        protected Animal(string name) { this.name = name; Created++; Console.WriteLine("Animal ctor " + name); }
        public abstract string Sound();
        public virtual string Describe() { return name + " says " + Sound(); }
        public string Plain() { return "plain animal"; }
        public virtual int Legs { get { return 4; } }
    }

    class Dog : Animal
    {
        public Dog(string n) : base(n) { Console.WriteLine("Dog ctor"); }
        public Dog() : this("anonymous dog") { Console.WriteLine("Dog default ctor"); }
        public override string Sound() { return "woof"; }
        public new string Plain() { return "plain dog"; }
    }

    class Puppy : Dog
    {
        public Puppy() : base("puppy") { }
        public override string Sound() { return "yip (" + base.Sound() + ")"; }
        public override string Describe() { return "small " + base.Describe(); }
    }

    sealed class Bird : Animal
    {
        public Bird() : base("bird") { }
        public override string Sound() { return "tweet"; }
        public override int Legs { get { return 2; } }
        public override string ToString() { return "Bird!"; }
    }

    class Base
    {
        public virtual string M() { return "Base.M"; }
        public string Call() { return M(); }
    }
    class Hider : Base
    {
        public new virtual string M() { return "Hider.M"; }
    }
    class HiderChild : Hider
    {
        public override string M() { return "HiderChild.M"; }
    }

    class Counter
    {
        int count;
        public Counter Add(int n) { count += n; return this; }
        public int Count { get { return count; } set { count = value; } }
        public int this[int i] { get { return count * i; } }
        public string AutoProp { get; set; }
        public int ReadOnlyAuto { get; } = 17;
    }

    class Plain { public int X; }

    static class Program
    {
        static void Main()
        {
            Animal[] zoo = { new Dog("rex"), new Puppy(), new Bird(), new Dog() };
            foreach (Animal a in zoo) Console.WriteLine(a.Describe() + " legs=" + a.Legs + " " + a.Plain());
            Dog d = new Dog("fido");
            Console.WriteLine(d.Plain() + " / " + ((Animal)d).Plain());
            Console.WriteLine("created " + Animal.Created);
            Base b = new HiderChild();
            Console.WriteLine(b.M() + " " + b.Call() + " " + ((Hider)b).M());
            Counter c = new Counter();
            c.Add(1).Add(2).Add(3);
            Console.WriteLine(c.Count + " " + c[10] + " " + c.ReadOnlyAuto);
            c.Count = 100; c.AutoProp = "auto"; Console.WriteLine(c.Count + " " + c.AutoProp);
            Plain p1 = new Plain(), p2 = new Plain();
            Console.WriteLine(p1.ToString() + " " + zoo[2].ToString() + " " + zoo[0]);
            Console.WriteLine(p1.Equals(p2) + " " + p1.Equals(p1) + " " + (p1 == p2) + " " + ReferenceEquals(p1, p1) + " " + (p1.GetHashCode() == p1.GetHashCode()));
            Console.WriteLine(object.Equals(null, null) + " " + object.Equals(p1, null));
            Dog nd = null;
            try { nd.Sound(); } catch (NullReferenceException) { Console.WriteLine("NRE on virtual call"); }
            try { nd.Plain(); Console.WriteLine("non-virtual call on null with no field access"); } catch (NullReferenceException) { Console.WriteLine("NRE on non-virtual call"); }
            object o = new Puppy();
            Console.WriteLine(o is Dog);
            Console.WriteLine(o is Bird);
            Console.WriteLine(((Animal)o).Describe());
        }
    }
}
