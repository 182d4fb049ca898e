using System.Diagnostics;

namespace HalloBot.IntegrationTests.Indexing;

/// <summary>Waits for background work by polling its outcome, never by sleeping a fixed time.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > (timeout ?? DefaultTimeout))
            {
                Assert.Fail($"Timed out after {clock.Elapsed.TotalSeconds:0.0} s waiting until {what}.");
            }

            await Task.Delay(50);
        }
    }
}
