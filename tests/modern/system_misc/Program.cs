// Double/Single operators through generic math, DateTime file times, OLE dates
// and calendar constructors, UIntPtr arithmetic, Monitor.TryEnter(TimeSpan),
// Progress<T>, UnhandledExceptionEventArgs.
using System.Numerics;
static bool Eq<T>(T a, T b) where T : IEqualityOperators<T,T,bool> => a == b;
static bool Lt<T>(T a, T b) where T : IComparisonOperators<T,T,bool> => a < b;
Console.WriteLine($"{Eq(1.0, 1.0)} {Eq(double.NaN, double.NaN)} {Lt(1.0, 2.0)} {Eq(1f, 2f)} {Lt(2f, 1f)}");
Console.WriteLine(DateTime.FromOADate(-1.25).ToString("o") + " " + DateTime.FromOADate(45000.5).ToString("o") + " " + new DateTime(2020,1,1,0,0,0,DateTimeKind.Utc).ToFileTimeUtc() + " " + DateTime.FromFileTimeUtc(132223104000000000).ToString("o"));
Console.WriteLine(new DateTime(2020, 2, 3, new System.Globalization.GregorianCalendar()).ToString("o") + " " + new DateTime(2020,1,1).IsDaylightSavingTime());
try { DateTime.FromOADate(3e6); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
try { new DateTime(1500,1,1,0,0,0,DateTimeKind.Utc).ToFileTimeUtc(); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
UIntPtr p = new UIntPtr(10); Console.WriteLine($"{UIntPtr.Add(p, 5)} {p - 3} {UIntPtr.Subtract(p, 1)}");
var o = new object(); bool taken = false; Monitor.TryEnter(o, TimeSpan.FromMilliseconds(10), ref taken); Console.WriteLine(taken); Monitor.Exit(o);
var prog = new Progress<int>(v => Console.WriteLine("progress " + v)); ((IProgress<int>)prog).Report(3); Thread.Sleep(100);
var ue = new UnhandledExceptionEventArgs("x", true); Console.WriteLine($"{ue.ExceptionObject} {ue.IsTerminating}");
