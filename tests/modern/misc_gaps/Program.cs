// System.Threading.ReaderWriterLock (the original one), TypeDescriptor.GetEvents,
// and Assembly.Load(byte[]) / LoadFrom / LoadFile of an assembly on the file system.
using System.ComponentModel;
using System.Reflection;

void Try(string what, Action a)
{
    try { a(); Console.WriteLine($"{what}: ok"); }
    catch (Exception e) { Console.WriteLine($"{what}: {e.GetType().Name}: {e.Message}"); }
}

// ---- ReaderWriterLock ----
var rw = new ReaderWriterLock();
int seq0 = rw.WriterSeqNum;
rw.AcquireReaderLock(1000);
rw.AcquireReaderLock(1000);
Console.WriteLine($"reader held {rw.IsReaderLockHeld} writer held {rw.IsWriterLockHeld}");
var other = new Thread(() =>
{
    Try("other thread writer while read-locked", () => rw.AcquireWriterLock(100));
    rw.AcquireReaderLock(100);
    Console.WriteLine("other thread can read too: " + rw.IsReaderLockHeld);
    rw.ReleaseReaderLock();
});
other.Start(); other.Join();
LockCookie up = rw.UpgradeToWriterLock(1000);
Console.WriteLine($"after upgrade: reader {rw.IsReaderLockHeld} writer {rw.IsWriterLockHeld} any writers since {rw.AnyWritersSince(seq0)}");
rw.DowngradeFromWriterLock(ref up);
Console.WriteLine($"after downgrade: reader {rw.IsReaderLockHeld} writer {rw.IsWriterLockHeld}");
rw.ReleaseReaderLock();
rw.ReleaseReaderLock();
Console.WriteLine($"released: reader {rw.IsReaderLockHeld}");
Try("release reader not held", () => rw.ReleaseReaderLock());
Try("release writer not held", () => rw.ReleaseWriterLock());
rw.AcquireWriterLock(1000);
rw.AcquireReaderLock(1000);   // counts as writer recursion
rw.AcquireWriterLock(1000);
Console.WriteLine($"writer recursion: writer {rw.IsWriterLockHeld} reader {rw.IsReaderLockHeld}");
var t2 = new Thread(() => Try("other thread reader while write-locked", () => rw.AcquireReaderLock(50)));
t2.Start(); t2.Join();
LockCookie all = rw.ReleaseLock();
Console.WriteLine($"ReleaseLock: writer {rw.IsWriterLockHeld}");
var t3 = new Thread(() => { rw.AcquireWriterLock(1000); Console.WriteLine("other thread wrote"); rw.ReleaseWriterLock(); });
t3.Start(); t3.Join();
int seq1 = rw.WriterSeqNum;
rw.RestoreLock(ref all);
Console.WriteLine($"RestoreLock: writer {rw.IsWriterLockHeld} seq advanced {rw.WriterSeqNum > seq1}");
rw.ReleaseWriterLock(); rw.ReleaseWriterLock(); rw.ReleaseWriterLock();
Console.WriteLine($"all released: writer {rw.IsWriterLockHeld}");
Console.WriteLine($"cookies equal {all == all} default equal {new LockCookie() == default(LockCookie)}");
Try("negative timeout", () => rw.AcquireReaderLock(-5));

// ---- TypeDescriptor.GetEvents ----
var evs = TypeDescriptor.GetEvents(typeof(Widget));
Console.WriteLine("events: " + string.Join(", ", evs.Cast<EventDescriptor>().Select(e => $"{e.Name}:{e.EventType.Name}:{e.IsMulticast}:{e.ComponentType.Name}").OrderBy(s => s)));
var clicked = evs.Find("Clicked", false)!;
Console.WriteLine($"description: {clicked.Description} category: {clicked.Category} browsable: {clicked.IsBrowsable}");
var w = new Widget();
EventHandler h = (s, e) => Console.WriteLine("clicked via descriptor");
clicked.AddEventHandler(w, h);
w.Click();
clicked.RemoveEventHandler(w, h);
w.Click();
Console.WriteLine("by instance: " + TypeDescriptor.GetEvents(w).Count + ", hidden filtered: " + TypeDescriptor.GetEvents(w, new Attribute[] { BrowsableAttribute.Yes }).Count);
Console.WriteLine("find ignore case: " + (TypeDescriptor.GetEvents(w).Find("changed", true)?.Name ?? "null"));

// ---- Assembly.Load(byte[]), LoadFrom, LoadFile ----
string lib = Path.GetFullPath("build/modern/nslib/nslib.dll");   // another test program's library (tests run from the repository root), not referenced by this one
Console.WriteLine("lib present: " + File.Exists(lib));
byte[] raw = File.ReadAllBytes(lib);
Assembly fromBytes = Assembly.Load(raw);
Console.WriteLine("Load(bytes): " + fromBytes.GetName().Name);
Type? t = fromBytes.GetTypes().Where(x => x.IsPublic).OrderBy(x => x.FullName).FirstOrDefault();
Console.WriteLine("first public type: " + t?.FullName);
Assembly fromFile = Assembly.LoadFrom(lib);
Console.WriteLine("LoadFrom: " + fromFile.GetName().Name);
Console.WriteLine("LoadFile: " + Assembly.LoadFile(lib).GetName().Name);
Try("LoadFile relative", () => Assembly.LoadFile("nslib.dll"));
try { Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "missing_lib.dll")); }
catch (FileNotFoundException e) { Console.WriteLine("LoadFrom missing: FileNotFoundException " + Path.GetFileName(e.FileName)); }
Try("Load empty bytes", () => Assembly.Load(new byte[0]));
Try("Load garbage bytes", () => Assembly.Load(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }));
Try("Load null", () => Assembly.Load((byte[])null!));

public class Widget
{
    [Description("Raised on click"), Category("Action")]
    public event EventHandler? Clicked;
    public event Action<int>? Changed;
    [Browsable(false)]
    public event EventHandler? Hidden;
    private event EventHandler? Private;
    public static event EventHandler? Static;
    public void Click() => Clicked?.Invoke(this, EventArgs.Empty);
}
