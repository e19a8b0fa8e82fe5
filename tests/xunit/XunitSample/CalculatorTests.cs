using Xunit;

namespace Sample;

public class Counter : IDisposable
{
    public static int Created, Disposed;
    public int Count;
    public Counter() { Created++; }
    public void Dispose() { Disposed++; }
}

public class CalculatorTests : IClassFixture<Counter>
{
    readonly Counter counter;
    public CalculatorTests(Counter counter) { this.counter = counter; counter.Count++; }

    [Fact]
    public void Adds() => Assert.Equal(4, 2 + 2);

    [Fact]
    public void FixtureIsShared()
    {
        Assert.Equal(1, Counter.Created);
        Assert.True(counter.Count >= 1);
    }

    [Fact]
    public void FailsOnPurpose() => Assert.True(1 + 1 == 3, "arithmetic still works");

    [Fact(Skip = "not today")]
    public void Skipped() => throw new InvalidOperationException("never runs");

    [Theory]
    [InlineData(1, 2, 3)]
    [InlineData(-4, 4, 1)]
    [InlineData(int.MaxValue, 0, int.MaxValue)]
    public void Sums(int a, int b, int sum) => Assert.True(a + b == sum, $"{a} + {b} is not {sum}");

    [Theory]
    [InlineData("abc", 'b', true)]
    [InlineData("abc", 'z', false)]
    [InlineData(null, 'a', false)]
    public void Contains(string? text, char c, bool expected) => Assert.True(expected == (text != null && text.Contains(c)));

    [Theory]
    [InlineData(2.5, 2L)]
    public void Mixed(double d, long l) => Assert.True(d > l);

    public static IEnumerable<object[]> Squares => new List<object[]> { new object[] { 2, 4 }, new object[] { 3, 9 }, new object[] { 4, 15 } };

    [Theory]
    [MemberData(nameof(Squares))]
    public void Squared(int x, int expected) => Assert.True(x * x == expected, $"{x} squared is not {expected}");

    [Fact]
    public async Task AwaitsAsync()
    {
        await Task.Delay(100);   // long enough that a 1 ms --timeout always wins the race
        Assert.True(true);
    }

    [Fact]
    public async Task FailsAfterAwait()
    {
        await Task.Delay(1);
        throw new InvalidOperationException("async failure");
    }

    [Fact]
    public void ThrowsAsExpected() => Assert.Throws<ArgumentNullException>(() => { string? s = null; ArgumentNullException.ThrowIfNull(s); });

    [Fact(Timeout = 300)]
    public async Task TooSlow() => await Task.Delay(5000);

    [Fact]
    public void Collections()
    {
        var list = new List<int> { 1, 2, 3 };
        Assert.NotNull(list);
        Assert.Contains("b", "abc");
        Assert.Null(null);
        Assert.StartsWith("ab", "abc");
    }
}

public static class StaticTests
{
    [Fact]
    public static void StaticFact() => Assert.False(false);
}
