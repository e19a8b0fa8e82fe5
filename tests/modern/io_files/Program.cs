// System.IO file system: File, Directory, FileInfo, DirectoryInfo, FileStream,
// StreamReader/StreamWriter over paths, and .NET's exceptions. Works in a
// fresh directory under the temp path and removes it at the end.
using System.Text;

string root = Path.Combine(Path.GetTempPath(), "cilantro_io_" + Guid.NewGuid().ToString("N"));
string R(string p) => p.Replace(root, "<root>");
void Try(string what, Action a)
{
    try { a(); Console.WriteLine($"{what}: ok"); }
    catch (Exception e) { Console.WriteLine($"{what}: {e.GetType().Name}: {R(e.Message)}"); }
}

Directory.CreateDirectory(root);
Console.WriteLine(Directory.Exists(root));
string f = Path.Combine(root, "a.txt");
File.WriteAllText(f, "hello\nworld\n");
Console.WriteLine(File.Exists(f));
Console.WriteLine(File.ReadAllText(f).Length);
Console.WriteLine(string.Join("|", File.ReadAllLines(f)));
File.AppendAllText(f, "more");
Console.WriteLine(string.Join("|", File.ReadLines(f)));
File.AppendAllLines(f, new[] { "x", "y" });
Console.WriteLine(File.ReadAllLines(f).Length);
byte[] bytes = File.ReadAllBytes(f);
Console.WriteLine(bytes.Length + " " + bytes[0] + " " + bytes[bytes.Length - 1]);
File.WriteAllBytes(Path.Combine(root, "b.bin"), new byte[] { 1, 2, 3, 250 });
Console.WriteLine(string.Join(",", File.ReadAllBytes(Path.Combine(root, "b.bin"))));
File.WriteAllLines(Path.Combine(root, "c.txt"), new List<string> { "one", "two", "three" });
Console.WriteLine(File.ReadAllText(Path.Combine(root, "c.txt")).Replace("\n", "\\n"));

// encodings and BOMs
File.WriteAllText(Path.Combine(root, "bom.txt"), "héllo", Encoding.UTF8);
Console.WriteLine(File.ReadAllBytes(Path.Combine(root, "bom.txt")).Length + " " + File.ReadAllText(Path.Combine(root, "bom.txt")));
File.WriteAllText(Path.Combine(root, "u16.txt"), "hi", Encoding.Unicode);
Console.WriteLine(File.ReadAllBytes(Path.Combine(root, "u16.txt")).Length + " " + File.ReadAllText(Path.Combine(root, "u16.txt")));

// copy, move, delete
File.Copy(f, Path.Combine(root, "copy.txt"));
Try("copy over existing", () => File.Copy(f, Path.Combine(root, "copy.txt")));
File.Copy(f, Path.Combine(root, "copy.txt"), true);
File.Move(Path.Combine(root, "copy.txt"), Path.Combine(root, "moved.txt"));
Console.WriteLine(File.Exists(Path.Combine(root, "copy.txt")) + " " + File.Exists(Path.Combine(root, "moved.txt")));
File.Delete(Path.Combine(root, "moved.txt"));
File.Delete(Path.Combine(root, "never-there.txt"));
Console.WriteLine(File.Exists(Path.Combine(root, "moved.txt")));

// errors
Try("read missing", () => File.ReadAllText(Path.Combine(root, "missing.txt")));
Try("read in missing dir", () => File.ReadAllText(Path.Combine(root, "nodir", "x.txt")));
Try("write in missing dir", () => File.WriteAllText(Path.Combine(root, "nodir", "x.txt"), "x"));
Try("open dir as file", () => File.ReadAllText(root));
Try("delete missing dir", () => Directory.Delete(Path.Combine(root, "nodir")));
Try("null path", () => File.ReadAllText(null!));
Try("empty path", () => File.ReadAllText(""));
Try("createnew existing", () => new FileStream(f, FileMode.CreateNew).Dispose());
Try("append+read", () => new FileStream(f, FileMode.Append, FileAccess.Read).Dispose());
Try("length of missing", () => Console.WriteLine(new FileInfo(Path.Combine(root, "missing.txt")).Length));

// FileStream
string s = Path.Combine(root, "stream.bin");
using (var fs = new FileStream(s, FileMode.Create, FileAccess.ReadWrite))
{
    Console.WriteLine($"{fs.CanRead} {fs.CanWrite} {fs.CanSeek} {fs.Length} {fs.Position}");
    for (int i = 0; i < 10; i++) fs.WriteByte((byte)i);
    fs.Write(new byte[] { 100, 101, 102 }, 0, 3);
    Console.WriteLine($"{fs.Length} {fs.Position}");
    fs.Seek(2, SeekOrigin.Begin);
    Console.WriteLine(fs.ReadByte() + " " + fs.ReadByte());
    fs.Position = 11;
    var buf = new byte[10];
    int n = fs.Read(buf, 0, 10);
    Console.WriteLine(n + " " + buf[0] + " " + buf[1]);
    fs.Seek(-3, SeekOrigin.End);
    Console.WriteLine(fs.ReadByte());
    fs.Seek(0, SeekOrigin.Begin);
    fs.WriteByte(42);
    fs.Seek(0, SeekOrigin.Begin);
    Console.WriteLine(fs.ReadByte() + " " + fs.ReadByte());
    fs.SetLength(4);
    Console.WriteLine(fs.Length + " " + fs.Position);
    Console.WriteLine(fs.Name == s);
}
Try("seek before begin", () => { using var fs = File.OpenRead(s); fs.Seek(-1, SeekOrigin.Begin); });
Try("write to read-only stream", () => { using var fs = File.OpenRead(s); fs.WriteByte(1); });
Try("read closed stream", () => { var fs = File.OpenRead(s); fs.Dispose(); fs.ReadByte(); });
using (var fs = new FileStream(s, FileMode.Append))
{
    fs.WriteByte(9);
    Console.WriteLine(fs.Position + " " + fs.Length);
    Try("seek back in append", () => fs.Seek(0, SeekOrigin.Begin));
}
using (var fs = File.Open(s, FileMode.Truncate)) Console.WriteLine(fs.Length);
using (var fs = File.Open(s, FileMode.OpenOrCreate)) Console.WriteLine(fs.Length);

// StreamReader / StreamWriter on paths
using (var w = new StreamWriter(Path.Combine(root, "sw.txt")))
{
    w.WriteLine("line 1");
    w.Write(42);
    w.WriteLine();
}
using (var w = new StreamWriter(Path.Combine(root, "sw.txt"), true)) w.WriteLine("line 3");
using (var r = new StreamReader(Path.Combine(root, "sw.txt")))
{
    string? line;
    while ((line = r.ReadLine()) != null) Console.WriteLine("[" + line + "]");
}
using (var w = File.AppendText(Path.Combine(root, "sw.txt"))) w.Write("tail");
using (var r = File.OpenText(Path.Combine(root, "sw.txt"))) Console.WriteLine(r.ReadToEnd().Length);
using (var w = File.CreateText(Path.Combine(root, "sw.txt"))) w.Write("new");
Console.WriteLine(File.ReadAllText(Path.Combine(root, "sw.txt")));

// directories
Directory.CreateDirectory(Path.Combine(root, "d1", "d2", "d3"));
File.WriteAllText(Path.Combine(root, "d1", "x.cs"), "x");
File.WriteAllText(Path.Combine(root, "d1", "y.txt"), "y");
File.WriteAllText(Path.Combine(root, "d1", "d2", "z.cs"), "z");
File.WriteAllText(Path.Combine(Path.Combine(root, "d1", "d2", "d3"), "w.cs"), "w");
void Show(string title, IEnumerable<string> items) => Console.WriteLine(title + ": " + string.Join(" ", items.Select(R).OrderBy(x => x, StringComparer.Ordinal)));
Show("files", Directory.GetFiles(Path.Combine(root, "d1")));
Show("cs", Directory.GetFiles(Path.Combine(root, "d1"), "*.cs"));
Show("all cs", Directory.GetFiles(Path.Combine(root, "d1"), "*.cs", SearchOption.AllDirectories));
Show("dirs", Directory.GetDirectories(root));
Show("all dirs", Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories));
Show("entries", Directory.GetFileSystemEntries(Path.Combine(root, "d1")));
Show("?", Directory.EnumerateFiles(Path.Combine(root, "d1"), "?.txt"));
Try("enumerate missing", () => Directory.GetFiles(Path.Combine(root, "nodir")));
Try("delete non-empty", () => Directory.Delete(Path.Combine(root, "d1")));
Directory.Move(Path.Combine(root, "d1", "d2"), Path.Combine(root, "moved"));
Show("after move", Directory.GetFileSystemEntries(root, "*", SearchOption.AllDirectories).Where(p => p.Contains("moved")));
Directory.Delete(Path.Combine(root, "moved"), true);
Console.WriteLine(Directory.Exists(Path.Combine(root, "moved")));

// FileInfo / DirectoryInfo
var fi = new FileInfo(Path.Combine(root, "d1", "x.cs"));
Console.WriteLine(string.Join(" ", new object[] { fi.Name, fi.Extension, fi.Length, fi.Exists, R(fi.DirectoryName!), fi.Directory!.Name, R(fi.FullName) }));
Console.WriteLine(fi.Attributes);
fi.IsReadOnly = true;
Console.WriteLine(fi.IsReadOnly + " " + File.GetAttributes(fi.FullName));
fi.IsReadOnly = false;
Console.WriteLine(fi.IsReadOnly);
var fi2 = fi.CopyTo(Path.Combine(root, "d1", "x2.cs"));
Console.WriteLine(fi2.Name + " " + fi2.Exists);
fi2.MoveTo(Path.Combine(root, "d1", "x3.cs"));
Console.WriteLine(fi2.Name + " " + File.Exists(Path.Combine(root, "d1", "x3.cs")));
fi2.Delete();
fi2.Refresh();
Console.WriteLine(fi2.Exists);
var di = new DirectoryInfo(Path.Combine(root, "d1"));
Console.WriteLine($"{di.Name} {di.Exists} {di.Parent!.FullName == root} {di.Root.FullName}");
Console.WriteLine(string.Join(" ", di.GetFiles().Select(x => x.Name).OrderBy(x => x, StringComparer.Ordinal)));
Console.WriteLine(string.Join(" ", di.GetFileSystemInfos().Select(x => x.GetType().Name + ":" + x.Name).OrderBy(x => x, StringComparer.Ordinal)));
var sub = di.CreateSubdirectory("sub");
Console.WriteLine(sub.Exists + " " + sub.Name);
Console.WriteLine(File.GetAttributes(sub.FullName));
var missing = new FileInfo(Path.Combine(root, "nothing"));
Console.WriteLine(missing.Exists + " " + (int)missing.Attributes);
var t = new DateTime(2020, 5, 17, 10, 30, 0, DateTimeKind.Utc);
File.SetLastWriteTimeUtc(fi.FullName, t);
Console.WriteLine(File.GetLastWriteTimeUtc(fi.FullName).ToString("o"));
Console.WriteLine(File.GetLastWriteTimeUtc(Path.Combine(root, "nothing")).ToString("o"));

// BufferedStream, temp files
string bpath = Path.Combine(root, "buffered.bin");
using (var bs = new BufferedStream(File.Create(bpath), 8))
{
    for (int i = 0; i < 20; i++) bs.WriteByte((byte)i);
    Console.WriteLine(bs.Position + " " + bs.Length + " " + bs.BufferSize);
    bs.Position = 5;
    Console.WriteLine(bs.ReadByte() + " " + bs.ReadByte() + " " + bs.Position);
    bs.Write(new byte[] { 99 }, 0, 1);
    bs.Seek(0, SeekOrigin.Begin);
    var all = new byte[30];
    Console.WriteLine(bs.Read(all, 0, 30) + " " + all[7] + " " + all[19]);
}
string rnd = Path.GetRandomFileName();
Console.WriteLine(rnd.Length + " " + rnd.IndexOf('.'));
string tmp = Path.GetTempFileName();
Console.WriteLine(File.Exists(tmp) + " " + new FileInfo(tmp).Length + " " + Path.GetFileName(tmp).StartsWith("tmp") + " " + Path.GetExtension(tmp));
File.Delete(tmp);

// paths
Console.WriteLine(Path.GetFullPath("/a/b/../c/./d"));
Console.WriteLine(Path.GetFullPath("/a/b/"));
Console.WriteLine(Path.IsPathRooted(root) + " " + Path.GetTempPath().EndsWith("/"));

Directory.Delete(root, true);
Console.WriteLine(Directory.Exists(root));
