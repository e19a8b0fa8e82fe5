// The smallest page: Console output goes to an element the page chose.
using System;

static class Hello
{
    static void Main()
    {
        Console.WriteLine("Hello from C#! 6 * 7 = " + (6 * 7));
    }
}
