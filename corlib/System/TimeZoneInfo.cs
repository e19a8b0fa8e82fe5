// TimeZoneInfo: the runtime works in UTC (local time is UTC, as DateTime.Now
// is), so Local and Utc are the same zone with no offset and no DST.
namespace System
{
    public sealed class TimeZoneInfo : IEquatable<TimeZoneInfo>
    {
        private readonly string _id;
        private TimeZoneInfo(string id) { _id = id; }

        private static readonly TimeZoneInfo s_utc = new TimeZoneInfo("UTC");
        public static TimeZoneInfo Utc { get { return s_utc; } }
        public static TimeZoneInfo Local { get { return Utc; } }

        public string Id { get { return _id; } }
        public string DisplayName { get { return "(UTC) Coordinated Universal Time"; } }
        public string StandardName { get { return "Coordinated Universal Time"; } }
        public string DaylightName { get { return "Coordinated Universal Time"; } }
        public TimeSpan BaseUtcOffset { get { return TimeSpan.Zero; } }
        public bool SupportsDaylightSavingTime { get { return false; } }
        public TimeSpan GetUtcOffset(DateTime dateTime) { return TimeSpan.Zero; }
        public bool IsDaylightSavingTime(DateTime dateTime) { return false; }

        public static TimeZoneInfo FindSystemTimeZoneById(string id)
        {
            if (id == null) throw new ArgumentNullException("id");
            if (id == "UTC" || id == "Etc/UTC" || id == "Coordinated Universal Time") return Utc;
            throw new TimeZoneNotFoundException("The time zone ID '" + id + "' was not found on the local computer.");
        }
        public static bool TryFindSystemTimeZoneById(string id, out TimeZoneInfo timeZoneInfo)
        {
            if (id == null) throw new ArgumentNullException("id");
            timeZoneInfo = id == "UTC" || id == "Etc/UTC" || id == "Coordinated Universal Time" ? Utc : null;
            return timeZoneInfo != null;
        }

        // The zones of the system: the runtime has no tz database, so the one
        // zone it knows (UTC, which is also Local) is the whole list, as on a
        // Linux machine whose zoneinfo holds only UTC.
        public static System.Collections.ObjectModel.ReadOnlyCollection<TimeZoneInfo> GetSystemTimeZones()
        {
            return new System.Collections.ObjectModel.ReadOnlyCollection<TimeZoneInfo>(new TimeZoneInfo[] { Utc });
        }

        public static System.Collections.ObjectModel.ReadOnlyCollection<TimeZoneInfo> GetSystemTimeZones(bool skipSorting) { return GetSystemTimeZones(); }

        // Ids are IANA names, as on Linux.
        public bool HasIanaId { get { return true; } }
        public static void ClearCachedData() { }

        public static DateTime ConvertTime(DateTime dateTime, TimeZoneInfo destinationTimeZone) { return dateTime; }
        public static DateTime ConvertTimeFromUtc(DateTime dateTime, TimeZoneInfo destinationTimeZone) { return DateTime.SpecifyKind(dateTime, DateTimeKind.Unspecified); }
        public static DateTime ConvertTimeToUtc(DateTime dateTime) { return DateTime.SpecifyKind(dateTime, DateTimeKind.Utc); }
        public static DateTime ConvertTimeToUtc(DateTime dateTime, TimeZoneInfo sourceTimeZone) { return ConvertTimeToUtc(dateTime); }

        public bool Equals(TimeZoneInfo other) { return other != null && other._id == _id; }
        public override bool Equals(object obj) { return Equals(obj as TimeZoneInfo); }
        public override int GetHashCode() { return _id.GetHashCode(); }
        public override string ToString() { return DisplayName; }
    }

    public class TimeZoneNotFoundException : Exception
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected TimeZoneNotFoundException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public TimeZoneNotFoundException() : base("The time zone ID was not found on the local computer.") { }
        public TimeZoneNotFoundException(string message) : base(message) { }
        public TimeZoneNotFoundException(string message, Exception innerException) : base(message, innerException) { }
    }
}
