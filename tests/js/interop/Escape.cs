// The .NET side of tests/js/capability.test.mjs: a small driver that walks
// from a JS object .NET holds through property reads, writes and method
// calls, as hostile code would, and reports how far it got.
using System;
using System.Collections.Generic;
using Cilantro.Interop;

namespace Interop
{
    public static class Escape
    {
        static object received = "nothing";
        static int calls;

        /// <summary>
        /// start: "arg" (the argument), "cb" (a fresh JS.CreateCallback),
        /// "fn:NAME" (what the registered function NAME returns), "global"
        /// (JS.Global), "received" (what the last callback got).
        /// Each step: "get NAME", "set NAME ARG", "call NAME ARG...", where
        /// an ARG is "@k" (the value after step k, 0 being the start), "#cb"
        /// (a callback recording its argument), "#null", or a string ('~'
        /// stands for a space).
        /// Returns "ok VALUE" or "refused at k: MESSAGE".
        /// </summary>
        public static string Run(JSObject arg, string start, string[] steps)
        {
            var values = new List<object>();
            try
            {
                values.Add(Start(arg, start));
            }
            catch (Exception e)
            {
                return "refused at 0: " + e.GetType().Name + ": " + e.Message;
            }
            for (int i = 0; i < steps.Length; i++)
            {
                string[] words = steps[i].Split(' ');
                try
                {
                    JSObject target = values[values.Count - 1] as JSObject;
                    if (target == null) return "stuck at " + (i + 1) + ": not an object: " + Describe(values[values.Count - 1]);
                    values.Add(Step(target, words, values));
                }
                catch (Exception e)
                {
                    return "refused at " + (i + 1) + ": " + e.GetType().Name + ": " + e.Message;
                }
            }
            return "ok " + Describe(values[values.Count - 1]);
        }

        static object Start(JSObject arg, string start)
        {
            if (start == "arg") return arg;
            if (start == "cb") return Recorder();
            if (start == "global") return JS.Global;
            if (start == "received") return received;
            if (start.StartsWith("fn:")) return JS.Invoke<object>(start.Substring(3));
            throw new ArgumentException("unknown start " + start);
        }

        static object Step(JSObject target, string[] words, List<object> values)
        {
            var args = new object[words.Length - 2];
            for (int k = 2; k < words.Length; k++) args[k - 2] = Arg(words[k], values);
            switch (words[0])
            {
                case "get": return target.GetProperty(words[1]);
                case "set": target.SetProperty(words[1], args[0]); return null;
                case "call": return target.Invoke(words[1], args);
                default: throw new ArgumentException("unknown step " + words[0]);
            }
        }

        static object Arg(string word, List<object> values)
        {
            if (word == "#cb") return Recorder();
            if (word == "#null") return null;
            if (word.StartsWith("@")) return values[int.Parse(word.Substring(1))];
            return word.Replace('~', ' ');
        }

        static JSObject Recorder()
        {
            return JS.CreateCallback((JSObject ev) => { calls++; received = ev; });
        }

        /// <summary>What the callbacks received: "calls:VALUE".</summary>
        public static string Received() { return calls + ":" + Describe(received); }

        static string Describe(object v)
        {
            if (v == null) return "null";
            if (v is JSObject) return "object";
            return v.ToString();
        }
    }
}
