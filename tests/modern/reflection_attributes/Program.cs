using System.ComponentModel;
using System.Reflection;
using System.Runtime.CompilerServices;

[assembly: AssemblyNote("built for reflection tests")]

// Custom attributes on every member kind with .NET's inheritance rules,
// CustomAttributeData, events, interfaces, nested types, assemblies,
// Type.GetType by name, TypeInfo, parameters, and Reflection.Emit refusing.
const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
static string Names(IEnumerable<object> attrs) => string.Join(",", attrs.Select(a => a.ToString()).OrderBy(s => s));

Console.WriteLine("Derived type, inherit: " + Names(typeof(Derived).GetCustomAttributes(true)));
Console.WriteLine("Derived type, no inherit: " + Names(typeof(Derived).GetCustomAttributes(false)));
Console.WriteLine("Base type: " + Names(typeof(Base).GetCustomAttributes(false)));
Console.WriteLine("IsDefined Tag inherit/no: " + typeof(Derived).IsDefined(typeof(TagAttribute), true) + " " + typeof(Derived).IsDefined(typeof(TagAttribute), false));
Console.WriteLine("IsDefined NotInherited via base: " + typeof(Derived).IsDefined(typeof(NotInheritedAttribute), true));
Console.WriteLine("GetCustomAttribute<Info>: " + typeof(Derived).GetCustomAttribute<InfoAttribute>()!.Text);
Console.WriteLine("multi: " + Names(typeof(Derived).GetCustomAttributes<TagAttribute>()));
Console.WriteLine("array type: " + typeof(Derived).GetCustomAttributes(typeof(TagAttribute), true).GetType().Name);

var m = typeof(Derived).GetMethod("Run")!;
Console.WriteLine("override method, inherit: " + Names(m.GetCustomAttributes(true)));
Console.WriteLine("override method, no inherit: " + Names(m.GetCustomAttributes(false)));
Console.WriteLine("base definition: " + m.GetBaseDefinition().DeclaringType!.Name);
var p = typeof(Derived).GetProperty("Value")!;
Console.WriteLine("property (ignores inherit): " + Names(p.GetCustomAttributes(true)));
Console.WriteLine("Attribute.GetCustomAttributes(property, inherit): " + Names(Attribute.GetCustomAttributes(p, true)));
Console.WriteLine("field: " + Names(typeof(Base).GetField("Counter")!.GetCustomAttributes(false)));
Console.WriteLine("enum field Description: " + typeof(Color).GetField("Red")!.GetCustomAttribute<DescriptionAttribute>()!.Description);
Console.WriteLine("ctor: " + Names(typeof(Base).GetConstructors()[0].GetCustomAttributes(false)));
var ps = typeof(Base).GetMethod("Take")!.GetParameters();
foreach (var par in ps)
    Console.WriteLine($"param {par.Name} {par.ParameterType.Name} attrs [{Names(par.GetCustomAttributes(false))}] optional {par.IsOptional} hasDefault {par.HasDefaultValue} default {par.DefaultValue ?? "null"} out {par.IsOut}");
Console.WriteLine("return param attrs: " + Names(typeof(Base).GetMethod("Take")!.ReturnParameter.GetCustomAttributes(false)));

var ev = typeof(Base).GetEvent("Changed")!;
Console.WriteLine($"event {ev.Name} {ev.EventHandlerType!.Name} attrs [{Names(ev.GetCustomAttributes(false))}] add {ev.GetAddMethod()!.Name}");
var b = new Derived();
EventHandler h = (s, e) => Console.WriteLine("  raised by " + s!.GetType().Name);
ev.AddEventHandler(b, h);
b.Fire();
ev.RemoveEventHandler(b, h);
b.Fire();
Console.WriteLine("events of Derived: " + string.Join(",", typeof(Derived).GetEvents().Select(e => e.Name)));

foreach (var d in typeof(Derived).GetCustomAttributesData().OrderBy(d => d.AttributeType.Name))
    Console.WriteLine("data: " + d.AttributeType.Name + " ctor args [" + string.Join(", ", d.ConstructorArguments.Select(a => a.ArgumentType.Name + "=" + Show(a.Value)))
        + "] named [" + string.Join(", ", d.NamedArguments.Select(n => n.MemberName + (n.IsField ? "(field)" : "") + "=" + Show(n.TypedValue.Value))) + "]");
static string Show(object? v) => v switch
{
    null => "null",
    Type t => "typeof(" + t.Name + ")",
    System.Collections.Generic.IEnumerable<CustomAttributeTypedArgument> items => "{" + string.Join(" ", items.Select(i => Show(i.Value))) + "}",
    _ => v.ToString()!,
};
var rich = typeof(Derived).GetCustomAttribute<RichAttribute>()!;
Console.WriteLine($"rich: {rich.Kind} {rich.Target!.Name} [{string.Join(",", rich.Numbers!)}] {rich.Boxed} {rich.Flag} [{string.Join(",", rich.Types!.Select(t => t.Name))}]");

Console.WriteLine("interfaces: " + string.Join(",", typeof(Derived).GetInterfaces().Select(i => i.Name).OrderBy(n => n)));
Console.WriteLine("IsAssignableFrom: " + typeof(IComparable<Derived>).IsAssignableFrom(typeof(Derived)) + " " + typeof(IDisposable).IsAssignableFrom(typeof(Derived)) + " " + typeof(IEnumerable<object>).IsAssignableFrom(typeof(List<string>)));
Console.WriteLine("GetInterface: " + typeof(List<int>).GetInterface("IList`1")!.FullName);
Console.WriteLine("generic: " + typeof(Dictionary<string, int>).GetGenericTypeDefinition().Name + " " + string.Join(",", typeof(Dictionary<string, int>).GetGenericArguments().Select(t => t.Name)) + " " + typeof(List<>).ContainsGenericParameters + " " + typeof(List<int>).ContainsGenericParameters);
Console.WriteLine("nested: " + string.Join(",", typeof(Base).GetNestedTypes(All).Select(t => t.Name).OrderBy(n => n)));
Console.WriteLine("nullable: " + Nullable.GetUnderlyingType(typeof(int?))!.Name + " " + typeof(int?).IsGenericType + " enum " + typeof(Color).IsEnum + " " + typeof(Color).GetEnumUnderlyingType().Name + " array " + typeof(int[]).IsArray + " " + typeof(int[]).GetElementType()!.Name);

var asm = typeof(Derived).Assembly;
Console.WriteLine("assembly: " + asm.GetName().Name + " same " + (asm == typeof(Base).Assembly) + " corlib differs " + (asm != typeof(object).Assembly));
Console.WriteLine("types: " + string.Join(",", asm.GetTypes().Where(t => t.Namespace == "Shapes").Select(t => t.Name).OrderBy(n => n)));
Console.WriteLine("exported: " + string.Join(",", asm.GetExportedTypes().Where(t => t.Namespace == "Shapes").Select(t => t.Name).OrderBy(n => n)));
Console.WriteLine("assembly attribute: " + asm.GetCustomAttribute<AssemblyNoteAttribute>()!.Note);
Console.WriteLine("asm.GetType: " + asm.GetType("Shapes.Circle")!.FullName + " " + (asm.GetType("Shapes.Nope") == null));
Console.WriteLine("Type.GetType: " + Type.GetType("System.Collections.Generic.List`1[[System.Int32]]")!.Name + " " + Type.GetType("Shapes.Circle")!.Name + " " + (Type.GetType("No.Such.Type") == null));
try { Type.GetType("No.Such.Type", true); } catch (TypeLoadException) { Console.WriteLine("TypeLoadException for a missing type"); }
Console.WriteLine("TypeInfo: " + typeof(Derived).GetTypeInfo().DeclaredProperties.Count() + " " + typeof(Derived).GetTypeInfo().AsType().Name + " " + typeof(Base).GetTypeInfo().GetDeclaredMethod("Take")!.Name);

var c = Activator.CreateInstance<Shapes.Circle>();
var c2 = (Shapes.Circle)Activator.CreateInstance(typeof(Shapes.Circle), 2.5)!;
Console.WriteLine("Activator: " + c.Radius + " " + c2.Radius);
var raw = (Shapes.Circle)RuntimeHelpers.GetUninitializedObject(typeof(Shapes.Circle));
Console.WriteLine("uninitialized: " + raw.Radius);
// .NET (a JIT) emits; Cilantro says it cannot and refuses with PlatformNotSupportedException: both are consistent.
bool emitted;
try { new System.Reflection.Emit.DynamicMethod("f", typeof(int), Type.EmptyTypes); emitted = true; }
catch (PlatformNotSupportedException e) { emitted = false; if (!e.Message.Contains("DynamicMethod")) Console.WriteLine("message does not name the API: " + e.Message); }
Console.WriteLine("dynamic code flags match Emit: " + (RuntimeFeature.IsDynamicCodeSupported == emitted && RuntimeFeature.IsDynamicCodeCompiled == emitted));

[AttributeUsage(AttributeTargets.Assembly)]
public sealed class AssemblyNoteAttribute(string note) : Attribute { public string Note { get; } = note; }

[AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = true)]
public sealed class TagAttribute(string name) : Attribute { public string Name { get; } = name; public override string ToString() => "Tag(" + Name + ")"; }

[AttributeUsage(AttributeTargets.All, Inherited = true)]
public sealed class InfoAttribute(string text) : Attribute { public string Text { get; } = text; public override string ToString() => "Info(" + Text + ")"; }

[AttributeUsage(AttributeTargets.All, Inherited = false)]
public sealed class NotInheritedAttribute : Attribute { public override string ToString() => "NotInherited"; }

public enum Kind { Small, Large = 10 }

[AttributeUsage(AttributeTargets.Class)]
public sealed class RichAttribute(Kind kind, Type target, int[] numbers) : Attribute
{
    public Kind Kind { get; } = kind;
    public Type? Target { get; } = target;
    public int[]? Numbers { get; } = numbers;
    public object? Boxed { get; set; }
    public bool Flag;
    public Type[]? Types { get; set; }
    public override string ToString() => "Rich";
}

public enum Color { [Description("bright red")] Red, Green }

[Tag("base"), Info("base info"), NotInherited]
public class Base
{
    [Tag("ctor")] public Base() { }
    [Tag("field")] public int Counter;
    [Tag("base-run")] public virtual void Run() { }
    [Tag("base-value")] public virtual int Value { get; set; }
    [Tag("event")] public event EventHandler? Changed;
    public void Fire() { Console.WriteLine("fire"); Changed?.Invoke(this, EventArgs.Empty); }
    [return: Tag("ret")]
    public int Take([Tag("p1")] int a, [Optional2] string b = "dflt", Color c = Color.Green, decimal d = 1.5m) => a;
    public void Out(out int x) { x = 1; }
    private class Hidden { }
    public class Visible { }
}

[AttributeUsage(AttributeTargets.Parameter)]
public sealed class Optional2Attribute : Attribute { public override string ToString() => "Optional2"; }

[Tag("derived"), Info("derived info")]
[Rich(Kind.Large, typeof(string), new[] { 1, 2, 3 }, Boxed = 42, Flag = true, Types = new[] { typeof(int), typeof(List<>) })]
public class Derived : Base, IComparable<Derived>, IDisposable
{
    [Tag("derived-run")] public override void Run() { }
    public override int Value { get; set; }
    public int CompareTo(Derived? other) => 0;
    public void Dispose() { }
}

namespace Shapes
{
    public class Circle
    {
        public Circle() { Radius = 1; }
        public Circle(double r) { Radius = r; }
        public double Radius { get; set; }
    }
    internal class Secret { }
}
