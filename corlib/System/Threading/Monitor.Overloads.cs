// Monitor overloads: the TimeSpan form of TryEnter with lockTaken, and Wait
// with exitContext (ignored on .NET Core: there are no contexts to exit).
namespace System.Threading
{
    public static partial class Monitor
    {
        public static void TryEnter(object obj, TimeSpan timeout, ref bool lockTaken)
        {
            if (lockTaken) throw new ArgumentException("The lockTaken argument must be false.", "lockTaken");
            lockTaken = TryEnter(obj, timeout);
        }

        public static bool Wait(object obj, int millisecondsTimeout, bool exitContext) { return Wait(obj, millisecondsTimeout); }
        public static bool Wait(object obj, TimeSpan timeout, bool exitContext) { return Wait(obj, timeout); }
    }
}
