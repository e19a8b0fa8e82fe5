namespace System.Text.RegularExpressions
{
    // The regex source generator's marker (its generated classes run on
    // Cilantro's own engine; see Regex).
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    public sealed class GeneratedRegexAttribute : Attribute
    {
        public GeneratedRegexAttribute(string pattern) : this(pattern, RegexOptions.None) { }
        public GeneratedRegexAttribute(string pattern, RegexOptions options) : this(pattern, options, System.Threading.Timeout.Infinite) { }
        public GeneratedRegexAttribute(string pattern, RegexOptions options, string cultureName) : this(pattern, options, System.Threading.Timeout.Infinite, cultureName) { }
        public GeneratedRegexAttribute(string pattern, RegexOptions options, int matchTimeoutMilliseconds) : this(pattern, options, matchTimeoutMilliseconds, "") { }
        public GeneratedRegexAttribute(string pattern, RegexOptions options, int matchTimeoutMilliseconds, string cultureName)
        {
            Pattern = pattern;
            Options = options;
            MatchTimeoutMilliseconds = matchTimeoutMilliseconds;
            CultureName = cultureName;
        }
        public string Pattern { get; }
        public RegexOptions Options { get; }
        public int MatchTimeoutMilliseconds { get; }
        public string CultureName { get; }
    }
}
