// Non-generic and specialized collections, KeyedCollection,
// ReadOnlyDictionary, ReadOnlyObservableCollection.
using System.Collections;
using System.Collections.ObjectModel;
using System.Collections.Specialized;

void Try(string what, Action a)
{
    try { a(); Console.WriteLine(what + ": ok"); }
    catch (Exception e) { Console.WriteLine($"{what}: {e.GetType().Name}: {e.Message}"); }
}
string J(IEnumerable e) { var l = new List<string>(); foreach (var o in e) l.Add(o?.ToString() ?? "null"); return string.Join(",", l); }

var nv = new NameValueCollection();
nv.Add("a", "1"); nv.Add("A", "2"); nv.Add("b", "3"); nv.Add(null, "n"); nv["c"] = "4"; nv.Add("d", null);
Console.WriteLine($"{nv.Count} {nv["a"]} {nv[1]} {nv.Get("B")} {nv[null]} [{nv["d"]}] [{nv["zz"]}]");
Console.WriteLine(J(nv.AllKeys) + " | " + J(nv.GetValues("a")!) + " | " + nv.HasKeys());
nv.Set("a", "x"); nv.Remove("b");
Console.WriteLine(J(nv.AllKeys) + " " + nv["a"] + " " + nv.GetKey(0));
var nv2 = new NameValueCollection(nv);
nv2.Add("a", "y");
Console.WriteLine(nv2["a"] + " " + nv["a"]);
foreach (string k in nv) Console.Write((k ?? "null") + ";");
Console.WriteLine();

var od = new OrderedDictionary();
od.Add("one", 1); od.Add("two", 2); od["three"] = 3; od.Insert(0, "zero", 0);
Console.WriteLine($"{od.Count} {od[0]} {od["two"]} {od[3]} {J(od.Keys)} {J(od.Values)}");
od.RemoveAt(1); od.Remove("three"); od[0] = 100;
foreach (DictionaryEntry e in od) Console.Write($"{e.Key}={e.Value} ");
Console.WriteLine();
Try("od dup", () => od.Add("two", 5));
var ro = od.AsReadOnly();
Try("od readonly", () => ro.Add("x", 1));
Console.WriteLine(ro.IsReadOnly + " " + ro.Count);

var sc = new StringCollection { "a", "b" };
sc.AddRange(new[] { "c", "d" }); sc.Insert(1, "ins"); sc.Remove("c");
Console.WriteLine($"{sc.Count} {sc[1]} {sc.Contains("d")} {sc.IndexOf("d")}");
var se = sc.GetEnumerator();
while (se.MoveNext()) Console.Write(se.Current + " ");
Console.WriteLine();

var sd = new StringDictionary();
sd.Add("Key", "v1"); sd["OTHER"] = "v2";
Console.WriteLine($"{sd["KEY"]} {sd.ContainsKey("other")} {sd.ContainsValue("v2")} {sd.Count}");
Try("sd dup", () => sd.Add("key", "x"));

var hd = new HybridDictionary(true);
for (int i = 0; i < 12; i++) hd.Add("k" + i, i);
Console.WriteLine($"{hd.Count} {hd["K5"]} {hd.Contains("k11")}");
var ld = new ListDictionary();
ld.Add("x", 1); ld.Add("y", 2); ld["z"] = 3; ld.Remove("x");
Console.WriteLine(J(ld.Keys) + " " + J(ld.Values) + " " + ld["y"]);
Try("ld dup", () => ld.Add("y", 5));
Try("ld null", () => ld.Add(null!, 5));

var bv = new BitVector32(0);
int m1 = BitVector32.CreateMask(), m2 = BitVector32.CreateMask(m1), m3 = BitVector32.CreateMask(m2);
bv[m1] = true; bv[m3] = true;
Console.WriteLine($"{m1} {m2} {m3} {bv.Data} {bv[m2]} {bv}");
var s1 = BitVector32.CreateSection(7); var s2 = BitVector32.CreateSection(15, s1);
var bv2 = new BitVector32(0);
bv2[s1] = 5; bv2[s2] = 9;
Console.WriteLine($"{bv2[s1]} {bv2[s2]} {bv2.Data} {s2.Mask} {s2.Offset} {s2}");

// System.Collections
var q = new Queue();
q.Enqueue(1); q.Enqueue("two"); q.Enqueue(3.5);
Console.WriteLine($"{q.Dequeue()} {q.Peek()} {q.Count} {q.Contains(3.5)} {J(q)} {J(q.ToArray())}");
Try("queue empty", () => new Queue().Dequeue());
var st = new Stack(new[] { 1, 2, 3 });
st.Push(4);
Console.WriteLine($"{st.Pop()} {st.Peek()} {st.Count} {J(st)} {J(st.ToArray())}");
Try("stack empty", () => new Stack().Pop());

var sl = new SortedList();
sl.Add("b", 2); sl.Add("a", 1); sl["c"] = 3; sl.Add("aa", 11);
Console.WriteLine($"{J(sl.Keys)} {J(sl.Values)} {sl.GetKey(0)} {sl.GetByIndex(1)} {sl.IndexOfKey("c")} {sl.IndexOfValue(2)} {sl["zz"] == null}");
sl.RemoveAt(0); sl.Remove("c");
foreach (DictionaryEntry e in sl) Console.Write($"{e.Key}:{e.Value} ");
Console.WriteLine();
Try("sl dup", () => sl.Add("b", 9));
var slci = new SortedList(CaseInsensitiveComparer.Default) { { "B", 1 }, { "a", 2 } };
Console.WriteLine(J(slci.Keys) + " " + slci["b"]);

var ba = new BitArray(10);
ba[1] = true; ba.Set(3, true);
var bb = new BitArray(new bool[] { true, true, false, false, false, false, false, false, false, true });
Console.WriteLine($"{ba.Count} {ba[1]} {ba.Get(2)} {J(ba)}");
var and = new BitArray(ba).And(bb); var or = new BitArray(ba).Or(bb); var xor = new BitArray(ba).Xor(bb);
Console.WriteLine(J(and) + " | " + J(or) + " | " + J(xor));
var bytes = new BitArray(new byte[] { 5, 128 });
Console.WriteLine(bytes.Length + " " + bytes[0] + bytes[2] + bytes[15]);
var ints = new int[1]; or.CopyTo(ints, 0); Console.WriteLine(ints[0]);
Try("ba mismatch", () => ba.And(new BitArray(3)));
Try("ba index", () => _ = ba[10]);
ba.Length = 4; Console.WriteLine(J(ba)); ba.Length = 6; Console.WriteLine(J(ba.Not()));

var ht = new Hashtable { { "x", 1 } };
Console.WriteLine(CaseInsensitiveComparer.Default.Compare("abc", "ABC") + " " + Math.Sign(CaseInsensitiveComparer.Default.Compare("a", "B")) + " " + Math.Sign(Comparer.Default.Compare(1, 2)));

var pc = new People();
pc.Add(new Person("ann", 30)); pc.Add(new Person("bob", 25));
Console.WriteLine($"{pc.Count} {pc[1].Name} {pc.Log}");
Try("people null", () => pc.Add(null!));
pc.RemoveAt(0);
Console.WriteLine($"{pc.Count} {pc.Log}");
var dict = new Registry();
dict.Put("k", "v");
Console.WriteLine($"{dict.Count} {dict.Get("k")} {dict.Log}");

// ObjectModel
var kc = new PersonByName();
kc.Add(new Person("zed", 40)); kc.Add(new Person("amy", 22)); kc.Add(new Person("kim", 35));
Console.WriteLine($"{kc["amy"].Age} {kc.Contains("kim")} {kc.Contains("nobody")} {kc[0].Name}");
Try("kc dup", () => kc.Add(new Person("amy", 1)));
Try("kc missing", () => _ = kc["nobody"]);
kc.Remove("zed");
Console.WriteLine(kc.Count + " " + kc[0].Name + " " + kc.TryGetValue("kim", out var kim) + " " + kim!.Age);

var rod = new ReadOnlyDictionary<string, int>(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 });
Console.WriteLine($"{rod.Count} {rod["b"]} {rod.ContainsKey("a")} {string.Join(",", rod.Keys)} {string.Join(",", rod.Values)}");
Try("rod add", () => ((IDictionary<string, int>)rod).Add("c", 3));

var oc = new ObservableCollection<int> { 1, 2 };
var roc = new ReadOnlyObservableCollection<int>(oc);
((System.Collections.Specialized.INotifyCollectionChanged)roc).CollectionChanged += (s, e) => Console.WriteLine($"changed {e.Action} {J(e.NewItems ?? new ArrayList())}");
oc.Add(3);
Console.WriteLine(roc.Count + " " + roc[2]);

class Person(string name, int age) { public string Name = name; public int Age = age; }
class PersonByName : KeyedCollection<string, Person> { protected override string GetKeyForItem(Person p) => p.Name; }
class People : CollectionBase
{
    public string Log = "";
    public void Add(Person p) => List.Add(p);
    public Person this[int i] => (Person)List[i]!;
    protected override void OnInsert(int index, object? value) => Log += "+" + index;
    protected override void OnRemoveComplete(int index, object? value) => Log += "-" + ((Person)value!).Name;
}
class Registry : DictionaryBase
{
    public string Log = "";
    public void Put(string k, string v) => Dictionary.Add(k, v);
    public string? Get(string k) => (string?)Dictionary[k];
    protected override void OnInsert(object key, object? value) => Log += "insert " + key;
}
