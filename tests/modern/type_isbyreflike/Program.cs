using System.Reflection;

// Type.IsByRefLike: ref structs (the program's and the corlib's) are, other
// value types, classes, byrefs, pointers, arrays and generic parameters are not.
Show("Span<int>", typeof(Span<int>));
Show("ReadOnlySpan<char>", typeof(ReadOnlySpan<char>));
Show("Span<>", typeof(Span<>));
Show("MyRef", typeof(MyRef));
Show("MyReadOnlyRef", typeof(MyReadOnlyRef));
Show("MyStruct", typeof(MyStruct));
Show("int", typeof(int));
Show("string", typeof(string));
Show("int[]", typeof(int[]));
Show("Span<int>.MakeByRefType()", typeof(Span<int>).MakeByRefType());
Show("int.MakePointerType()", typeof(int).MakePointerType());
Show("Holder<>.GetGenericArguments()[0]", typeof(Holder<>).GetGenericArguments()[0]);
Show("DayOfWeek", typeof(DayOfWeek));
Show("int?", typeof(int?));
Show("MyRef.MakeByRefType().GetElementType()!", typeof(MyRef).MakeByRefType().GetElementType()!);

static void Show(string label, Type t) => Console.WriteLine($"{label}: IsByRefLike={t.IsByRefLike} IsValueType={t.IsValueType}");

ref struct MyRef { public int X; }
readonly ref struct MyReadOnlyRef { public readonly int X; }
struct MyStruct { public int X; }
class Holder<T> { }
