// Multi-dimensional rectangular arrays (int[,], double[,,], string[,]), GetLength/Rank/Length,
// jagged arrays, Array.CreateInstance with non-zero lower bounds, out-of-range indexes.
using System;

static class Program
{
    static void Main()
    {
        int[,] grid = new int[3, 4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) grid[i, j] = i * 10 + j;
        Console.WriteLine(grid.Rank + " " + grid.Length + " " + grid.GetLength(0) + " " + grid.GetLength(1) + " " + grid[2, 3]);
        grid[1, 1] += 100; grid[0, 0]++;
        int sum = 0; foreach (int v in grid) sum += v; Console.WriteLine("sum " + sum);
        int[,] init = { { 1, 2, 3 }, { 4, 5, 6 } };
        Console.WriteLine(init[1, 2] + " " + init.GetLength(0) + "x" + init.GetLength(1));
        double[,,] cube = new double[2, 3, 4];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) for (int k = 0; k < 4; k++) cube[i, j, k] = i + j * 0.5 + k * 0.25;
        Console.WriteLine(cube.Rank + " " + cube.Length + " " + cube[1, 2, 3] + " " + cube.GetUpperBound(2) + " " + cube.GetLowerBound(1));
        string[,] names = new string[2, 2]; names[0, 1] = "x";
        Console.WriteLine((names[0, 0] == null) + names[0, 1]);
        try { grid[3, 0] = 1; } catch (IndexOutOfRangeException) { Console.WriteLine("IndexOutOfRangeException [3,0]"); }
        try { Console.WriteLine(grid[0, -1]); } catch (IndexOutOfRangeException) { Console.WriteLine("IndexOutOfRangeException [0,-1]"); }
        int[][] jag = new int[4][];
        for (int i = 0; i < jag.Length; i++) { jag[i] = new int[i + 1]; for (int j = 0; j <= i; j++) jag[i][j] = i * j; }
        foreach (int[] row in jag) { foreach (int v in row) Console.Write(v + " "); Console.WriteLine("| " + row.Length); }
        int[][,] mixed = new int[2][,]; mixed[1] = new int[2, 2]; mixed[1][1, 1] = 9; Console.WriteLine(mixed[1][1, 1] + " " + (mixed[0] == null));
        Array a = Array.CreateInstance(typeof(int), new int[] { 3 }, new int[] { 5 });
        a.SetValue(42, 6); Console.WriteLine(a.GetLowerBound(0) + " " + a.GetUpperBound(0) + " " + a.GetValue(6) + " " + a.Rank + " " + a.Length);
        try { a.GetValue(0); } catch (IndexOutOfRangeException) { Console.WriteLine("IndexOutOfRangeException below lower bound"); }
        Array b = Array.CreateInstance(typeof(string), new int[] { 2, 2 }, new int[] { -1, 10 });
        b.SetValue("corner", -1, 10); b.SetValue("other", 0, 11);
        Console.WriteLine(b.GetValue(-1, 10) + " " + b.GetValue(0, 11) + " " + b.GetLowerBound(0) + " " + b.GetLowerBound(1));
        Array c = Array.CreateInstance(typeof(double), 2, 3);
        double[,] cd = (double[,])c; cd[1, 2] = 3.5; Console.WriteLine(c.GetValue(1, 2));
        long[,] big = new long[100, 100]; for (int i = 0; i < 100; i++) big[i, 99 - i] = i; long t = 0; foreach (long v in big) t += v; Console.WriteLine(t);
        object o = grid; Console.WriteLine((o is int[,]) + " " + (o is int[]) + " " + (o is Array) + " " + o.GetType().Name);
        int[,] cl = (int[,])grid.Clone(); cl[0, 0] = -5; Console.WriteLine(grid[0, 0] + " " + cl[0, 0]);
        bool[,] flags = new bool[2, 2]; flags[1, 0] = true; Console.WriteLine(flags[1, 0] + " " + flags[0, 1]);
        char[,] chars = { { 'a', 'b' }, { 'c', 'd' } }; Console.WriteLine("" + chars[0, 1] + chars[1, 0]);
    }
}
