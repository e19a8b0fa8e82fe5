// Whether culture-aware string comparison is ordinal (.NET's invariant
// globalization mode) or linguistic (Collation.cs, the root collation .NET
// gets from ICU). As on .NET: the runtimeconfig.json property
// "System.Globalization.Invariant" or the environment variable
// DOTNET_SYSTEM_GLOBALIZATION_INVARIANT decide. A program without a
// runtimeconfig.json (built outside the SDK, e.g. by mcs) runs invariant.
namespace System.Globalization
{
    internal static class GlobalizationMode
    {
        private static int s_state;   // 0 unknown, 1 invariant, 2 linguistic

        // `cilantro trim` passes ILLink this switch when the app runs invariant (tools/trim),
        // which then drops what only the other mode reaches: the cultures LANG names.
        [System.Diagnostics.CodeAnalysis.FeatureSwitchDefinition("System.Globalization.Invariant")]
        internal static bool Invariant
        {
            get
            {
                if (s_state != 0) return s_state == 1;
                bool invariant = Decide();
                if (AppContext.ConfigLoaded) s_state = invariant ? 1 : 2;
                return invariant;
            }
        }

        private static bool Decide()
        {
            bool on;
            if (AppContext.TryGetSwitch("System.Globalization.Invariant", out on)) return on;
            string env = null;
            try { env = Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"); }
            catch (Exception) { }
            if (env != null) return env == "1" || string.Equals(env, "true", StringComparison.OrdinalIgnoreCase);
            return !AppContext.RuntimeConfigFound;
        }
    }
}
