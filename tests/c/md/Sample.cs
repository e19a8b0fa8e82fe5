// Input for tests/c/test_md.c: each construct below exercises a metadata
// table or signature form that the test checks by name.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace Samples {
    [AttributeUsage(AttributeTargets.All)]
    public class TagAttribute : Attribute {
        public string Label;
        public TagAttribute(string label) { Label = label; }
    }

    public interface IShape { double Area(); }

    [Tag("outer")]
    public class Outer : IShape, IComparable<Outer> {
        public class Inner {
            public class Deep { public int Z; }
            public int Y;
        }
        public double Area() { return 1.5; }
        public int CompareTo(Outer o) { return 0; }
        public event EventHandler Changed;
        public int Count { get { return Changed == null ? 0 : 1; } }
    }

    public class Box<T> where T : IComparable<T> {
        public T Value;
        public U Convert<U>(U seed) { return seed; }
        public Dictionary<string, List<T>> Map;
    }

    [StructLayout(LayoutKind.Explicit, Size = 16)]
    public struct Overlay {
        [FieldOffset(0)] public int Lo;
        [FieldOffset(4)] public int Hi;
        [FieldOffset(0)] public long All;
    }

    public unsafe class Program {
        public const int Answer = 42;
        public static readonly int[] Data = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        public int[,] Grid = new int[3, 4];
        public int* Ptr;

        [DllImport("libc", EntryPoint = "getpid")]
        static extern int GetPid();

        static void Var(__arglist) { }

        static int Catcher(int x) {
            int r = 0;
            try {
                r = 10 / x;
            } catch (DivideByZeroException e) when (e.Message != null) {
                r = -1;
            } catch (Exception) {
                r = -2;
            } finally {
                r += 100;
            }
            return r;
        }

        // A try block longer than 255 bytes forces the fat clause format.
        static long LongTry(long a) {
            try {
                a = a * 3 + 1; a = a * 3 + 1; a = a * 3 + 1; a = a * 3 + 1; a = a * 3 + 1;
                a = a * 3 + 1; a = a * 3 + 1; a = a * 3 + 1; a = a * 3 + 1; a = a * 3 + 1;
                a = a * 3 + 1; a = a * 3 + 1; a = a * 3 + 1; a = a * 3 + 1; a = a * 3 + 1;
                a = a * 3 + 1; a = a * 3 + 1; a = a * 3 + 1; a = a * 3 + 1; a = a * 3 + 1;
                Console.WriteLine(a); Console.WriteLine(a); Console.WriteLine(a); Console.WriteLine(a);
                Console.WriteLine(a); Console.WriteLine(a); Console.WriteLine(a); Console.WriteLine(a);
                Console.WriteLine(a); Console.WriteLine(a); Console.WriteLine(a); Console.WriteLine(a);
                Console.WriteLine(a); Console.WriteLine(a); Console.WriteLine(a); Console.WriteLine(a);
                Console.WriteLine(a); Console.WriteLine(a); Console.WriteLine(a); Console.WriteLine(a);
                Console.WriteLine(a); Console.WriteLine(a); Console.WriteLine(a); Console.WriteLine(a);
                Console.WriteLine(a); Console.WriteLine(a); Console.WriteLine(a); Console.WriteLine(a);
                Console.WriteLine(a); Console.WriteLine(a); Console.WriteLine(a); Console.WriteLine(a);
                Console.WriteLine(a); Console.WriteLine(a); Console.WriteLine(a); Console.WriteLine(a);
            } finally {
                Console.WriteLine("done");
            }
            return a;
        }

        static int Tiny() { return 7; }

        public static int Main() {
            Console.WriteLine("hello");
            Var(__arglist(1, "a"));
            var b = new Box<int>();
            Console.WriteLine(b.Convert<string>("x"));
            Console.WriteLine(Catcher(0) + LongTry(2) + Tiny() + Data[3]);
            return 0;
        }
    }
}
