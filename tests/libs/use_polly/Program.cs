using Polly;
using Polly.Retry;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Polly.Fallback;
static class Program
{
    static async Task Main()
    {
        int attempts = 0;
        var retry = new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = 3, Delay = TimeSpan.FromMilliseconds(1), BackoffType = DelayBackoffType.Exponential, UseJitter = false,
            ShouldHandle = new PredicateBuilder().Handle<InvalidOperationException>(),
            OnRetry = a => { Console.WriteLine($"retry #{a.AttemptNumber} after {a.Outcome.Exception?.Message} delay={a.RetryDelay.TotalMilliseconds}"); return default; },
        }).Build();
        var result = await retry.ExecuteAsync(async ct => { attempts++; await Task.Yield(); if (attempts < 3) throw new InvalidOperationException("fail " + attempts); return "ok after " + attempts; });
        Console.WriteLine(result);
        try { retry.Execute(() => throw new ArgumentException("not handled")); } catch (ArgumentException e) { Console.WriteLine("passthrough " + e.Message); }
        var timeout = new ResiliencePipelineBuilder().AddTimeout(TimeSpan.FromMilliseconds(30)).Build();
        try { await timeout.ExecuteAsync(async ct => await Task.Delay(2000, ct)); } catch (TimeoutRejectedException e) { Console.WriteLine("timeout: " + e.Message); }
        var cb = new ResiliencePipelineBuilder<int>().AddCircuitBreaker(new CircuitBreakerStrategyOptions<int> { FailureRatio = 0.5, MinimumThroughput = 2, SamplingDuration = TimeSpan.FromSeconds(10), BreakDuration = TimeSpan.FromSeconds(5), ShouldHandle = new PredicateBuilder<int>().Handle<Exception>() }).Build();
        for (int i = 0; i < 4; i++)
        {
            try { cb.Execute(() => i < 2 ? throw new Exception("boom" + i) : 1); Console.WriteLine("ok"); }
            catch (BrokenCircuitException e) { Console.WriteLine("broken: " + e.Message); }
            catch (Exception e) { Console.WriteLine("err " + e.Message); }
        }
        var fb = new ResiliencePipelineBuilder<string>().AddFallback(new FallbackStrategyOptions<string> { ShouldHandle = new PredicateBuilder<string>().Handle<Exception>().HandleResult(r => r == "bad"), FallbackAction = _ => Outcome.FromResultAsValueTask("fallback") }).Build();
        Console.WriteLine(fb.Execute(() => "bad") + " " + fb.Execute(() => "good") + " " + fb.Execute<string>(() => throw new Exception()));
        var hedge = new ResiliencePipelineBuilder<string>().AddRetry(new RetryStrategyOptions<string> { MaxRetryAttempts = 2, Delay = TimeSpan.Zero, ShouldHandle = new PredicateBuilder<string>().HandleResult(r => r.StartsWith("x")) }).Build();
        int n = 0; Console.WriteLine(hedge.Execute(() => ++n < 3 ? "x" + n : "done" + n));
        var ctx = ResilienceContextPool.Shared.Get(); ctx.Properties.Set(new ResiliencePropertyKey<string>("k"), "v");
        Console.WriteLine(ctx.Properties.GetValue(new ResiliencePropertyKey<string>("k"), "none")); ResilienceContextPool.Shared.Return(ctx);
    }
}
