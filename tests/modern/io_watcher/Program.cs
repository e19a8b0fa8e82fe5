// FileSystemWatcher (events, WaitForChanged, filters, subdirectories, renames),
// its event-args types, DriveInfo, HandleInheritability, FileStream over a
// SafeFileHandle, StreamReader.DiscardBufferedData, File.Encrypt. Works in a
// fresh directory under the temp path and removes it at the end.
using System.ComponentModel;
using System.Text;

string root = Path.Combine(Path.GetTempPath(), "cilantro_watch_" + Guid.NewGuid().ToString("N"));
string R(string? p) => p == null ? "null" : p.Replace(root, "<root>");
void Try(string what, Action a)
{
    try { a(); Console.WriteLine($"{what}: ok"); }
    catch (Exception e) { Console.WriteLine($"{what}: {e.GetType().Name}: {R(e.Message)}"); }
}
Directory.CreateDirectory(root);

// ---- event args and defaults ----
var ea = new FileSystemEventArgs(WatcherChangeTypes.Created, "dir", "a.txt");
Console.WriteLine($"{ea.ChangeType} {ea.Name} {ea.FullPath}");
Console.WriteLine(new FileSystemEventArgs(WatcherChangeTypes.Deleted, "dir/", "a.txt").FullPath);
Console.WriteLine(new FileSystemEventArgs(WatcherChangeTypes.Changed, "/x", null).FullPath);
var ra = new RenamedEventArgs(WatcherChangeTypes.Renamed, "/d", "new", "old");
Console.WriteLine($"{ra.ChangeType} {ra.Name} {ra.OldName} {ra.FullPath} {ra.OldFullPath}");
Console.WriteLine(new ErrorEventArgs(new InternalBufferOverflowException()).GetException().Message);
Console.WriteLine(new InternalBufferOverflowException("full").Message);
Console.WriteLine($"{WatcherChangeTypes.All} {(int)WatcherChangeTypes.All} {NotifyFilters.Security | NotifyFilters.Size}");
Console.WriteLine($"{HandleInheritability.None} {(int)HandleInheritability.Inheritable}");
var wr = new WaitForChangedResult { ChangeType = WatcherChangeTypes.Changed, Name = "n", OldName = "o", TimedOut = true };
Console.WriteLine($"{wr.ChangeType} {wr.Name} {wr.OldName} {wr.TimedOut}");

var w0 = new FileSystemWatcher();
Console.WriteLine($"defaults: path='{w0.Path}' filter={w0.Filter} notify={w0.NotifyFilter} sub={w0.IncludeSubdirectories} buf={w0.InternalBufferSize} enabled={w0.EnableRaisingEvents}");
w0.InternalBufferSize = 10;
Console.WriteLine($"buffer floor {w0.InternalBufferSize}");
w0.Filter = "*.txt";
Console.WriteLine($"filter {w0.Filter} filters {w0.Filters.Count}");
Try("enable without path", () => w0.EnableRaisingEvents = true);
Try("missing directory", () => new FileSystemWatcher(Path.Combine(root, "nope")));
Try("empty path", () => new FileSystemWatcher(""));
Try("null path", () => new FileSystemWatcher(null!));
Try("bad NotifyFilter", () => w0.NotifyFilter = (NotifyFilters)1024);
Console.WriteLine(w0 is Component);
Console.WriteLine(w0.ToString());
bool disposedRaised = false;
w0.Disposed += (s, e) => disposedRaised = true;
w0.Dispose();
Console.WriteLine($"Disposed raised {disposedRaised}");

// ---- WaitForChanged ----
var w = new FileSystemWatcher(root);
string f1 = Path.Combine(root, "one.txt");
Task.Run(() => { Thread.Sleep(300); File.WriteAllText(f1, "hi"); });
var r1 = w.WaitForChanged(WatcherChangeTypes.Created, 10000);
Console.WriteLine($"wait created: {r1.ChangeType} {r1.Name} timedOut={r1.TimedOut} enabled after={w.EnableRaisingEvents}");
var r2 = w.WaitForChanged(WatcherChangeTypes.Deleted, 200);
Console.WriteLine($"wait timeout: {r2.ChangeType} {r2.Name ?? "null"} timedOut={r2.TimedOut}");
Task.Run(() => { Thread.Sleep(300); File.Move(f1, Path.Combine(root, "two.txt")); });
var r3 = w.WaitForChanged(WatcherChangeTypes.Renamed, 10000);
Console.WriteLine($"wait renamed: {r3.ChangeType} {r3.Name} from {r3.OldName} timedOut={r3.TimedOut}");
Task.Run(() => { Thread.Sleep(300); File.Delete(Path.Combine(root, "two.txt")); });
var r4 = w.WaitForChanged(WatcherChangeTypes.Deleted | WatcherChangeTypes.Created, 10000);
Console.WriteLine($"wait deleted: {r4.ChangeType} {r4.Name} timedOut={r4.TimedOut}");
w.Dispose();

// ---- events: one change at a time, each awaited ----
var seen = new List<string>();
var gate = new object();
void Record(string s) { lock (gate) { if (!seen.Contains(s)) seen.Add(s); Monitor.PulseAll(gate); } }
void Await(string s)
{
    lock (gate)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!seen.Contains(s) && DateTime.UtcNow < until) Monitor.Wait(gate, 100);
        Console.WriteLine(seen.Contains(s) ? "saw " + s : "missed " + s);
    }
}
Directory.CreateDirectory(Path.Combine(root, "sub"));
var ev = new FileSystemWatcher(root, "*.log") { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.Size };
ev.Created += (s, e) => Record($"Created {e.Name} {R(e.FullPath)}");
ev.Deleted += (s, e) => Record($"Deleted {e.Name}");
ev.Changed += (s, e) => Record($"Changed {e.Name}");
ev.Renamed += (s, e) => Record($"Renamed {e.OldName} -> {e.Name} {R(e.OldFullPath)}");
ev.EnableRaisingEvents = true;
string lg = Path.Combine(root, "sub", "a.log");
File.WriteAllText(lg, "1");
Await($"Created sub/a.log {R(lg)}");
File.AppendAllText(lg, "more text");
Await("Changed sub/a.log");
File.WriteAllText(Path.Combine(root, "ignored.txt"), "x");
File.Move(lg, Path.Combine(root, "sub", "b.log"));
Await($"Renamed sub/a.log -> sub/b.log {R(lg)}");
File.Delete(Path.Combine(root, "sub", "b.log"));
Await("Deleted sub/b.log");
ev.EnableRaisingEvents = false;
File.WriteAllText(Path.Combine(root, "off.log"), "x");
Thread.Sleep(300);
lock (gate) Console.WriteLine("while disabled: " + seen.Any(s => s.Contains("off.log")));
lock (gate) Console.WriteLine("txt filtered out: " + !seen.Any(s => s.Contains(".txt")));
ev.Dispose();

// ---- BeginInit/EndInit defers starting ----
var bi = new FileSystemWatcher();
bi.BeginInit();
bi.EnableRaisingEvents = true;
Console.WriteLine($"during init enabled={bi.EnableRaisingEvents}");
bi.Path = root;
bi.EndInit();
Console.WriteLine($"after init enabled={bi.EnableRaisingEvents}");
bi.Dispose();
Try("enable after dispose", () => bi.EnableRaisingEvents = true);

// ---- DriveInfo ----
var d = new DriveInfo("/");
Console.WriteLine($"drive {d.Name} {d} root={d.RootDirectory.FullName} ready={d.IsReady} label={d.VolumeLabel}");
Console.WriteLine($"sizes sane: {d.TotalSize > 0} {d.AvailableFreeSpace <= d.TotalFreeSpace} {d.TotalFreeSpace <= d.TotalSize}");
Console.WriteLine("GetDrives has /: " + DriveInfo.GetDrives().Any(x => x.Name == "/"));
var missing = new DriveInfo(Path.Combine(root, "nope"));
Console.WriteLine($"missing ready={missing.IsReady} type={missing.DriveType}");
Try("missing TotalSize", () => { var _ = missing.TotalSize; });
Try("set VolumeLabel", () => d.VolumeLabel = "x");
Try("null drive", () => new DriveInfo(null!));
Console.WriteLine(new DriveNotFoundException().Message);

// ---- FileStream over a SafeFileHandle ----
string hf = Path.Combine(root, "handle.bin");
using (var fs = new FileStream(hf, FileMode.Create))
{
    fs.Write(new byte[] { 1, 2, 3 });
    var h = fs.SafeFileHandle;
    Console.WriteLine($"handle invalid={h.IsInvalid} closed={h.IsClosed} len={fs.Length}");
    using var fs2 = new FileStream(h, FileAccess.ReadWrite);
    Console.WriteLine($"second stream name={R(fs2.Name)} pos={fs2.Position} len={fs2.Length}");
    fs2.Write(new byte[] { 4 });
    fs2.Flush();
}
Console.WriteLine("file: " + string.Join(",", File.ReadAllBytes(hf)));
Try("invalid handle", () => new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(new IntPtr(-1), false), FileAccess.Read));
Try("null handle", () => new FileStream((Microsoft.Win32.SafeHandles.SafeFileHandle)null!, FileAccess.Read));

// ---- StreamReader.DiscardBufferedData ----
File.WriteAllText(Path.Combine(root, "lines.txt"), "first\nsecond\n");
using (var sr = new StreamReader(Path.Combine(root, "lines.txt")))
{
    Console.WriteLine(sr.ReadLine());
    sr.BaseStream.Seek(0, SeekOrigin.Begin);
    sr.DiscardBufferedData();
    Console.WriteLine(sr.ReadLine() + " / " + sr.ReadLine() + " / " + (sr.ReadLine() ?? "null"));
}

// ---- encryption and FileSystemInfo serialization are not supported ----
Try("File.Encrypt", () => File.Encrypt(hf));
Try("FileInfo.Decrypt", () => new FileInfo(hf).Decrypt());
#pragma warning disable SYSLIB0050, SYSLIB0051
Try("GetObjectData", () => new FileInfo(hf).GetObjectData(null!, default));
#pragma warning restore SYSLIB0050, SYSLIB0051

Directory.Delete(root, true);
Console.WriteLine("done");
