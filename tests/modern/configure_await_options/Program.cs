using System.Runtime.CompilerServices;

// Task.ConfigureAwait(ConfigureAwaitOptions) (.NET 8): SuppressThrowing on
// faulted and canceled tasks, ForceYielding on a finished task, the options
// Task<TResult> refuses, and undefined flags.
var faulted = Task.FromException(new InvalidOperationException("boom"));
await faulted.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
Console.WriteLine("faulted task awaited quietly: " + faulted.Status);
var canceled = Task.FromCanceled(new CancellationToken(true));
await canceled.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
Console.WriteLine("canceled task awaited quietly: " + canceled.Status);
try { await faulted.ConfigureAwait(ConfigureAwaitOptions.None); }
catch (InvalidOperationException e) { Console.WriteLine("None rethrows: " + e.Message); }

var done = Task.CompletedTask;
Console.WriteLine("IsCompleted None: " + done.ConfigureAwait(ConfigureAwaitOptions.None).GetAwaiter().IsCompleted);
Console.WriteLine("IsCompleted ForceYielding: " + done.ConfigureAwait(ConfigureAwaitOptions.ForceYielding).GetAwaiter().IsCompleted);
Console.WriteLine("IsCompleted generic ForceYielding: " + Task.FromResult(3).ConfigureAwait(ConfigureAwaitOptions.ForceYielding).GetAwaiter().IsCompleted);
Console.WriteLine("IsCompleted generic ContinueOnCapturedContext: " + Task.FromResult(3).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext).GetAwaiter().IsCompleted);

// ForceYielding on a finished task still completes the await (later, on the pool).
await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
Console.WriteLine("forced yield resumed");
int r = await Task.FromResult(41).ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
Console.WriteLine("generic result " + (r + 1));
int late = await Task.Run(async () => { await Task.Delay(20); return 7; }).ConfigureAwait(ConfigureAwaitOptions.None);
Console.WriteLine("late result " + late);
await Task.Run(async () => { await Task.Delay(20); throw new Exception("late"); }).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
Console.WriteLine("late fault suppressed");

foreach (var bad in new[] { (ConfigureAwaitOptions)8, (ConfigureAwaitOptions)0x13 })
{
    try { Task.CompletedTask.ConfigureAwait(bad); Console.WriteLine("accepted " + bad); }
    catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
}
try { Task.FromResult(1).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing); }
catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
Console.WriteLine(string.Join(",", Enum.GetNames<ConfigureAwaitOptions>()) + " " + (int)ConfigureAwaitOptions.ForceYielding);
