// Stores into covariant arrays are checked against the array's real element
// type: stelem, ldelema (ref/out arguments) and the multi-dimensional
// Set/Address accessors raise ArrayTypeMismatchException.
using System;

class Animal { public string Name = "animal"; }
class Dog : Animal { public Dog() { Name = "dog"; } }
interface IShape { }
class Square : IShape { }

class Program
{
    static void SetOut(out object o) { o = new object(); }
    static void SetRef(ref object o) { o = "replaced"; }
    static void ReadRef(ref object o) { Console.WriteLine("  read by ref: " + o); }
    static void SetAnimal(out Animal a) { a = new Animal(); }

    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": ok"); }
        catch (ArrayTypeMismatchException e) { Console.WriteLine(what + ": " + e.GetType().Name); }
    }

    static void Main()
    {
        object[] strings = new string[3];
        Try("store object into string[] as object[]", () => strings[0] = new object());
        Try("store string into string[] as object[]", () => strings[0] = "s");
        Try("store null into string[] as object[]", () => strings[1] = null);
        Try("out argument on string[] as object[]", () => SetOut(out strings[2]));
        Try("ref argument on string[] as object[]", () => SetRef(ref strings[0]));
        Console.WriteLine("strings[0] = " + strings[0]);

        object[] objects = new object[2];
        Try("out argument on object[]", () => SetOut(out objects[0]));
        Try("ref argument on object[]", () => { objects[1] = "x"; ReadRef(ref objects[1]); SetRef(ref objects[1]); });
        Console.WriteLine("objects[1] = " + objects[1]);

        Animal[] dogs = new Dog[2];
        Try("store Animal into Dog[] as Animal[]", () => dogs[0] = new Animal());
        Try("store Dog into Dog[] as Animal[]", () => dogs[0] = new Dog());
        Try("out Animal on Dog[] as Animal[]", () => SetAnimal(out dogs[1]));
        Animal[] animals = new Animal[1];
        Try("store Dog into Animal[]", () => animals[0] = new Dog());
        Try("out Animal on Animal[]", () => SetAnimal(out animals[0]));

        IShape[] shapes = new Square[1];
        object[] shapesAsObjects = shapes;
        Try("store Square into Square[] as IShape[]", () => shapes[0] = new Square());
        Try("store string into Square[] as object[]", () => shapesAsObjects[0] = "no");

        object[][] jagged = new string[2][];
        Try("store object[] into string[][] as object[][]", () => jagged[0] = new object[1]);
        Try("store string[] into string[][] as object[][]", () => jagged[0] = new string[1]);

        object[,] grid = new string[2, 2];
        Try("store object into string[,] as object[,]", () => grid[0, 1] = new object());
        Try("store string into string[,] as object[,]", () => grid[1, 1] = "s");
        Try("out argument on string[,] as object[,]", () => SetOut(out grid[1, 0]));
        Console.WriteLine("grid[1, 1] = " + grid[1, 1]);
        Animal[,] dogGrid = new Dog[1, 1];
        Try("store Animal into Dog[,] as Animal[,]", () => dogGrid[0, 0] = new Animal());
        Try("store Dog into Dog[,] as Animal[,]", () => dogGrid[0, 0] = new Dog());
        object[,] objectGrid = new object[1, 2];
        Try("out argument on object[,]", () => SetOut(out objectGrid[0, 1]));
        Try("ref argument on object[,]", () => SetRef(ref objectGrid[0, 0]));
        Console.WriteLine("objectGrid[0, 0] = " + objectGrid[0, 0]);

        int[] ints = new int[1];
        Try("value-type array store", () => ints[0] = 5);
        Console.WriteLine("done " + ints[0] + " " + dogs[0].Name);
    }
}
