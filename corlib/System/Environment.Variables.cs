// The process's environment variables, as .NET keeps them on Unix: read from
// the host's environment block (icall_env.c) until the program sets one, then
// from a managed copy that SetEnvironmentVariable changes (child processes and
// native code never see the changes, as on .NET).
using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace System
{
    public static partial class Environment
    {
        private static Dictionary<string, string> s_variables;
        private static readonly object s_variablesLock = new object();

        public static string GetEnvironmentVariable(string variable)
        {
            if (variable == null) throw new ArgumentNullException("variable");
            if (s_variables == null) return InternalGetEnvironmentVariable(variable);
            lock (s_variablesLock)
            {
                string value;
                return s_variables.TryGetValue(variable, out value) ? value : null;
            }
        }

        public static string GetEnvironmentVariable(string variable, EnvironmentVariableTarget target)
        {
            if (target == EnvironmentVariableTarget.Process) return GetEnvironmentVariable(variable);
            if (variable == null) throw new ArgumentNullException("variable");
            CheckTarget(target);
            return null;   // Unix has no user or machine variables
        }

        public static IDictionary GetEnvironmentVariables()
        {
            lock (s_variablesLock)
            {
                var table = new Hashtable();
                foreach (var pair in Variables()) table[pair.Key] = pair.Value;
                return table;
            }
        }

        public static void SetEnvironmentVariable(string variable, string value)
        {
            if (variable == null) throw new ArgumentNullException("variable");
            if (variable.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "variable");
            if (variable[0] == '\0') throw new ArgumentException("The first char in the string is the null character.", "variable");
            if (variable.IndexOf('=') >= 0) throw new ArgumentException("Environment variable name cannot contain equal character.", "variable");
            lock (s_variablesLock)
            {
                if (value == null) Variables().Remove(variable);
                else Variables()[variable] = value;
            }
        }

        // The managed copy, made from the host's block on first use (under s_variablesLock).
        private static Dictionary<string, string> Variables()
        {
            if (s_variables != null) return s_variables;
            var vars = new Dictionary<string, string>();
            foreach (string entry in InternalGetEnvironmentBlock() ?? new string[0])
            {
                int eq = entry.IndexOf('=');
                // the first definition of a name wins, as getenv finds it
                if (eq > 0 && !vars.ContainsKey(entry.Substring(0, eq))) vars[entry.Substring(0, eq)] = entry.Substring(eq + 1);
            }
            return s_variables = vars;
        }

        // %NAME% becomes the variable's value; a name that is not set stays as written.
        public static string ExpandEnvironmentVariables(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            int open = name.IndexOf('%');
            if (open < 0) return name;
            var sb = new StringBuilder(name.Length);
            sb.Append(name, 0, open);
            while (true)
            {
                int close = name.IndexOf('%', open + 1);
                if (close < 0) break;
                string value = close > open + 1 ? GetEnvironmentVariable(name.Substring(open + 1, close - open - 1)) : null;
                if (value != null)
                {
                    sb.Append(value);
                    open = name.IndexOf('%', close + 1);
                    if (open < 0) { sb.Append(name, close + 1, name.Length - close - 1); return sb.ToString(); }
                    sb.Append(name, close + 1, open - close - 1);
                }
                else
                {
                    // keep "%NAME" and try again from the second '%'
                    sb.Append(name, open, close - open);
                    open = close;
                }
            }
            sb.Append(name, open, name.Length - open);
            return sb.ToString();
        }
    }
}
