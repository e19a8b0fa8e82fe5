using System.Runtime.CompilerServices;
using LazyBind;

// Each use of a missing generic member (methods, fields) sits in its own method, so CoreCLR
// (which fails a whole method when it compiles it) and Cilantro (which fails
// the instruction) throw at the same point with the same message.
static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)] static void SetInt() { new Box<int>().Set(1); }
    [MethodImpl(MethodImplOptions.NoInlining)] static void ManyStrings() { new Box<string>().Many(new List<string>(), 2); }
    [MethodImpl(MethodImplOptions.NoInlining)] static void ConvertLong() { Box<long>.Convert<double>(1, 2.0); }
    [MethodImpl(MethodImplOptions.NoInlining)] static void PairInt() { new Box<int>().Pair<string>("x"); }
    [MethodImpl(MethodImplOptions.NoInlining)] static void SlotShort() { new Box<short>().Slot(new short[1, 1]) = 4; }
    [MethodImpl(MethodImplOptions.NoInlining)] static void IdInt() { Generic.Id<int>(1, null!); }
    [MethodImpl(MethodImplOptions.NoInlining)] static void SetFromGeneric<Q>(Q q) { new Box<Q>().Set(q); }
    [MethodImpl(MethodImplOptions.NoInlining)] static void IdFromGeneric<Q>(Q q) { Generic.Id<Q>(q, null!); }
    [MethodImpl(MethodImplOptions.NoInlining)] static object? ReadExtra() => new Box<int>().Extra;
    [MethodImpl(MethodImplOptions.NoInlining)] static int ReadCount() => Box<string>.Count;

    static void Try(string label, Action a)
    {
        try { a(); Console.WriteLine(label + ": ok"); }
        catch (MissingMemberException e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        Console.WriteLine("value " + new Box<int> { Value = 5 }.Value);
        Try("Set", SetInt);
        Try("Many", ManyStrings);
        Try("Convert", ConvertLong);
        Try("Pair", PairInt);
        Try("Slot", SlotShort);
        Try("Id", IdInt);
        Try("Set in Q=byte", () => SetFromGeneric<byte>(1));
        Try("Id in Q=char", () => IdFromGeneric<char>('c'));
        Try("Id in Q=double", () => IdFromGeneric<double>(0.5));
        Try("field", () => ReadExtra());
        Try("static field", () => ReadCount());
    }
}
