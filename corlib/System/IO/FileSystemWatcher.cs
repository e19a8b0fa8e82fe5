// FileSystemWatcher over the host file system by polling: while raising
// events, a timer lists the watched directory (and its subdirectories with
// IncludeSubdirectories) every PollMilliseconds and compares each entry's
// kind, size and write time with the previous listing. New names are
// Created, vanished ones Deleted, a vanished and a new entry of the same
// kind, size and write time in one poll a Renamed, a file whose size or
// write time moved Changed. Hosts give no change notifications, so what
// happens between two polls is seen as its net effect (see docs/corlib.md).
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Threading;

namespace System.IO
{
    public class FileSystemWatcher : Component, ISupportInitialize
    {
        internal const int PollMilliseconds = 50;
        private const NotifyFilters DefaultNotifyFilters = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.DirectoryName;
        private const NotifyFilters AllNotifyFilters = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.Attributes | NotifyFilters.Size
            | NotifyFilters.LastWrite | NotifyFilters.LastAccess | NotifyFilters.CreationTime | NotifyFilters.Security;

        private string _directory;
        private readonly Collection<string> _filters = new Collection<string>();
        private NotifyFilters _notifyFilters = DefaultNotifyFilters;
        private bool _includeSubdirectories, _enabled, _initializing, _disposed;
        private int _internalBufferSize = 8192;
        private ISynchronizeInvoke _synchronizingObject;
        private FileSystemEventHandler _onChanged, _onCreated, _onDeleted;
        private RenamedEventHandler _onRenamed;
        private ErrorEventHandler _onError;

        private Timer _timer;
        private Dictionary<string, Entry> _snapshot;
        private int _generation;              // bumped on every start and stop: a stale timer tick does nothing
        private readonly object _pollLock = new object();

        private struct Entry
        {
            public bool IsDirectory;
            public long Size, MTimeMs;
            public int Mode;
        }

        public FileSystemWatcher() { _directory = string.Empty; }
        public FileSystemWatcher(string path) { CheckPathValidity(path); _directory = path; }
        public FileSystemWatcher(string path, string filter)
        {
            CheckPathValidity(path);
            _directory = path;
            Filter = filter ?? throw new ArgumentNullException("filter");
        }

        private static void CheckPathValidity(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (path.Length == 0) throw new ArgumentException("The directory name " + path + " is invalid.", "path");
            if (!Directory.Exists(path)) throw new ArgumentException("The directory name '" + path + "' does not exist.", "path");
        }

        public NotifyFilters NotifyFilter
        {
            get { return _notifyFilters; }
            set
            {
                if ((value & ~AllNotifyFilters) != 0)
                    throw new ArgumentException("The value of argument 'value' (" + (int)value + ") is invalid for Enum type 'NotifyFilters'.");
                if (_notifyFilters != value) { _notifyFilters = value; Restart(); }
            }
        }

        public Collection<string> Filters { get { return _filters; } }

        public string Filter
        {
            get { return _filters.Count == 0 ? "*" : _filters[0]; }
            set
            {
                _filters.Clear();
                _filters.Add(value ?? "*");
            }
        }

        public bool EnableRaisingEvents
        {
            get { return _enabled; }
            set
            {
                if (_enabled == value) return;
                if (value && !_initializing && _disposed) throw new ObjectDisposedException(GetType().FullName);
                _enabled = value;
                // without a path there is nothing to watch until one is set
                if (_initializing || (value && _directory.Length == 0)) return;
                if (value) Start(); else Stop();
            }
        }

        public bool IncludeSubdirectories
        {
            get { return _includeSubdirectories; }
            set { if (_includeSubdirectories != value) { _includeSubdirectories = value; Restart(); } }
        }

        public int InternalBufferSize
        {
            get { return _internalBufferSize; }
            set { if (_internalBufferSize != value) { _internalBufferSize = value < 4096 ? 4096 : value; Restart(); } }
        }

        public string Path
        {
            get { return _directory; }
            set
            {
                value = value == null ? string.Empty : value;
                if (string.Equals(_directory, value, StringComparison.Ordinal)) return;
                if (value.Length == 0) throw new ArgumentException("The directory name " + value + " is invalid.", "Path");
                if (!Directory.Exists(value)) throw new ArgumentException("The directory name '" + value + "' does not exist.", "Path");
                _directory = value;
                if (_enabled && !_initializing && _timer == null) Start(); else Restart();
            }
        }

        public override ISite Site
        {
            get { return base.Site; }
            set
            {
                base.Site = value;
                if (Site != null && Site.DesignMode) EnableRaisingEvents = true;
            }
        }

        public ISynchronizeInvoke SynchronizingObject { get { return _synchronizingObject; } set { _synchronizingObject = value; } }

        public event FileSystemEventHandler Changed { add { _onChanged += value; } remove { _onChanged -= value; } }
        public event FileSystemEventHandler Created { add { _onCreated += value; } remove { _onCreated -= value; } }
        public event FileSystemEventHandler Deleted { add { _onDeleted += value; } remove { _onDeleted -= value; } }
        public event RenamedEventHandler Renamed { add { _onRenamed += value; } remove { _onRenamed -= value; } }
        public event ErrorEventHandler Error { add { _onError += value; } remove { _onError -= value; } }

        public void BeginInit()
        {
            bool was = _enabled;
            Stop();
            _enabled = was;
            _initializing = true;
        }

        public void EndInit()
        {
            _initializing = false;
            if (_directory.Length != 0 && _enabled) Start();
        }

        protected override void Dispose(bool disposing)
        {
            try
            {
                if (disposing)
                {
                    Stop();
                    _enabled = false;
                    _onChanged = _onCreated = _onDeleted = null;
                    _onRenamed = null;
                    _onError = null;
                }
                _disposed = true;
            }
            finally { base.Dispose(disposing); }
        }

        // ---- raising (through SynchronizingObject when it asks for it) ----
        private bool Marshalled(Delegate handler, EventArgs e)
        {
            ISynchronizeInvoke sync = _synchronizingObject;
            if (sync == null || !sync.InvokeRequired) return false;
            sync.BeginInvoke(handler, new object[] { this, e });
            return true;
        }

        protected void OnChanged(FileSystemEventArgs e) { var h = _onChanged; if (h != null && !Marshalled(h, e)) h(this, e); }
        protected void OnCreated(FileSystemEventArgs e) { var h = _onCreated; if (h != null && !Marshalled(h, e)) h(this, e); }
        protected void OnDeleted(FileSystemEventArgs e) { var h = _onDeleted; if (h != null && !Marshalled(h, e)) h(this, e); }
        protected void OnRenamed(RenamedEventArgs e) { var h = _onRenamed; if (h != null && !Marshalled(h, e)) h(this, e); }
        protected void OnError(ErrorEventArgs e) { var h = _onError; if (h != null && !Marshalled(h, e)) h(this, e); }

        // ---- WaitForChanged: the first matching event after the call ----
        public WaitForChangedResult WaitForChanged(WatcherChangeTypes changeType) { return WaitForChanged(changeType, Timeout.Infinite); }
        public WaitForChangedResult WaitForChanged(WatcherChangeTypes changeType, TimeSpan timeout) { return WaitForChanged(changeType, ToTimeoutMs(timeout)); }

        private static int ToTimeoutMs(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue) throw new ArgumentOutOfRangeException("timeout");
            return (int)ms;
        }

        public WaitForChangedResult WaitForChanged(WatcherChangeTypes changeType, int timeout)
        {
            var gate = new object();
            bool done = false;
            WaitForChangedResult result = new WaitForChangedResult(0, null, null, true);
            FileSystemEventHandler onEvent = (s, e) =>
            {
                lock (gate)
                {
                    if (done || (e.ChangeType & changeType) == 0) return;
                    result = new WaitForChangedResult(e.ChangeType, e.Name, null, false);
                    done = true;
                    Monitor.PulseAll(gate);
                }
            };
            RenamedEventHandler onRenamed = (s, e) =>
            {
                lock (gate)
                {
                    if (done || (e.ChangeType & changeType) == 0) return;
                    result = new WaitForChangedResult(e.ChangeType, e.Name, e.OldName, false);
                    done = true;
                    Monitor.PulseAll(gate);
                }
            };
            bool wasEnabled = _enabled;
            if ((changeType & (WatcherChangeTypes.Created | WatcherChangeTypes.Deleted | WatcherChangeTypes.Changed)) != 0)
            {
                Created += onEvent; Deleted += onEvent; Changed += onEvent;
            }
            if ((changeType & WatcherChangeTypes.Renamed) != 0) Renamed += onRenamed;
            try
            {
                EnableRaisingEvents = true;
                lock (gate)
                {
                    long deadline = timeout == Timeout.Infinite ? long.MaxValue : Environment.TickCount64 + timeout;
                    while (!done)
                    {
                        long left = deadline - Environment.TickCount64;
                        if (left <= 0) break;
                        Monitor.Wait(gate, left > int.MaxValue ? Timeout.Infinite : (int)left);
                    }
                }
            }
            finally
            {
                Created -= onEvent; Deleted -= onEvent; Changed -= onEvent;
                Renamed -= onRenamed;
                if (!wasEnabled) EnableRaisingEvents = false;
            }
            return result;
        }

        // ---- polling ----
        private void Restart()
        {
            if (_enabled && !_initializing) { Stop(); Start(); }
        }

        private void Start()
        {
            lock (_pollLock)
            {
                int gen = ++_generation;
                _snapshot = Scan();
                _timer = new Timer(_ => Poll(gen), null, PollMilliseconds, PollMilliseconds);
            }
        }

        private void Stop()
        {
            lock (_pollLock)
            {
                _generation++;
                if (_timer != null) { _timer.Dispose(); _timer = null; }
                _snapshot = null;
            }
        }

        // Every entry under the watched directory by its path relative to it.
        private Dictionary<string, Entry> Scan()
        {
            var map = new Dictionary<string, Entry>(StringComparer.Ordinal);
            ScanInto(map, System.IO.Path.GetFullPath(_directory), "");
            return map;
        }

        private void ScanInto(Dictionary<string, Entry> map, string full, string relative)
        {
            string[] names;
            try { names = FileSystem.List(full); }
            catch (IOException) { if (relative.Length == 0) throw; return; }
            catch (UnauthorizedAccessException) { if (relative.Length == 0) throw; return; }
            string prefix = full.EndsWith('/') ? full : full + "/";
            foreach (string name in names)
            {
                FileSystem.Info info = FileSystem.GetInfo(prefix + name);
                if (!info.Exists) continue;
                string rel = relative.Length == 0 ? name : relative + "/" + name;
                map[rel] = new Entry { IsDirectory = info.IsDirectory, Size = info.Size, MTimeMs = info.MTimeMs, Mode = info.Mode };
                if (info.IsDirectory && _includeSubdirectories) ScanInto(map, prefix + name, rel);
            }
        }

        private bool Wanted(string relative, bool isDirectory)
        {
            if ((_notifyFilters & (isDirectory ? NotifyFilters.DirectoryName : NotifyFilters.FileName)) == 0) return false;
            return MatchesFilters(relative);
        }

        private bool MatchesFilters(string relative)
        {
            if (_filters.Count == 0) return true;
            int slash = relative.LastIndexOf('/');
            string name = slash < 0 ? relative : relative.Substring(slash + 1);
            foreach (string f in _filters)
                if (f.Length == 0 || Directory.Matches(f, name)) return true;
            return false;
        }

        private void Poll(int gen)
        {
            var events = new List<EventArgs>();
            lock (_pollLock)
            {
                if (gen != _generation || _snapshot == null) return;
                Dictionary<string, Entry> now;
                try { now = Scan(); }
                catch (Exception e)
                {
                    // the watched directory went away or became unreadable
                    _generation++;
                    if (_timer != null) { _timer.Dispose(); _timer = null; }
                    _snapshot = null;
                    _enabled = false;
                    events.Add(new ErrorEventArgs(e));
                    now = null;
                }
                if (now != null)
                {
                    Diff(_snapshot, now, events);
                    _snapshot = now;
                }
            }
            foreach (EventArgs e in events)
            {
                if (e is RenamedEventArgs r) OnRenamed(r);
                else if (e is FileSystemEventArgs f)
                {
                    if (f.ChangeType == WatcherChangeTypes.Created) OnCreated(f);
                    else if (f.ChangeType == WatcherChangeTypes.Deleted) OnDeleted(f);
                    else OnChanged(f);
                }
                else if (e is ErrorEventArgs err) OnError(err);
            }
        }

        // Events for the differences between two listings: renames, deletions
        // (reverse name order), creations and changes (name order).
        private void Diff(Dictionary<string, Entry> before, Dictionary<string, Entry> after, List<EventArgs> events)
        {
            var gone = new List<string>();
            var added = new List<string>();
            var changed = new List<string>();
            foreach (var kv in before)
            {
                if (!after.TryGetValue(kv.Key, out Entry e) || e.IsDirectory != kv.Value.IsDirectory) gone.Add(kv.Key);
                else if (!e.IsDirectory && Modified(kv.Value, e)) changed.Add(kv.Key);
            }
            foreach (var kv in after)
                if (!before.TryGetValue(kv.Key, out Entry e) || e.IsDirectory != kv.Value.IsDirectory) added.Add(kv.Key);
            gone.Sort(StringComparer.Ordinal);
            added.Sort(StringComparer.Ordinal);
            changed.Sort(StringComparer.Ordinal);

            var renamedTo = new HashSet<string>(StringComparer.Ordinal);
            var renamedFrom = new HashSet<string>(StringComparer.Ordinal);
            foreach (string old in gone)
            {
                if (UnderRemoved(old, gone, renamedFrom)) continue;
                Entry o = before[old];
                foreach (string neu in added)
                {
                    if (renamedTo.Contains(neu) || UnderAdded(neu, renamedTo)) continue;
                    Entry n = after[neu];
                    if (n.IsDirectory != o.IsDirectory || n.Size != o.Size || n.MTimeMs != o.MTimeMs) continue;
                    renamedTo.Add(neu);
                    renamedFrom.Add(old);
                    if (Wanted(neu, n.IsDirectory) || Wanted(old, o.IsDirectory))
                        events.Add(new RenamedEventArgs(WatcherChangeTypes.Renamed, _directory, neu, old));
                    break;
                }
            }
            gone.Reverse();   // what a directory held is reported deleted before the directory
            foreach (string old in gone)
                if (!renamedFrom.Contains(old) && !UnderRemoved(old, gone, renamedFrom) && Wanted(old, before[old].IsDirectory))
                    events.Add(new FileSystemEventArgs(WatcherChangeTypes.Deleted, _directory, old));
            foreach (string neu in added)
                if (!renamedTo.Contains(neu) && !UnderAdded(neu, renamedTo) && Wanted(neu, after[neu].IsDirectory))
                    events.Add(new FileSystemEventArgs(WatcherChangeTypes.Created, _directory, neu));
            foreach (string name in changed)
                if (ChangeWanted(before[name], after[name]) && MatchesFilters(name))
                    events.Add(new FileSystemEventArgs(WatcherChangeTypes.Changed, _directory, name));
        }

        // Entries inside a renamed directory move with it: no events of their own.
        private static bool UnderRemoved(string path, List<string> gone, HashSet<string> renamedFrom)
        {
            foreach (string dir in renamedFrom) if (path.StartsWith(dir + "/", StringComparison.Ordinal)) return true;
            return false;
        }

        private static bool UnderAdded(string path, HashSet<string> renamedTo)
        {
            foreach (string dir in renamedTo) if (path.StartsWith(dir + "/", StringComparison.Ordinal)) return true;
            return false;
        }

        private static bool Modified(Entry a, Entry b) { return a.Size != b.Size || a.MTimeMs != b.MTimeMs || a.Mode != b.Mode; }

        private bool ChangeWanted(Entry a, Entry b)
        {
            if (a.Size != b.Size && (_notifyFilters & (NotifyFilters.Size | NotifyFilters.LastWrite)) != 0) return true;
            if (a.MTimeMs != b.MTimeMs && (_notifyFilters & (NotifyFilters.LastWrite | NotifyFilters.LastAccess | NotifyFilters.CreationTime)) != 0) return true;
            if (a.Mode != b.Mode && (_notifyFilters & (NotifyFilters.Attributes | NotifyFilters.Security)) != 0) return true;
            return false;
        }
    }
}
