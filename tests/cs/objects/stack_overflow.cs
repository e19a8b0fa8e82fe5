// Unbounded recursion: .NET cannot catch StackOverflowException and ends the process; Cilantro must
// end with a clean error (non-zero exit, a message naming the stack overflow), never a crash.
// Mono's behaviour here is a segfault-style abort, .NET prints "Stack overflow." and aborts; the expected output is .NET's.
using System;

static class Program
{
    static int Down(int n) { return Down(n + 1) + 1; }
    static void Main() { Console.WriteLine("start"); Console.WriteLine(Down(0)); }
}
