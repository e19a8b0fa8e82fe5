// [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))] on a
// ValueTask method (.NET 6). .NET reuses pooled boxes for the state machine;
// Cilantro behaves like the ordinary ValueTask builders (same observable
// results: a ValueTask awaited once).
using System.Threading.Tasks;

namespace System.Runtime.CompilerServices
{
    public struct PoolingAsyncValueTaskMethodBuilder
    {
        private AsyncValueTaskMethodBuilder _builder;

        public static PoolingAsyncValueTaskMethodBuilder Create() { return default(PoolingAsyncValueTaskMethodBuilder); }
        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine { _builder.Start(ref stateMachine); }
        public void SetStateMachine(IAsyncStateMachine stateMachine) { _builder.SetStateMachine(stateMachine); }
        public void SetResult() { _builder.SetResult(); }
        public void SetException(Exception exception) { _builder.SetException(exception); }
        public ValueTask Task { get { return _builder.Task; } }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _builder.AwaitOnCompleted(ref awaiter, ref stateMachine);
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);
        }
    }

    public struct PoolingAsyncValueTaskMethodBuilder<TResult>
    {
        private AsyncValueTaskMethodBuilder<TResult> _builder;

        public static PoolingAsyncValueTaskMethodBuilder<TResult> Create() { return default(PoolingAsyncValueTaskMethodBuilder<TResult>); }
        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine { _builder.Start(ref stateMachine); }
        public void SetStateMachine(IAsyncStateMachine stateMachine) { _builder.SetStateMachine(stateMachine); }
        public void SetResult(TResult result) { _builder.SetResult(result); }
        public void SetException(Exception exception) { _builder.SetException(exception); }
        public ValueTask<TResult> Task { get { return _builder.Task; } }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _builder.AwaitOnCompleted(ref awaiter, ref stateMachine);
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);
        }
    }
}
