using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

// The object model both ways with a naming convention, the representation
// model, and the event stream.
var yaml = @"
name: Build pipeline
version: 3
enabled: true
timeout_seconds: 90.5
stages:
  - name: compile
    commands: [make, make test]
    env:
      CC: gcc
      JOBS: '2'
  - name: package
    commands:
      - tar czf out.tgz build
    retry: 2
owner: null
notes: |
  line one
  line two
";
var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
var pipeline = deserializer.Deserialize<Pipeline>(yaml);
Console.WriteLine($"{pipeline.Name} v{pipeline.Version} enabled={pipeline.Enabled} timeout={pipeline.TimeoutSeconds} owner={(pipeline.Owner ?? "null")}");
foreach (var s in pipeline.Stages)
    Console.WriteLine($"  {s.Name}: {string.Join(" && ", s.Commands)} env[{string.Join(",", s.Env.Select(kv => kv.Key + "=" + kv.Value))}] retry={s.Retry}");
Console.Write("notes: " + pipeline.Notes);

pipeline.Stages.Add(new Stage { Name = "deploy", Commands = { "scp out.tgz host:" }, Retry = 0 });
var serializer = new SerializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
Console.WriteLine(serializer.Serialize(pipeline));

var generic = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>("a: 1\nb: [x, y]\nc: {d: e}\n");
foreach (var kv in generic) Console.WriteLine(kv.Key + " -> " + kv.Value.GetType().Name);

var stream = new YamlStream();
stream.Load(new StringReader("root:\n  list: [1, 2, 3]\n  map: {k: v}\n  text: 'quoted'\n"));
var root = (YamlMappingNode)stream.Documents[0].RootNode;
var inner = (YamlMappingNode)root.Children[new YamlScalarNode("root")];
foreach (var entry in inner.Children)
    Console.WriteLine(((YamlScalarNode)entry.Key).Value + ": " + entry.Value.NodeType + " " + entry.Value);

var parser = new YamlDotNet.Core.Parser(new StringReader("- a\n- {b: c}\n"));
var events = new List<string>();
while (parser.MoveNext()) events.Add(parser.Current!.GetType().Name);
Console.WriteLine(string.Join(" ", events));

try { deserializer.Deserialize<Pipeline>("name: [unclosed"); }
catch (YamlDotNet.Core.YamlException e) { Console.WriteLine(e.GetType().Name + " at line " + e.Start.Line); }

public class Pipeline
{
    public string Name { get; set; } = "";
    public int Version { get; set; }
    public bool Enabled { get; set; }
    public double TimeoutSeconds { get; set; }
    public List<Stage> Stages { get; set; } = new();
    public string? Owner { get; set; }
    public string Notes { get; set; } = "";
}

public class Stage
{
    public string Name { get; set; } = "";
    public List<string> Commands { get; set; } = new();
    public Dictionary<string, string> Env { get; set; } = new();
    public int Retry { get; set; }
}
