// Spectre.Console rendering to plain text (no ANSI, no colours, a fixed
// width): tables, markup, rules, trees, panels, bar charts, grids, columns.
// It reads Console.WindowHeight/BufferWidth for its render options.
using Spectre.Console;

var console = AnsiConsole.Create(new AnsiConsoleSettings
{
    Ansi = AnsiSupport.No,
    ColorSystem = ColorSystemSupport.NoColors,
    Out = new AnsiConsoleOutput(Console.Out),
});
console.Profile.Width = 60;

var table = new Table().Border(TableBorder.Ascii).AddColumn("Name").AddColumn(new TableColumn("Qty").RightAligned()).AddColumn("Price");
table.AddRow("Apple", "3", "1.20");
table.AddRow("[bold]Banana[/]", "12", "0.50");
table.AddRow("Cherry", "100", "10.00");
table.Caption("3 fruits");
console.Write(table);
console.MarkupLine("[red]Error:[/] something [underline]happened[/] {0}", Markup.Escape("[x]"));
console.Write(new Rule("Section").LeftJustified());
var tree = new Tree("Root");
var child = tree.AddNode("Child 1");
child.AddNode("Grandchild");
tree.AddNode("Child 2");
console.Write(tree);
console.Write(new Panel("Hello inside a panel").Header("Title").Border(BoxBorder.Ascii));
console.Write(new BarChart().Width(40).Label("Sales").AddItem("A", 10).AddItem("B", 25));
var grid = new Grid().AddColumn().AddColumn();
grid.AddRow("k1", "v1");
grid.AddRow("key2", "value2");
console.Write(grid);
console.Write(new Columns(new Text("one"), new Text("two"), new Text("three")));
var wide = new Table().Border(TableBorder.Rounded).Expand().AddColumns("Left", "Right");
wide.AddRow(new Text("a long cell that has to wrap because the table is narrow"), new Markup("[italic]x[/]"));
console.Write(wide);
Console.WriteLine($"{Markup.Remove("[b]plain[/] text")} {Console.WindowWidth >= 0}");
