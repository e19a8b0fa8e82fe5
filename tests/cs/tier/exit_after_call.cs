// A value the tier keeps in a wasm local is read again after a call whose
// callee runs in the interpreter (here a constructor with a try block, which
// the tier leaves alone): the interpreter continues the caller from the frame,
// so that value must be in the frame. The inlined constructors shuffle the
// slots the way Jint's map iterators do.
using System;
using System.Runtime.CompilerServices;

class Realm { public int Id; public Realm(int id) { Id = id; } }
class Engine
{
    Realm realm = new Realm(7);
    public Realm Realm { get { return realm; } }
}
class JsMap { public string Entries; public JsMap(string e) { Entries = e; } }

class ObjectInstance
{
    public static int Created;
    public ObjectInstance(Engine engine)
    {
        try { Created++; }
        catch (InvalidOperationException) { throw; }
    }
}

class IteratorInstance : ObjectInstance
{
    public Realm Proto;
    public IteratorInstance(Engine engine) : base(engine) { Proto = engine.Realm; }
}

class MapIterator : IteratorInstance
{
    readonly string entries;
    readonly int kind;
    public MapIterator(Engine engine, JsMap map, int kind) : base(engine) { entries = map.Entries; this.kind = kind; }
    public override string ToString() { return entries + "/" + kind + "/" + (Proto == null ? "null" : Proto.Id.ToString()); }
}

class Owner
{
    readonly Engine engine = new Engine();
    [MethodImpl(MethodImplOptions.NoInlining)]
    public MapIterator Values(JsMap map) { return new MapIterator(engine, map, 1); }
    [MethodImpl(MethodImplOptions.NoInlining)]
    public MapIterator Keys(JsMap map) { return new MapIterator(engine, map, 2); }
}

static class Program
{
    static void Main()
    {
        var o = new Owner();
        for (int i = 0; i < 3; i++)
        {
            try { Console.WriteLine(o.Values(new JsMap("m" + i)) + " " + o.Keys(new JsMap("k" + i))); }
            catch (NullReferenceException e) { Console.WriteLine(e.GetType().Name); }
        }
        Console.WriteLine(ObjectInstance.Created);
    }
}
