namespace System
{
    // Asynchronous release of resources (`await using`).
    public interface IAsyncDisposable
    {
        System.Threading.Tasks.ValueTask DisposeAsync();
    }
}
