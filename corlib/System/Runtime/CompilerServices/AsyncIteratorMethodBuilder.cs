// What Roslyn's async iterator state machines (classes implementing
// IAsyncEnumerable<T>/IAsyncEnumerator<T>) call to run and resume themselves.
// The iterator signals each MoveNextAsync through its own
// ManualResetValueTaskSourceCore<bool>; this builder only drives the awaits.
namespace System.Runtime.CompilerServices
{
    public struct AsyncIteratorMethodBuilder
    {
        private Action _moveNext;   // resumes the (boxed) state machine

        public static AsyncIteratorMethodBuilder Create() { return default(AsyncIteratorMethodBuilder); }

        public void MoveNext<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            AsyncBuilderCore.Start(ref stateMachine);   // as an async method's start: AsyncLocal changes stay inside
        }

        private Action Resumer<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (_moveNext == null)
            {
                // Roslyn's iterator state machines are classes: "boxing" keeps the instance.
                IAsyncStateMachine boxed = stateMachine;
                _moveNext = new MoveNextRunner(boxed).Run;
            }
            return _moveNext;
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.OnCompleted(MoveNextRunner.Capture(Resumer(ref stateMachine)));
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.UnsafeOnCompleted(MoveNextRunner.Capture(Resumer(ref stateMachine)));
        }

        // The iteration ended (normally or by an exception): drop the resumer.
        public void Complete() { _moveNext = null; }
    }

    [AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public sealed class AsyncIteratorStateMachineAttribute : StateMachineAttribute
    {
        public AsyncIteratorStateMachineAttribute(Type stateMachineType) : base(stateMachineType) { }
    }

    // Marks the CancellationToken parameter of an async iterator that receives
    // the token passed to GetAsyncEnumerator (combined with the argument's).
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class EnumeratorCancellationAttribute : Attribute
    {
        public EnumeratorCancellationAttribute() { }
    }
}
