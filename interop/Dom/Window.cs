// Window.cs — timers, the location, local storage and the browser console.
// A timer's managed callback is kept alive until it fires (one-shot) or is
// cleared, then released.
using System;
using System.Collections.Generic;
using Cilantro.Interop;

namespace Cilantro.Dom
{
    public static class Window
    {
        sealed class Timer
        {
            public JSObject Callback;
            public bool Repeat;
            public bool Fired;
            public int Id;
        }

        static readonly Dictionary<int, Timer> timers = new Dictionary<int, Timer>();

        /// <summary>Runs action once after delay ms (on a green thread); returns an id for ClearTimeout.</summary>
        public static int SetTimeout(Action action, int delayMs)
        {
            return StartTimer(action, delayMs, false);
        }

        /// <summary>Runs action every interval ms until ClearInterval.</summary>
        public static int SetInterval(Action action, int intervalMs)
        {
            return StartTimer(action, intervalMs, true);
        }

        public static void ClearTimeout(int id) { StopTimer(id); }
        public static void ClearInterval(int id) { StopTimer(id); }

        /// <summary>Timers that are scheduled and not yet fired or cleared.</summary>
        public static int PendingTimers { get { lock (timers) return timers.Count; } }

        static int StartTimer(Action action, int ms, bool repeat)
        {
            if (action == null) throw new ArgumentNullException("action");
            var timer = new Timer { Repeat = repeat };
            timer.Callback = JS.CreateCallback(delegate ()
            {
                if (!repeat)
                {
                    // A one-shot timer is done: release its callback. (If it fired
                    // before StartTimer recorded it, StartTimer releases it.)
                    bool release;
                    lock (timers)
                    {
                        timer.Fired = true;
                        release = timer.Id != 0 && timers.Remove(timer.Id);
                    }
                    if (release) timer.Callback.Dispose();
                }
                action();
            });
            int id;
            try
            {
                id = JS.Invoke<int>(repeat ? "dom.setInterval" : "dom.setTimeout", timer.Callback, ms < 0 ? 0 : ms);
            }
            catch
            {
                timer.Callback.Dispose();
                throw;
            }
            bool firedAlready;
            lock (timers)
            {
                timer.Id = id;
                firedAlready = timer.Fired && !repeat;
                if (!firedAlready) timers[id] = timer;
            }
            if (firedAlready) timer.Callback.Dispose();
            return id;
        }

        static void StopTimer(int id)
        {
            Timer t;
            lock (timers)
            {
                if (!timers.TryGetValue(id, out t)) return;
                timers.Remove(id);
            }
            JS.Invoke(t.Repeat ? "dom.clearInterval" : "dom.clearTimeout", id);
            t.Callback.Dispose();
        }

        /// <summary>Writes to the browser's developer console (Console.WriteLine goes
        /// wherever the page sent the program's output).</summary>
        public static void ConsoleLog(string message)
        {
            JS.Invoke("dom.consoleLog", message ?? "");
        }

        public static Location Location { get { return Location.Instance; } }

        public static LocalStorage LocalStorage { get { return LocalStorage.Instance; } }
    }

    public sealed class Location
    {
        internal static readonly Location Instance = new Location();
        Location() { }

        public string Href { get { return Get("href"); } }
        public string Pathname { get { return Get("pathname"); } }
        public string Search { get { return Get("search"); } }
        public string Host { get { return Get("host"); } }

        /// <summary>The fragment including '#'; setting it adds a history entry.</summary>
        public string Hash
        {
            get { return Get("hash"); }
            set { JS.Invoke("dom.setHash", value ?? ""); }
        }

        static string Get(string part) { return JS.Invoke<string>("dom.location", part); }

        public override string ToString() { return Href; }
    }

    public sealed class LocalStorage
    {
        internal static readonly LocalStorage Instance = new LocalStorage();
        LocalStorage() { }

        /// <summary>The stored string, or null.</summary>
        public string GetItem(string key) { return JS.Invoke<string>("dom.storageGet", key); }
        public void SetItem(string key, string value) { JS.Invoke("dom.storageSet", key, value ?? ""); }
        public void RemoveItem(string key) { JS.Invoke("dom.storageRemove", key); }
        public void Clear() { JS.Invoke("dom.storageClear"); }
        public int Length { get { return JS.Invoke<int>("dom.storageLength"); } }

        public string this[string key]
        {
            get { return GetItem(key); }
            set { if (value == null) RemoveItem(key); else SetItem(key, value); }
        }
    }
}
