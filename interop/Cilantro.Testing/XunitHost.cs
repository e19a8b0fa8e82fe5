// XunitHost.cs — runs one xunit test case for `cilantro test` (js/xunit.mjs).
// Discovery is the runtime's (runtime/interop/interop_xunit.c reads the
// [Fact]/[Theory]/[InlineData]/[MemberData] attributes); this side creates
// the test class (with its IClassFixture<T> fixtures, one per fixture type
// for the whole run), converts [InlineData] values to the parameter types as
// xunit does, reads [MemberData] rows, awaits async tests, and disposes what
// it created. The assertions are xunit.assert's own, loaded from beside the
// test assembly.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace Cilantro.Testing
{
    public static class XunitHost
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern Type FindType(string assembly, string fullName);

        static readonly Dictionary<Type, object> fixtures = new Dictionary<Type, object>();

        static Type Find(string assembly, string fullName)
        {
            Type t = FindType(assembly, fullName);
            if (t == null) throw new InvalidOperationException("type " + fullName + " is not in " + assembly);
            return t;
        }

        static MethodInfo FindMethod(Type t, string name)
        {
            MethodInfo found = null;
            foreach (MethodInfo m in t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                if (m.Name != name) continue;
                if (found != null) throw new InvalidOperationException(t.FullName + "." + name + " is overloaded: xunit cannot tell test methods apart by parameters");
                found = m;
            }
            if (found == null) throw new InvalidOperationException(t.FullName + "." + name + " is not a public method");
            return found;
        }

        /// <summary>Runs a test: [InlineData] values in `args`, or row `row` of [MemberData] `member`.</summary>
        public static Task Run(string assembly, string type, string method, object[] args, string member, int row, string[] fixtureTypes)
        {
            Type t = Find(assembly, type);
            MethodInfo m = FindMethod(t, method);
            ParameterInfo[] ps = m.GetParameters();
            object[] values = member != null ? Rows(t, member)[row] : (args ?? new object[0]);
            values = ConvertAll(values, ps);
            object instance = m.IsStatic ? null : Create(t, assembly, fixtureTypes ?? new string[0]);
            object result;
            try
            {
                result = m.Invoke(instance, values);
            }
            catch (TargetInvocationException e)
            {
                Dispose(instance);
                ExceptionDispatchInfo.Capture(e.InnerException ?? e).Throw();
                throw;
            }
            catch
            {
                Dispose(instance);
                throw;
            }
            Task task = result as Task;
            if (task != null) return Finish(task, instance);
            Dispose(instance);
            return Task.CompletedTask;
        }

        static async Task Finish(Task task, object instance)
        {
            try { await task; }
            finally { Dispose(instance); }
        }

        static object Create(Type t, string assembly, string[] fixtureTypes)
        {
            var available = new List<object>();
            foreach (string name in fixtureTypes)
            {
                Type ft = Find(assembly, name);
                object f;
                if (!fixtures.TryGetValue(ft, out f))
                {
                    f = Activator.CreateInstance(ft);
                    fixtures[ft] = f;
                }
                available.Add(f);
            }
            foreach (ConstructorInfo c in t.GetConstructors())
            {
                ParameterInfo[] ps = c.GetParameters();
                var args = new object[ps.Length];
                bool ok = true;
                for (int i = 0; i < ps.Length && ok; i++)
                {
                    args[i] = null;
                    ok = false;
                    foreach (object f in available)
                        if (ps[i].ParameterType.IsAssignableFrom(f.GetType())) { args[i] = f; ok = true; break; }
                }
                if (!ok) continue;
                try { return c.Invoke(args); }
                catch (TargetInvocationException e) { ExceptionDispatchInfo.Capture(e.InnerException ?? e).Throw(); throw; }
            }
            throw new InvalidOperationException(t.FullName + " has no public constructor taking only its class fixtures (IClassFixture<T>)");
        }

        static void Dispose(object o)
        {
            IDisposable d = o as IDisposable;
            if (d != null) d.Dispose();
        }

        /// <summary>The rows of a [MemberData] source: a public static property, field or parameterless method returning IEnumerable of object[].</summary>
        static List<object[]> Rows(Type t, string member)
        {
            object source = null;
            bool found = false;
            for (Type c = t; c != null && !found; c = c.BaseType)
            {
                PropertyInfo p = c.GetProperty(member, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
                if (p != null) { source = p.GetValue(null, null); found = true; break; }
                FieldInfo f = c.GetField(member, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
                if (f != null) { source = f.GetValue(null); found = true; break; }
                MethodInfo m = c.GetMethod(member, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
                if (m != null && m.GetParameters().Length == 0) { source = m.Invoke(null, null); found = true; break; }
            }
            if (!found) throw new InvalidOperationException("[MemberData(\"" + member + "\")]: " + t.FullName + " has no static property, field or parameterless method of that name");
            IEnumerable rows = source as IEnumerable;
            if (rows == null) throw new InvalidOperationException("[MemberData(\"" + member + "\")] is not an IEnumerable of object[]");
            var list = new List<object[]>();
            foreach (object r in rows)
            {
                object[] values = r as object[];
                if (values == null) throw new InvalidOperationException("[MemberData(\"" + member + "\")]: a row is not an object[]");
                list.Add(values);
            }
            return list;
        }

        /// <summary>How each [MemberData] row reads in a test name: "(1, \"a\")".</summary>
        public static string[] MemberDataLabels(string assembly, string type, string member)
        {
            List<object[]> rows = Rows(Find(assembly, type), member);
            var labels = new string[rows.Count];
            for (int i = 0; i < rows.Count; i++) labels[i] = Label(rows[i]);
            return labels;
        }

        static string Label(object[] values)
        {
            var parts = new string[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                object v = values[i];
                if (v == null) parts[i] = "null";
                else if (v is string) parts[i] = "\"" + (string)v + "\"";
                else if (v is char) parts[i] = "'" + v + "'";
                else if (v is bool) parts[i] = (bool)v ? "True" : "False";
                else parts[i] = v.ToString();
            }
            return "(" + string.Join(", ", parts) + ")";
        }

        static object[] ConvertAll(object[] values, ParameterInfo[] ps)
        {
            if (values.Length != ps.Length)
                throw new InvalidOperationException("the test takes " + ps.Length + " argument" + (ps.Length == 1 ? "" : "s") + " but its data row has " + values.Length);
            var result = new object[values.Length];
            for (int i = 0; i < values.Length; i++) result[i] = ConvertTo(values[i], ps[i].ParameterType);
            return result;
        }

        // JS numbers arrive as double and BigInts as long: back to the declared type, as xunit converts.
        static object ConvertTo(object v, Type type)
        {
            if (v == null || type.IsInstanceOfType(v)) return v;
            Type target = Nullable.GetUnderlyingType(type) ?? type;
            if (target.IsEnum) return Enum.ToObject(target, Convert.ToInt64(v));
            if (target == typeof(char) && v is string && ((string)v).Length == 1) return ((string)v)[0];
            if (target.IsArray && v is object[])
            {
                object[] src = (object[])v;
                Type et = target.GetElementType();
                Array a = Array.CreateInstance(et, src.Length);
                for (int i = 0; i < src.Length; i++) a.SetValue(ConvertTo(src[i], et), i);
                return a;
            }
            if (v is IConvertible && target.IsPrimitive || target == typeof(decimal)) return Convert.ChangeType(v, target);
            return v;
        }

        /// <summary>Disposes the class fixtures at the end of a run.</summary>
        public static void DisposeFixtures()
        {
            foreach (object f in fixtures.Values) Dispose(f);
            fixtures.Clear();
        }
    }
}
