// Task.WhenEach (.NET 9): the given tasks, yielded in the order they complete.
// Each completion goes into a queue; the iterator waits for the next one.
// As on .NET, a null task throws ArgumentException at the call, and the
// iterator takes the token of WithCancellation / GetAsyncEnumerator.
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System.Threading.Tasks
{
    public partial class Task
    {
        public static IAsyncEnumerable<Task> WhenEach(params Task[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            return WhenEachCore(Snapshot<Task>(tasks));
        }
        public static IAsyncEnumerable<Task> WhenEach(ReadOnlySpan<Task> tasks) { return WhenEachCore(Snapshot<Task>(tasks.ToArray())); }
        public static IAsyncEnumerable<Task> WhenEach(IEnumerable<Task> tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            return WhenEachCore(Snapshot<Task>(tasks));
        }
        public static IAsyncEnumerable<Task<TResult>> WhenEach<TResult>(params Task<TResult>[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            return WhenEachCore(Snapshot<Task<TResult>>(tasks));
        }
        public static IAsyncEnumerable<Task<TResult>> WhenEach<TResult>(ReadOnlySpan<Task<TResult>> tasks) { return WhenEachCore(Snapshot<Task<TResult>>(tasks.ToArray())); }
        public static IAsyncEnumerable<Task<TResult>> WhenEach<TResult>(IEnumerable<Task<TResult>> tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            return WhenEachCore(Snapshot<Task<TResult>>(tasks));
        }

        private static List<T> Snapshot<T>(IEnumerable<T> tasks) where T : Task
        {
            var list = new List<T>();
            foreach (T t in tasks)
            {
                if (t == null) throw new ArgumentException("The tasks argument included a null value.", "tasks");
                list.Add(t);
            }
            return list;
        }

        private static async IAsyncEnumerable<T> WhenEachCore<T>(List<T> tasks, [EnumeratorCancellation] CancellationToken cancellationToken = default(CancellationToken)) where T : Task
        {
            if (tasks.Count == 0) yield break;
            var done = new Queue<T>();
            TaskCompletionSource signal = null;
            foreach (T t in tasks)
            {
                T task = t;
                _ = task.ContinueWith(_ =>
                {
                    TaskCompletionSource s;
                    lock (done) { done.Enqueue(task); s = signal; signal = null; }
                    if (s != null) s.TrySetResult();
                }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
            for (int yielded = 0; yielded < tasks.Count; yielded++)
            {
                T next = null;
                while (true)
                {
                    Task wait;
                    lock (done)
                    {
                        if (done.Count > 0) { next = done.Dequeue(); break; }
                        signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                        wait = signal.Task;
                    }
                    await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                yield return next;
            }
        }
    }
}
