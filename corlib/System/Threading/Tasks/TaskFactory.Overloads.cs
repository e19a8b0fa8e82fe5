// TaskFactory overloads that forward to the full forms: the generic
// ContinueWhenAll/Any variants, TaskFactory<TResult>'s continuations, and the
// FromAsync adapters from the Begin/End (APM) pattern to tasks.
using System.Runtime.ExceptionServices;

namespace System.Threading.Tasks
{
    public partial class TaskFactory
    {
        public Task ContinueWhenAll<TAntecedentResult>(Task<TAntecedentResult>[] tasks, Action<Task<TAntecedentResult>[]> continuationAction, CancellationToken cancellationToken) { return ContinueWhenAll(tasks, continuationAction, cancellationToken, _continuation, Sched); }
        public Task<TResult> ContinueWhenAll<TAntecedentResult, TResult>(Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>[], TResult> continuationFunction, CancellationToken cancellationToken) { return ContinueWhenAll(tasks, continuationFunction, cancellationToken, _continuation, Sched); }
        public Task ContinueWhenAll<TAntecedentResult>(Task<TAntecedentResult>[] tasks, Action<Task<TAntecedentResult>[]> continuationAction, TaskContinuationOptions continuationOptions) { return ContinueWhenAll(tasks, continuationAction, _token, continuationOptions, Sched); }
        public Task<TResult> ContinueWhenAll<TAntecedentResult, TResult>(Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>[], TResult> continuationFunction, TaskContinuationOptions continuationOptions) { return ContinueWhenAll(tasks, continuationFunction, _token, continuationOptions, Sched); }
        public Task ContinueWhenAny<TAntecedentResult>(Task<TAntecedentResult>[] tasks, Action<Task<TAntecedentResult>> continuationAction, CancellationToken cancellationToken) { return ContinueWhenAny(tasks, continuationAction, cancellationToken, _continuation, Sched); }
        public Task<TResult> ContinueWhenAny<TAntecedentResult, TResult>(Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>, TResult> continuationFunction, CancellationToken cancellationToken) { return ContinueWhenAny(tasks, continuationFunction, cancellationToken, _continuation, Sched); }
        public Task ContinueWhenAny<TAntecedentResult>(Task<TAntecedentResult>[] tasks, Action<Task<TAntecedentResult>> continuationAction, TaskContinuationOptions continuationOptions) { return ContinueWhenAny(tasks, continuationAction, _token, continuationOptions, Sched); }
        public Task<TResult> ContinueWhenAny<TAntecedentResult, TResult>(Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>, TResult> continuationFunction, TaskContinuationOptions continuationOptions) { return ContinueWhenAny(tasks, continuationFunction, _token, continuationOptions, Sched); }

        public Task FromAsync(IAsyncResult asyncResult, Action<IAsyncResult> endMethod) { return FromAsync(asyncResult, endMethod, _creation, Sched); }
        public Task FromAsync(IAsyncResult asyncResult, Action<IAsyncResult> endMethod, TaskCreationOptions creationOptions) { return FromAsync(asyncResult, endMethod, creationOptions, Sched); }
        public Task FromAsync(IAsyncResult asyncResult, Action<IAsyncResult> endMethod, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {
            if (endMethod == null) throw new ArgumentNullException("endMethod");
            return AsyncAdapter.FromResult<VoidTaskResult>(asyncResult, iar => { endMethod(iar); return default(VoidTaskResult); }, creationOptions, scheduler);
        }
        public Task<TResult> FromAsync<TResult>(IAsyncResult asyncResult, Func<IAsyncResult, TResult> endMethod) { return FromAsync(asyncResult, endMethod, _creation, Sched); }
        public Task<TResult> FromAsync<TResult>(IAsyncResult asyncResult, Func<IAsyncResult, TResult> endMethod, TaskCreationOptions creationOptions) { return FromAsync(asyncResult, endMethod, creationOptions, Sched); }
        public Task<TResult> FromAsync<TResult>(IAsyncResult asyncResult, Func<IAsyncResult, TResult> endMethod, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {
            if (endMethod == null) throw new ArgumentNullException("endMethod");
            return AsyncAdapter.FromResult(asyncResult, endMethod, creationOptions, scheduler);
        }
        public Task FromAsync(Func<AsyncCallback, object, IAsyncResult> beginMethod, Action<IAsyncResult> endMethod, object state) { return FromAsync(beginMethod, endMethod, state, _creation); }
        public Task FromAsync(Func<AsyncCallback, object, IAsyncResult> beginMethod, Action<IAsyncResult> endMethod, object state, TaskCreationOptions creationOptions)
        {
            if (beginMethod == null) throw new ArgumentNullException("beginMethod");
            if (endMethod == null) throw new ArgumentNullException("endMethod");
            return AsyncAdapter.FromBegin<VoidTaskResult>((cb, st) => beginMethod(cb, st), iar => { endMethod(iar); return default(VoidTaskResult); }, state, creationOptions);
        }
        public Task<TResult> FromAsync<TResult>(Func<AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, object state) { return FromAsync(beginMethod, endMethod, state, _creation); }
        public Task<TResult> FromAsync<TResult>(Func<AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, object state, TaskCreationOptions creationOptions)
        {
            if (beginMethod == null) throw new ArgumentNullException("beginMethod");
            if (endMethod == null) throw new ArgumentNullException("endMethod");
            return AsyncAdapter.FromBegin((cb, st) => beginMethod(cb, st), endMethod, state, creationOptions);
        }
        public Task FromAsync<TArg1>(Func<TArg1, AsyncCallback, object, IAsyncResult> beginMethod, Action<IAsyncResult> endMethod, TArg1 arg1, object state) { return FromAsync(beginMethod, endMethod, arg1, state, _creation); }
        public Task FromAsync<TArg1>(Func<TArg1, AsyncCallback, object, IAsyncResult> beginMethod, Action<IAsyncResult> endMethod, TArg1 arg1, object state, TaskCreationOptions creationOptions)
        {
            if (beginMethod == null) throw new ArgumentNullException("beginMethod");
            if (endMethod == null) throw new ArgumentNullException("endMethod");
            return AsyncAdapter.FromBegin<VoidTaskResult>((cb, st) => beginMethod(arg1, cb, st), iar => { endMethod(iar); return default(VoidTaskResult); }, state, creationOptions);
        }
        public Task<TResult> FromAsync<TArg1, TResult>(Func<TArg1, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, object state) { return FromAsync(beginMethod, endMethod, arg1, state, _creation); }
        public Task<TResult> FromAsync<TArg1, TResult>(Func<TArg1, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, object state, TaskCreationOptions creationOptions)
        {
            if (beginMethod == null) throw new ArgumentNullException("beginMethod");
            if (endMethod == null) throw new ArgumentNullException("endMethod");
            return AsyncAdapter.FromBegin((cb, st) => beginMethod(arg1, cb, st), endMethod, state, creationOptions);
        }
        public Task FromAsync<TArg1, TArg2>(Func<TArg1, TArg2, AsyncCallback, object, IAsyncResult> beginMethod, Action<IAsyncResult> endMethod, TArg1 arg1, TArg2 arg2, object state) { return FromAsync(beginMethod, endMethod, arg1, arg2, state, _creation); }
        public Task FromAsync<TArg1, TArg2>(Func<TArg1, TArg2, AsyncCallback, object, IAsyncResult> beginMethod, Action<IAsyncResult> endMethod, TArg1 arg1, TArg2 arg2, object state, TaskCreationOptions creationOptions)
        {
            if (beginMethod == null) throw new ArgumentNullException("beginMethod");
            if (endMethod == null) throw new ArgumentNullException("endMethod");
            return AsyncAdapter.FromBegin<VoidTaskResult>((cb, st) => beginMethod(arg1, arg2, cb, st), iar => { endMethod(iar); return default(VoidTaskResult); }, state, creationOptions);
        }
        public Task<TResult> FromAsync<TArg1, TArg2, TResult>(Func<TArg1, TArg2, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, object state) { return FromAsync(beginMethod, endMethod, arg1, arg2, state, _creation); }
        public Task<TResult> FromAsync<TArg1, TArg2, TResult>(Func<TArg1, TArg2, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, object state, TaskCreationOptions creationOptions)
        {
            if (beginMethod == null) throw new ArgumentNullException("beginMethod");
            if (endMethod == null) throw new ArgumentNullException("endMethod");
            return AsyncAdapter.FromBegin((cb, st) => beginMethod(arg1, arg2, cb, st), endMethod, state, creationOptions);
        }
        public Task FromAsync<TArg1, TArg2, TArg3>(Func<TArg1, TArg2, TArg3, AsyncCallback, object, IAsyncResult> beginMethod, Action<IAsyncResult> endMethod, TArg1 arg1, TArg2 arg2, TArg3 arg3, object state) { return FromAsync(beginMethod, endMethod, arg1, arg2, arg3, state, _creation); }
        public Task FromAsync<TArg1, TArg2, TArg3>(Func<TArg1, TArg2, TArg3, AsyncCallback, object, IAsyncResult> beginMethod, Action<IAsyncResult> endMethod, TArg1 arg1, TArg2 arg2, TArg3 arg3, object state, TaskCreationOptions creationOptions)
        {
            if (beginMethod == null) throw new ArgumentNullException("beginMethod");
            if (endMethod == null) throw new ArgumentNullException("endMethod");
            return AsyncAdapter.FromBegin<VoidTaskResult>((cb, st) => beginMethod(arg1, arg2, arg3, cb, st), iar => { endMethod(iar); return default(VoidTaskResult); }, state, creationOptions);
        }
        public Task<TResult> FromAsync<TArg1, TArg2, TArg3, TResult>(Func<TArg1, TArg2, TArg3, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, TArg3 arg3, object state) { return FromAsync(beginMethod, endMethod, arg1, arg2, arg3, state, _creation); }
        public Task<TResult> FromAsync<TArg1, TArg2, TArg3, TResult>(Func<TArg1, TArg2, TArg3, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, TArg3 arg3, object state, TaskCreationOptions creationOptions)
        {
            if (beginMethod == null) throw new ArgumentNullException("beginMethod");
            if (endMethod == null) throw new ArgumentNullException("endMethod");
            return AsyncAdapter.FromBegin((cb, st) => beginMethod(arg1, arg2, arg3, cb, st), endMethod, state, creationOptions);
        }
    }

    public partial class TaskFactory<TResult>
    {
        TaskFactory Plain(CancellationToken token, TaskContinuationOptions continuation, TaskScheduler scheduler) { return new TaskFactory(token, _creation, continuation, scheduler); }
        public Task<TResult> ContinueWhenAll(Task[] tasks, Func<Task[], TResult> continuationFunction, CancellationToken cancellationToken) { return Plain(cancellationToken, _continuation, Sched).ContinueWhenAll(tasks, continuationFunction); }
        public Task<TResult> ContinueWhenAll(Task[] tasks, Func<Task[], TResult> continuationFunction, TaskContinuationOptions continuationOptions) { return Plain(_token, continuationOptions, Sched).ContinueWhenAll(tasks, continuationFunction); }
        public Task<TResult> ContinueWhenAll(Task[] tasks, Func<Task[], TResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler) { return Plain(cancellationToken, continuationOptions, scheduler).ContinueWhenAll(tasks, continuationFunction, cancellationToken, continuationOptions, scheduler); }
        public Task<TResult> ContinueWhenAll<TAntecedentResult>(Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>[], TResult> continuationFunction) { return Plain(_token, _continuation, Sched).ContinueWhenAll(tasks, continuationFunction); }
        public Task<TResult> ContinueWhenAll<TAntecedentResult>(Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>[], TResult> continuationFunction, CancellationToken cancellationToken) { return Plain(cancellationToken, _continuation, Sched).ContinueWhenAll(tasks, continuationFunction); }
        public Task<TResult> ContinueWhenAll<TAntecedentResult>(Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>[], TResult> continuationFunction, TaskContinuationOptions continuationOptions) { return Plain(_token, continuationOptions, Sched).ContinueWhenAll(tasks, continuationFunction); }
        public Task<TResult> ContinueWhenAll<TAntecedentResult>(Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>[], TResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler) { return Plain(cancellationToken, continuationOptions, scheduler).ContinueWhenAll(tasks, continuationFunction, cancellationToken, continuationOptions, scheduler); }
        public Task<TResult> ContinueWhenAny(Task[] tasks, Func<Task, TResult> continuationFunction, CancellationToken cancellationToken) { return Plain(cancellationToken, _continuation, Sched).ContinueWhenAny(tasks, continuationFunction); }
        public Task<TResult> ContinueWhenAny(Task[] tasks, Func<Task, TResult> continuationFunction, TaskContinuationOptions continuationOptions) { return Plain(_token, continuationOptions, Sched).ContinueWhenAny(tasks, continuationFunction); }
        public Task<TResult> ContinueWhenAny(Task[] tasks, Func<Task, TResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler) { return Plain(cancellationToken, continuationOptions, scheduler).ContinueWhenAny(tasks, continuationFunction, cancellationToken, continuationOptions, scheduler); }
        public Task<TResult> ContinueWhenAny<TAntecedentResult>(Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>, TResult> continuationFunction) { return Plain(_token, _continuation, Sched).ContinueWhenAny(tasks, continuationFunction); }
        public Task<TResult> ContinueWhenAny<TAntecedentResult>(Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>, TResult> continuationFunction, CancellationToken cancellationToken) { return Plain(cancellationToken, _continuation, Sched).ContinueWhenAny(tasks, continuationFunction); }
        public Task<TResult> ContinueWhenAny<TAntecedentResult>(Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>, TResult> continuationFunction, TaskContinuationOptions continuationOptions) { return Plain(_token, continuationOptions, Sched).ContinueWhenAny(tasks, continuationFunction); }
        public Task<TResult> ContinueWhenAny<TAntecedentResult>(Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>, TResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler) { return Plain(cancellationToken, continuationOptions, scheduler).ContinueWhenAny(tasks, continuationFunction, cancellationToken, continuationOptions, scheduler); }

        public Task<TResult> FromAsync(IAsyncResult asyncResult, Func<IAsyncResult, TResult> endMethod) { return FromAsync(asyncResult, endMethod, _creation, Sched); }
        public Task<TResult> FromAsync(IAsyncResult asyncResult, Func<IAsyncResult, TResult> endMethod, TaskCreationOptions creationOptions) { return FromAsync(asyncResult, endMethod, creationOptions, Sched); }
        public Task<TResult> FromAsync(IAsyncResult asyncResult, Func<IAsyncResult, TResult> endMethod, TaskCreationOptions creationOptions, TaskScheduler scheduler) { return Plain(_token, _continuation, scheduler).FromAsync(asyncResult, endMethod, creationOptions, scheduler); }
        public Task<TResult> FromAsync(Func<AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, object state) { return FromAsync(beginMethod, endMethod, state, _creation); }
        public Task<TResult> FromAsync(Func<AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, object state, TaskCreationOptions creationOptions) { return Plain(_token, _continuation, Sched).FromAsync(beginMethod, endMethod, state, creationOptions); }
        public Task<TResult> FromAsync<TArg1>(Func<TArg1, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, object state) { return FromAsync(beginMethod, endMethod, arg1, state, _creation); }
        public Task<TResult> FromAsync<TArg1>(Func<TArg1, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, object state, TaskCreationOptions creationOptions) { return Plain(_token, _continuation, Sched).FromAsync(beginMethod, endMethod, arg1, state, creationOptions); }
        public Task<TResult> FromAsync<TArg1, TArg2>(Func<TArg1, TArg2, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, object state) { return FromAsync(beginMethod, endMethod, arg1, arg2, state, _creation); }
        public Task<TResult> FromAsync<TArg1, TArg2>(Func<TArg1, TArg2, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, object state, TaskCreationOptions creationOptions) { return Plain(_token, _continuation, Sched).FromAsync(beginMethod, endMethod, arg1, arg2, state, creationOptions); }
        public Task<TResult> FromAsync<TArg1, TArg2, TArg3>(Func<TArg1, TArg2, TArg3, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, TArg3 arg3, object state) { return FromAsync(beginMethod, endMethod, arg1, arg2, arg3, state, _creation); }
        public Task<TResult> FromAsync<TArg1, TArg2, TArg3>(Func<TArg1, TArg2, TArg3, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, TArg3 arg3, object state, TaskCreationOptions creationOptions) { return Plain(_token, _continuation, Sched).FromAsync(beginMethod, endMethod, arg1, arg2, arg3, state, creationOptions); }
    }

    // Runs the End method when the operation completes and carries its result or exception into a task.
    internal static class AsyncAdapter
    {
        internal static Task<T> FromBegin<T>(Func<AsyncCallback, object, IAsyncResult> begin, Func<IAsyncResult, T> end, object state, TaskCreationOptions options)
        {
            var tcs = new TaskCompletionSource<T>(state, options);
            try
            {
                IAsyncResult started = begin(iar => { if (!iar.CompletedSynchronously) Finish(tcs, end, iar); }, state);
                if (started != null && started.CompletedSynchronously) Finish(tcs, end, started);
            }
            catch (Exception e) { tcs.TrySetException(e); }
            return tcs.Task;
        }

        internal static Task<T> FromResult<T>(IAsyncResult asyncResult, Func<IAsyncResult, T> end, TaskCreationOptions options, TaskScheduler scheduler)
        {
            if (asyncResult == null) throw new ArgumentNullException("asyncResult");
            if (scheduler == null) throw new ArgumentNullException("scheduler");
            var tcs = new TaskCompletionSource<T>(options);
            if (asyncResult.IsCompleted) Finish(tcs, end, asyncResult);
            else Task.Factory.StartNew(() => { asyncResult.AsyncWaitHandle.WaitOne(); Finish(tcs, end, asyncResult); }, CancellationToken.None, TaskCreationOptions.None, scheduler);
            return tcs.Task;
        }

        static void Finish<T>(TaskCompletionSource<T> tcs, Func<IAsyncResult, T> end, IAsyncResult iar)
        {
            try { tcs.TrySetResult(end(iar)); }
            catch (OperationCanceledException e) { if (!tcs.TrySetCanceled(e.CancellationToken)) tcs.TrySetException(e); }
            catch (Exception e) { tcs.TrySetException(e); }
        }
    }
}
