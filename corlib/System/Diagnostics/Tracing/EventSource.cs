// EventSource without listeners: Cilantro has no EventListener or EventPipe,
// so IsEnabled is always false and the WriteEvent family records nothing.
// Libraries (Microsoft.Extensions.*, System.Text.Json) guard their logging
// with IsEnabled, so their instrumented paths run unchanged.
using System.Collections.Generic;

namespace System.Diagnostics.Tracing
{
    public enum EventLevel { LogAlways = 0, Critical = 1, Error = 2, Warning = 3, Informational = 4, Verbose = 5 }

    [Flags]
    public enum EventKeywords : long { None = 0, All = -1, MicrosoftTelemetry = 0x2000000000000, WdiContext = 0x2000000000000, WdiDiagnostic = 0x4000000000000, Sqm = 0x8000000000000, AuditFailure = 0x10000000000000, CorrelationHint = 0x10000000000000, AuditSuccess = 0x20000000000000, EventLogClassic = 0x80000000000000 }

    public enum EventCommand { Disable = -3, Enable = -2, SendManifest = -1, Update = 0 }
    public enum EventOpcode { Info = 0, Start = 1, Stop = 2, DataCollectionStart = 3, DataCollectionStop = 4, Extension = 5, Reply = 6, Resume = 7, Suspend = 8, Send = 9, Receive = 240 }
    public enum EventTask { None = 0 }
    public enum EventChannel : byte { None = 0, Admin = 16, Operational = 17, Analytic = 18, Debug = 19 }
    [Flags] public enum EventTags { None = 0 }
    [Flags] public enum EventActivityOptions { None = 0, Disable = 2, Recursive = 4, Detachable = 8 }
    [Flags] public enum EventSourceSettings { Default = 0, ThrowOnEventWriteErrors = 1, EtwManifestEventFormat = 4, EtwSelfDescribingEventFormat = 8 }

    [AttributeUsage(AttributeTargets.Class)]
    public sealed class EventSourceAttribute : Attribute
    {
        public string Name { get; set; }
        public string Guid { get; set; }
        public string LocalizationResources { get; set; }
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class EventAttribute : Attribute
    {
        public EventAttribute(int eventId) { EventId = eventId; }
        public int EventId { get; private set; }
        public EventLevel Level { get; set; }
        public EventKeywords Keywords { get; set; }
        public EventOpcode Opcode { get; set; }
        public EventTask Task { get; set; }
        public EventChannel Channel { get; set; }
        public byte Version { get; set; }
        public string Message { get; set; }
        public EventTags Tags { get; set; }
        public EventActivityOptions ActivityOptions { get; set; }
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class NonEventAttribute : Attribute { }

    public class EventCommandEventArgs : EventArgs
    {
        internal EventCommandEventArgs(EventCommand command) { Command = command; Arguments = new Dictionary<string, string>(); }
        public EventCommand Command { get; private set; }
        public IDictionary<string, string> Arguments { get; private set; }
        public bool EnableEvent(int eventId) { return false; }
        public bool DisableEvent(int eventId) { return false; }
    }

    public class EventSource : IDisposable
    {
        private readonly string _name;

        protected EventSource() : this(EventSourceSettings.Default) { }
        protected EventSource(bool throwOnEventWriteErrors) : this(EventSourceSettings.Default) { }
        protected EventSource(EventSourceSettings settings) : this(settings, null) { }
        protected EventSource(EventSourceSettings settings, params string[] traits)
        {
            Settings = settings;
            EventSourceAttribute a = (EventSourceAttribute)Attribute.GetCustomAttribute(GetType(), typeof(EventSourceAttribute), false);
            _name = a != null && a.Name != null ? a.Name : GetType().Name;
        }
        public EventSource(string eventSourceName) : this(eventSourceName, EventSourceSettings.Default) { }
        public EventSource(string eventSourceName, EventSourceSettings config) : this(eventSourceName, config, null) { }
        public EventSource(string eventSourceName, EventSourceSettings config, params string[] traits)
        {
            if (eventSourceName == null) throw new ArgumentNullException("eventSourceName");
            _name = eventSourceName;
            Settings = config;
        }

        public string Name { get { return _name; } }
        public Guid Guid { get { return Guid.Empty; } }
        public EventSourceSettings Settings { get; private set; }
        public Exception ConstructionException { get { return null; } }
        public static Guid CurrentThreadActivityId { get { return Guid.Empty; } }

        public bool IsEnabled() { return false; }
        public bool IsEnabled(EventLevel level, EventKeywords keywords) { return false; }
        public bool IsEnabled(EventLevel level, EventKeywords keywords, EventChannel channel) { return false; }
        public string GetTrait(string key) { return null; }
        public static string GetName(Type eventSourceType)
        {
            if (eventSourceType == null) throw new ArgumentNullException("eventSourceType");
            EventSourceAttribute a = (EventSourceAttribute)Attribute.GetCustomAttribute(eventSourceType, typeof(EventSourceAttribute), false);
            return a != null && a.Name != null ? a.Name : eventSourceType.Name;
        }
        public static IEnumerable<EventSource> GetSources() { return new EventSource[0]; }
        public static void SetCurrentThreadActivityId(Guid activityId) { }

        protected virtual void OnEventCommand(EventCommandEventArgs command) { }
        protected void WriteEvent(int eventId) { }
        protected void WriteEvent(int eventId, int arg1) { }
        protected void WriteEvent(int eventId, int arg1, int arg2) { }
        protected void WriteEvent(int eventId, int arg1, int arg2, int arg3) { }
        protected void WriteEvent(int eventId, long arg1) { }
        protected void WriteEvent(int eventId, long arg1, long arg2) { }
        protected void WriteEvent(int eventId, long arg1, long arg2, long arg3) { }
        protected void WriteEvent(int eventId, string arg1) { }
        protected void WriteEvent(int eventId, string arg1, string arg2) { }
        protected void WriteEvent(int eventId, string arg1, string arg2, string arg3) { }
        protected void WriteEvent(int eventId, string arg1, int arg2) { }
        protected void WriteEvent(int eventId, string arg1, int arg2, int arg3) { }
        protected void WriteEvent(int eventId, string arg1, long arg2) { }
        protected void WriteEvent(int eventId, byte[] arg1) { }
        protected void WriteEvent(int eventId, params object[] args) { }
        public void Write(string eventName) { }
        public void Write<T>(string eventName, T data) { }

        public void Dispose() { Dispose(true); GC.SuppressFinalize(this); }
        protected virtual void Dispose(bool disposing) { }
        public override string ToString() { return "EventSource(" + Name + ", " + Guid + ")"; }
    }
}
