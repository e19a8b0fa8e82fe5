// TestAttribute.cs — marks a test for `cilantro test Tests.dll` (js/cli.mjs):
// public methods without parameters in public classes. The runtime finds them
// by reading the CustomAttribute metadata table (runtime/interop/interop_tests.c).
using System;

namespace Cilantro.Testing
{
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class TestAttribute : Attribute
    {
        public TestAttribute() { }
    }
}
