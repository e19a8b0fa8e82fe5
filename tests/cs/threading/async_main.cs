// What the compiler emits for `static async Task<int> Main()` (mcs cannot
// compile async Main itself): a synchronous entry point that blocks on
// GetAwaiter().GetResult() while the continuations run on other threads.
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> MainAsync(string[] args)
    {
        Console.WriteLine("start");
        await Task.Delay(10);
        Console.WriteLine("after delay");
        int v = await Task.Run(() => 40);
        await Task.Yield();
        Console.WriteLine("computed " + (v + 2));
        return 3;
    }

    static int Main(string[] args)
    {
        return MainAsync(args).GetAwaiter().GetResult();
    }
}
