using Jint;
using Jint.Native;
using Jint.Runtime;

// Evaluating scripts, values both ways, CLR objects and delegates exposed to
// JavaScript, ES2015+ features, JSON, and JavaScript errors.
var engine = new Engine(o => o.TimeoutInterval(TimeSpan.FromSeconds(30)));
Console.WriteLine(engine.Evaluate("1 + 2 * 3").AsNumber());
Console.WriteLine(engine.Evaluate("'con' + 'cat'.toUpperCase()").AsString());
engine.SetValue("log", new Action<object>(o => Console.WriteLine("js: " + o)));
engine.SetValue("add", new Func<int, int, int>((a, b) => a + b));
engine.SetValue("point", new Point { X = 3, Y = 4 });
engine.Execute(@"
  function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
  log('fib(20) = ' + fib(20));
  log('add from C#: ' + add(40, 2));
  log('point length: ' + point.Length() + ' x=' + point.X);
  point.Y = 10;
  class Animal { constructor(name) { this.name = name; } speak() { return `${this.name} makes a sound`; } }
  class Dog extends Animal { speak() { return `${this.name} barks`; } }
  log(new Dog('Rex').speak());
  const [a, b, ...rest] = [1, 2, 3, 4, 5];
  log(`destructured ${a} ${b} ${rest.join('|')}`);
  const m = new Map([['k1', 1], ['k2', 2]]);
  log('map size ' + m.size + ' sum ' + [...m.values()].reduce((s, v) => s + v, 0));
  log([5, 1, 4].sort((x, y) => x - y).map(x => x * x).filter(x => x > 1).toString());
  log(JSON.stringify({ a: [1, { b: null }], c: 'x' }));
  log(JSON.parse('{""n"": 1.5}').n * 2);
  function* gen() { yield 1; yield 2; }
  log('generator ' + Array.from(gen()).join(','));
  log('regex ' + 'a1b22c333'.replace(/\d+/g, m => m.length));
  log(typeof Symbol.iterator + ' ' + Object.keys({x: 1, y: 2}).join());
");
Console.WriteLine("point.Y from C#: " + ((Point)engine.GetValue("point").ToObject()!).Y);
var fn = engine.GetValue("fib");
Console.WriteLine("call fib(15) from C#: " + engine.Invoke(fn, 15).AsNumber());
var obj = engine.Evaluate("({ name: 'obj', list: [1, 2, 3], nested: { ok: true } })").AsObject();
Console.WriteLine(obj.Get("name") + " " + obj.Get("list").AsArray().Length + " " + obj.Get("nested").AsObject().Get("ok"));
try { engine.Execute("null.x"); }
catch (JavaScriptException e) { Console.WriteLine("JavaScriptException: " + e.Message); }
try { engine.Execute("throw new RangeError('too far')"); }
catch (JavaScriptException e) { Console.WriteLine("JavaScriptException: " + e.Error + " / " + e.Message); }
try { engine.Execute("let = ;"); }
catch (Exception e) { Console.WriteLine(e.GetType().Name); }

public class Point
{
    public double X { get; set; }
    public double Y { get; set; }
    public double Length() => Math.Sqrt(X * X + Y * Y);
}
