using System.Runtime.InteropServices;
using System.Runtime.Serialization;

// RuntimeInformation: only facts that agree between .NET on x64 Linux,
// Cilantro natively and Cilantro on wasm are printed.
Console.WriteLine(RuntimeInformation.FrameworkDescription.Length > 0);
Console.WriteLine(RuntimeInformation.OSDescription.Length > 0);
Console.WriteLine(RuntimeInformation.RuntimeIdentifier.Contains('-'));
Console.WriteLine(RuntimeInformation.ProcessArchitecture == RuntimeInformation.OSArchitecture || RuntimeInformation.ProcessArchitecture == Architecture.Wasm);
Console.WriteLine(Enum.IsDefined(RuntimeInformation.ProcessArchitecture));
Console.WriteLine(RuntimeInformation.IsOSPlatform(OSPlatform.Windows) + " " + RuntimeInformation.IsOSPlatform(OSPlatform.OSX) + " " + RuntimeInformation.IsOSPlatform(OSPlatform.FreeBSD));
Console.WriteLine(RuntimeInformation.IsOSPlatform(OSPlatform.Linux) || RuntimeInformation.IsOSPlatform(OSPlatform.Create("BROWSER")));
Console.WriteLine(OSPlatform.Linux + " " + OSPlatform.Create("linux").Equals(OSPlatform.Linux) + " " + (OSPlatform.Create("Plan9") == OSPlatform.Linux) + " " + (OSPlatform.Windows != OSPlatform.OSX) + " " + (OSPlatform.Linux.GetHashCode() == OSPlatform.Create("LINUX").GetHashCode()));
try { OSPlatform.Create(""); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
try { OSPlatform.Create(null!); } catch (ArgumentNullException e) { Console.WriteLine(e.ParamName); }
Console.WriteLine((int)Architecture.Wasm + " " + Architecture.Arm64 + " " + (int)Architecture.RiscV64);

// serialization attributes
var dc = new DataContractAttribute { Name = "Person", Namespace = "urn:x" };
Console.WriteLine($"{dc.Name} {dc.Namespace} {dc.IsNameSetExplicitly} {dc.IsNamespaceSetExplicitly} {dc.IsReference} {new DataContractAttribute().IsNameSetExplicitly}");
var dm = new DataMemberAttribute { Name = "age", Order = 2, IsRequired = true };
Console.WriteLine($"{dm.Name} {dm.Order} {dm.IsRequired} {dm.EmitDefaultValue} {new DataMemberAttribute().Order} {dm.IsNameSetExplicitly}");
try { dm.Order = -5; } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
var em = new EnumMemberAttribute { Value = "first" };
Console.WriteLine(em.Value + " " + em.IsValueSetExplicitly + " " + new EnumMemberAttribute().IsValueSetExplicitly);
var cdc = new CollectionDataContractAttribute { ItemName = "item", KeyName = "k" };
Console.WriteLine($"{cdc.ItemName} {cdc.KeyName} {cdc.IsItemNameSetExplicitly} {cdc.IsValueNameSetExplicitly} {cdc.IsReference}");
var kt = new KnownTypeAttribute(typeof(string));
Console.WriteLine(kt.Type + " " + (kt.MethodName == null) + " " + new KnownTypeAttribute("GetTypes").MethodName);
var of = new OptionalFieldAttribute();
Console.WriteLine(of.VersionAdded);
of.VersionAdded = 3; Console.WriteLine(of.VersionAdded);
try { of.VersionAdded = 0; } catch (Exception e) { Console.WriteLine(e.GetType().Name); }
var sc = new StreamingContext(StreamingContextStates.File | StreamingContextStates.Persistence, "ctx");
Console.WriteLine(sc.State + " " + sc.Context + " " + sc.Equals(new StreamingContext(StreamingContextStates.File | StreamingContextStates.Persistence, "ctx")) + " " + StreamingContextStates.All + " " + new StreamingContext().State);
Console.WriteLine(new IgnoreDataMemberAttribute() is Attribute);
Console.WriteLine(new OnSerializingAttribute() is Attribute && new OnDeserializedAttribute() is Attribute && new OnSerializedAttribute() is Attribute && new OnDeserializingAttribute() is Attribute);
Console.WriteLine(new InvalidDataContractException("bad").Message + " " + new SerializationException().Message);
IDeserializationCallback cb = new Cb(); cb.OnDeserialization(null);

class Cb : IDeserializationCallback { public void OnDeserialization(object? sender) { Console.WriteLine("callback " + (sender == null)); } }
