using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

// CommonMark to HTML, the advanced-extensions pipeline (tables, task lists,
// footnotes, auto links), and walking the syntax tree.
var md = @"# Title

Some *emphasis*, **strong** and `code`, a [link](https://example.org ""t"").

- one
- two
  1. nested
  2. list

> quoted
> text

```csharp
var x = 1 < 2;
```

| a | b |
|---|--:|
| 1 | 2 |

- [x] done
- [ ] todo

Footnote here[^1]. Visit https://example.com now.

[^1]: The note.
";
Console.Write(Markdown.ToHtml(md));
Console.WriteLine("----");
var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
Console.Write(Markdown.ToHtml(md, pipeline));
Console.WriteLine("----");
var doc = Markdown.Parse(md, pipeline);
foreach (var block in doc.Descendants<Block>())
    Console.WriteLine(new string(' ', Depth(block) * 2) + block.GetType().Name + " line " + block.Line);
Console.WriteLine("links: " + string.Join(", ", doc.Descendants<LinkInline>().Select(l => l.Url)));
Console.WriteLine("headings: " + string.Join(", ", doc.Descendants<HeadingBlock>().Select(h => h.Level + ":" + h.Inline!.FirstChild)));
Console.WriteLine(Markdown.ToPlainText("**bold** and _it_\n\n* item"));
Console.WriteLine(Markdown.Normalize("Title\n=====\n\n*  a\n*  b\n"));

static int Depth(Block b) { int d = 0; for (var p = b.Parent; p != null; p = p.Parent) d++; return d; }
