// Expected output is hand-written: on Mono/.NET this program hangs forever.
// Cilantro detects that every thread waits for another (main blocks on a task
// nobody will complete; the idle pool and timer threads are background) and
// reports the deadlock as an error instead of hanging.
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static void Main()
    {
        Task.Run(() => Console.WriteLine("pool work ran")).Wait();
        Task.Delay(5).Wait();
        TaskCompletionSource<int> never = new TaskCompletionSource<int>();
        Console.WriteLine("waiting for a task nobody completes");
        Console.WriteLine(never.Task.Result);
    }
}
